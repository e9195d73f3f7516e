/**
 * Validation of BPMN, DMN and form files before any engine sees them: one validator for both engines, the start-up
 * deployment and the build.
 */
package com.souk.workflow.validation;
