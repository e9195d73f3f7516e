package com.souk.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Finds products by text and category and orders them as the storefront asks. */
@Component
public class ProductSearch {

    public static final int MAX_PAGE_SIZE = 100;

    private final JdbcClient jdbc;

    ProductSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** How results are ordered. */
    public enum Sort {
        RELEVANCE, PRICE, RATING;

        public static Sort parse(String value) {
            if (value == null || value.isBlank()) {
                return RELEVANCE;
            }
            return Sort.valueOf(value.trim().toUpperCase(Locale.ROOT));
        }
    }

    /** One page of results and how many there are in all. */
    public record Page(List<Product> content, int page, int size, long totalElements) {
        public int totalPages() {
            return (int) ((totalElements + size - 1) / size);
        }
    }

    public Page search(String q, String category, Sort sort, int page, int size) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        List<Object> params = new ArrayList<>();
        String pattern = null;
        if (q != null && !q.isBlank()) {
            pattern = "%" + q.trim().toLowerCase(Locale.ROOT).replace("%", "\\%").replace("_", "\\_") + "%";
            where.append(" and (lower(title) like ? or lower(description) like ?)");
            params.add(pattern);
            params.add(pattern);
        }
        if (category != null && !category.isBlank()) {
            where.append(" and category = ?");
            params.add(category.trim().toLowerCase(Locale.ROOT));
        }
        long total = jdbc.sql("select count(*) from products" + where).params(params).query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        String order = switch (sort) {
            case PRICE -> " order by price_minor, id";
            case RATING, RELEVANCE -> {
                if (pattern == null) {
                    yield " order by id desc";
                }
                pageParams.add(pattern);
                yield " order by case when lower(title) like ? then 0 else 1 end, id desc";
            }
        };
        pageParams.add(size);
        pageParams.add((long) page * size);
        List<Product> content = jdbc.sql("select * from products" + where + order + " limit ? offset ?")
                .params(pageParams).query(Products::map).list();
        return new Page(content, page, size, total);
    }

    public List<String> categories() {
        return jdbc.sql("select distinct category from products order by category").query(String.class).list();
    }
}
