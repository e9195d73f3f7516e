package com.souk.workflow;

import com.souk.support.SoukIntegrationTest;

/** The engine port's contract on the embedded engine, in the application every integration test shares. */
@SoukIntegrationTest
class OperatonEnginePortContractTest extends EnginePortContract {
}
