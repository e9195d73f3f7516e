/**
 * Deployment of models on either engine: validation first, then the engine, then Souk's own record of each version
 * (the file as uploaded, who, when, why).
 */
package com.souk.workflow.models;
