package com.souk.rules.simulation;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A past case on which the deployed decision or the candidate failed, and why. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CaseFailure(String orderId, String disputeId, String message) {
}
