package com.souk.rules.simulation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.souk.common.Money;

/**
 * The cases of one category in one currency: how many, how many change, and their part of the money impact; for
 * commission also the platform revenue before and after.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CategoryImpact(String category, String currency, int cases, int changed, Money revenueBefore,
        Money revenueAfter, Money moneyImpact) {
}
