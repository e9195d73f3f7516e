package com.souk.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RankingTest {

    private static final Rating MANY_GOOD = new Rating(960, 200);    // 4.8 stars from 200 reviews
    private static final Rating ONE_PERFECT = new Rating(5, 1);      // 5 stars from 1 review

    @Test
    void aProductNobodyRatedScoresThePrior() {
        assertThat(Ranking.bayesian(Rating.NONE)).isEqualTo(Ranking.PRIOR_MEAN);
    }

    @Test
    void manyGoodReviewsOutrankOnePerfectReview() {
        assertThat(ONE_PERFECT.average()).isGreaterThan(MANY_GOOD.average());

        assertThat(Ranking.bayesian(MANY_GOOD)).isCloseTo(990.0 / 210, within(1e-9));
        assertThat(Ranking.bayesian(ONE_PERFECT)).isCloseTo(35.0 / 11, within(1e-9));
        assertThat(Ranking.bayesian(MANY_GOOD)).isGreaterThan(Ranking.bayesian(ONE_PERFECT));
    }

    @Test
    void theMoreRatingsTheCloserTheScoreComesToTheirAverage() {
        Rating fewFours = new Rating(4 * 5, 5);
        Rating manyFours = new Rating(4 * 500, 500);

        assertThat(Ranking.bayesian(fewFours)).isCloseTo(50.0 / 15, within(1e-9));
        assertThat(Ranking.bayesian(manyFours)).isGreaterThan(Ranking.bayesian(fewFours)).isLessThan(4.0)
                .isCloseTo(4.0, within(0.02));
    }

    @Test
    void aSingleBadReviewLowersAProductBelowOneNobodyRated() {
        assertThat(Ranking.bayesian(new Rating(1, 1))).isLessThan(Ranking.bayesian(Rating.NONE));
    }

    @Test
    void relevanceCountsATitleMatchDoubleAndScalesItByTheRating() {
        assertThat(Ranking.relevance(true, Rating.NONE)).isEqualTo(2 * Ranking.PRIOR_MEAN);
        assertThat(Ranking.relevance(false, MANY_GOOD)).isEqualTo(Ranking.bayesian(MANY_GOOD));

        assertThat(Ranking.relevance(true, Rating.NONE)).as("an unrated title match beats a loved description match")
                .isGreaterThan(Ranking.relevance(false, MANY_GOOD));
        Rating panned = new Rating(45, 30);    // 1.5 stars from 30 reviews
        assertThat(Ranking.relevance(true, panned)).as("a widely panned title match falls below it")
                .isLessThan(Ranking.relevance(false, MANY_GOOD));
    }
}
