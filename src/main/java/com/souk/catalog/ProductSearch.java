package com.souk.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds products by text and category and orders them as the storefront asks; see {@link Ranking} for how. Kept on
 * JdbcClient: the ranking is arithmetic over the products joined with their rating counters, with filters and
 * orderings chosen per request, which reads plainly as SQL assembled here and badly as JPQL or criteria. The query
 * picks one page of ids in rank order; the products themselves are then loaded as entities by {@link Products}.
 */
@Component
public class ProductSearch {

    public static final int MAX_PAGE_SIZE = 100;

    // Ranking.bayesian in SQL: the prior's stars and weight are bound as parameters so both stay in one place.
    private static final String BAYESIAN = "((cast(? as double precision) + coalesce(r.rating_sum, 0))"
            + " / (cast(? as double precision) + coalesce(r.rating_count, 0)))";

    private final JdbcClient jdbc;
    private final Products products;

    ProductSearch(JdbcClient jdbc, Products products) {
        this.jdbc = jdbc;
        this.products = products;
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
            where.append(" and (lower(p.title) like ? or lower(p.description) like ?)");
            params.add(pattern);
            params.add(pattern);
        }
        if (category != null && !category.isBlank()) {
            where.append(" and p.category = ?");
            params.add(category.trim().toLowerCase(Locale.ROOT));
        }
        long total = jdbc.sql("select count(*) from products p" + where).params(params).query(Long.class).single();
        List<Object> orderParams = new ArrayList<>();
        String order = switch (sort) {
            case PRICE -> " order by p.price_minor, p.id";
            case RATING -> {
                addPrior(orderParams);
                yield " order by " + BAYESIAN + " desc, coalesce(r.rating_count, 0) desc, p.id desc";
            }
            case RELEVANCE -> {
                String textMatch = String.valueOf(Ranking.DESCRIPTION_MATCH);
                if (pattern != null) {
                    orderParams.add(pattern);
                    textMatch = "case when lower(p.title) like ? then " + Ranking.TITLE_MATCH + " else "
                            + Ranking.DESCRIPTION_MATCH + " end";
                }
                addPrior(orderParams);
                yield " order by " + textMatch + " * " + BAYESIAN + " desc, p.id desc";
            }
        };
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.addAll(orderParams);
        pageParams.add(size);
        pageParams.add((long) page * size);
        List<Long> ranked = jdbc.sql("select p.id from products p left join product_ratings r on r.product_id = p.id"
                + where + order + " limit ? offset ?").params(pageParams).query(Long.class).list();
        return new Page(inRankOrder(ranked), page, size, total);
    }

    public List<String> categories() {
        return jdbc.sql("select distinct category from products order by category").query(String.class).list();
    }

    private List<Product> inRankOrder(List<Long> ids) {
        Map<Long, Product> found = products.byIds(ids).stream().collect(Collectors.toMap(Product::id, p -> p));
        // Products are never deleted; should one be missing all the same, it is left out rather than shown as null.
        return ids.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    private static void addPrior(List<Object> params) {
        params.add(Ranking.PRIOR_WEIGHT * Ranking.PRIOR_MEAN);
        params.add(Ranking.PRIOR_WEIGHT);
    }
}
