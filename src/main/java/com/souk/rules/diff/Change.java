package com.souk.rules.diff;

/** One setting that differs: what it is, its text before and after; null where a side does not have it. */
public record Change(String what, String before, String after) {

    /** A change when the two texts differ, otherwise null. */
    static Change of(String what, String before, String after) {
        return java.util.Objects.equals(blankToNull(before), blankToNull(after)) ? null
                : new Change(what, blankToNull(before), blankToNull(after));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
