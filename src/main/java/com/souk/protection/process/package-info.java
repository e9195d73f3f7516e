/** Job handlers of the dispute part of bpmn/purchase.bpmn. */
package com.souk.protection.process;
