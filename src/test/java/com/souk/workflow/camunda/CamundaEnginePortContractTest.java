package com.souk.workflow.camunda;

import com.souk.workflow.EnginePortContract;

/** The engine port's contract on a Camunda 8 cluster; runs where {@link CamundaClusterCondition} finds one. */
@SoukOnCamunda
class CamundaEnginePortContractTest extends EnginePortContract {
}
