/** The embedded Operaton engine behind the workflow port, and the translation of Camunda 8 models it needs. */
package com.souk.workflow.operaton;
