/** Job handlers of the review part of bpmn/purchase.bpmn. */
package com.souk.reviews.process;
