package com.souk.rules.simulation;

import com.souk.common.Money;
import java.util.List;

/** One line of a simulation's breakdown: how many cases something applies to, and the money in them per currency. */
public record Figure(String key, String label, int cases, List<Money> amounts) {
}
