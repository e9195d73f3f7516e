package com.souk.catalog;

/**
 * How search weighs ratings. A plain average ranks a product with one 5-star review above one with two
 * hundred reviews averaging 4.8, so ranking uses a Bayesian average instead: every product starts as if it
 * had {@link #PRIOR_WEIGHT} ratings of {@link #PRIOR_MEAN} stars, and its own ratings pull it away from there
 * the more of them it has. Relevance multiplies that by how well the text matched.
 *
 * <p>The ranking itself runs in SQL in {@link ProductSearch}, which stays on JdbcClient so that one query orders a
 * page of products by these constants over their rating counters; nothing here touches the database. The Java
 * form states the formula once, in words the tests check.
 */
final class Ranking {

    /** The middle of the scale: with nothing known, a product is neither good nor bad. */
    static final double PRIOR_MEAN = 3.0;

    /** How many real ratings it takes to move a product halfway from the prior to its own average. */
    static final double PRIOR_WEIGHT = 10;

    /** Search words found in the title count double those found only in the description. */
    static final int TITLE_MATCH = 2;
    static final int DESCRIPTION_MATCH = 1;

    private Ranking() {
    }

    static double bayesian(Rating rating) {
        return (PRIOR_WEIGHT * PRIOR_MEAN + rating.sum()) / (PRIOR_WEIGHT + rating.count());
    }

    /** Without a search text every product matches equally, and relevance is the Bayesian average alone. */
    static double relevance(boolean titleMatch, Rating rating) {
        return (titleMatch ? TITLE_MATCH : DESCRIPTION_MATCH) * bayesian(rating);
    }
}
