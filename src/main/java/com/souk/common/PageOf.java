package com.souk.common;

import java.util.List;
import java.util.function.Function;

/** One page of a longer list: its items, which page (from 0), the page size and how many items there are in all. */
public record PageOf<T>(List<T> content, int page, int size, long totalElements) {

    public PageOf {
        content = List.copyOf(content);
    }

    public int totalPages() {
        return size <= 0 ? 0 : (int) ((totalElements + size - 1) / size);
    }

    public boolean hasNext() {
        return page + 1 < totalPages();
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public <R> PageOf<R> map(Function<T, R> mapping) {
        return new PageOf<>(content.stream().map(mapping).toList(), page, size, totalElements);
    }

    /** The offset of a page in SQL's terms. */
    public static long offset(int page, int size) {
        return (long) page * size;
    }
}
