/** Job handlers of bpmn/purchase.bpmn: each reads the order id, calls one step and answers the engine. */
package com.souk.ordering.process;
