package com.souk.rules.simulation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.souk.common.Money;
import java.math.BigDecimal;

/**
 * A past case whose outcome the candidate changes: the answers before and after, the case's category and value, and
 * what the change means for it (commission before and after, days a deadline moves, a consequence in words).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CaseChange(String orderId, String disputeId, Object before, Object after, String category, Money amount,
        Money commissionBefore, Money commissionAfter, BigDecimal daysMoved, String effect) {
}
