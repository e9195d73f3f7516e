/**
 * The engine port on a Camunda 8.8 cluster (souk.engine=camunda), through the Camunda Java client and its
 * Orchestration Cluster REST API: the same bpmn/ and forms/ deployed as they are, a job worker per handler, messages
 * published with key, id and time to live, user tasks searched, assigned and completed, the cluster's clock.
 */
package com.souk.workflow.camunda;
