package com.souk.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RatingTest {

    @Test
    void hasNoAverageWhileNobodyHasRated() {
        assertThat(Rating.NONE.average()).isNull();
        assertThat(Rating.NONE.count()).isZero();
    }

    @Test
    void addsEachRatingToTheSumAndTheCount() {
        Rating rating = Rating.NONE.plus(5).plus(4).plus(4);

        assertThat(rating).isEqualTo(new Rating(13, 3));
        assertThat(rating.average()).isEqualTo(13.0 / 3);
    }

    @Test
    void refusesStarsOutsideOneToFive() {
        assertThatThrownBy(() -> Rating.NONE.plus(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Rating.NONE.plus(6)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesSumsThatNoRatingsOfOneToFiveStarsCanMake() {
        assertThatThrownBy(() -> new Rating(2, 3)).as("three ratings sum to at least 3")
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Rating(16, 3)).as("three ratings sum to at most 15")
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Rating(0, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Rating(3, 3).average()).isEqualTo(1.0);
        assertThat(new Rating(15, 3).average()).isEqualTo(5.0);
    }
}
