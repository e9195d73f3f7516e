package com.souk.rules.tables;

import java.util.Locale;

/** A decision table's hit policy in words an analyst reads without the DMN specification at hand. */
public final class HitPolicy {

    private HitPolicy() {
    }

    /** DMN's name, UNIQUE when the table gives none (the DMN default), with the aggregation of COLLECT. */
    public static String name(String hitPolicy, String aggregation) {
        String policy = normal(hitPolicy);
        return aggregation == null || aggregation.isBlank() ? policy
                : policy + " (" + aggregation.strip().toUpperCase(Locale.ROOT) + ")";
    }

    public static String explain(String hitPolicy, String aggregation) {
        return switch (normal(hitPolicy)) {
            case "UNIQUE" -> "Unique: at most one rule may match; that rule gives the result. "
                    + "When no rule matches there is no result.";
            case "FIRST" -> "First: the rules are checked from the top down and the first rule that matches gives the "
                    + "result; the rules below it are not looked at. When no rule matches there is no result.";
            case "PRIORITY" -> "Priority: several rules may match; the result is the output that comes first in the "
                    + "output's list of allowed values.";
            case "ANY" -> "Any: several rules may match, but then they must all give the same result.";
            case "COLLECT" -> collect(aggregation);
            case "RULE ORDER" -> "Rule order: every rule that matches gives a result, and the results are listed in "
                    + "the order of the rules.";
            case "OUTPUT ORDER" -> "Output order: every rule that matches gives a result, and the results are listed "
                    + "in the order of the outputs' allowed values.";
            default -> hitPolicy + ": a hit policy Souk does not know.";
        };
    }

    private static String collect(String aggregation) {
        String all = "Collect: every rule that matches gives a result";
        if (aggregation == null || aggregation.isBlank()) {
            return all + "; the decision answers the list of them, in no particular order.";
        }
        return switch (aggregation.strip().toUpperCase(Locale.ROOT)) {
            case "SUM" -> all + ", and the decision answers their sum.";
            case "MIN" -> all + ", and the decision answers the smallest.";
            case "MAX" -> all + ", and the decision answers the largest.";
            case "COUNT" -> all + ", and the decision answers how many rules matched.";
            default -> all + ", combined with " + aggregation + ".";
        };
    }

    private static String normal(String hitPolicy) {
        return hitPolicy == null || hitPolicy.isBlank() ? "UNIQUE"
                : hitPolicy.strip().toUpperCase(Locale.ROOT).replace('_', ' ');
    }
}
