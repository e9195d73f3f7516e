package com.souk.common.web;

/** Page numbers typed into an address: anything that is not a page number means "the default page". */
public final class PageNumbers {

    private PageNumbers() {
    }

    public static int parse(String page) {
        Integer number = orNull(page);
        return number == null ? 0 : number;
    }

    /** The page asked for, or null when none (or nonsense) was asked for. */
    public static Integer orNull(String page) {
        try {
            return page == null || page.isBlank() ? null : Math.max(0, Math.min(Integer.parseInt(page.trim()), 100_000));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
