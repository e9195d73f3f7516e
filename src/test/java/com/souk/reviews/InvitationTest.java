package com.souk.reviews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.souk.common.ConflictException;
import com.souk.common.FieldErrorException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The invitation and the review it lets the buyer write: the window, who may write, and what a review may be. */
class InvitationTest {

    static final Instant NOW = Instant.parse("2030-03-01T10:00:00.123456789Z");
    static final Instant INVITED = Instant.parse("2030-03-01T10:00:00.123456Z");
    static final long ORDER = 41;
    static final long BUYER = 7;
    static final long SELLER = 9;

    @Test
    void anInvitationRunsForTheWindowFromNowAndIsOpenUntilItsLastInstant() {
        Invitation invitation = Invitation.of(ORDER, BUYER, SELLER, NOW, "P30D");

        assertThat(invitation.invitedAt()).as("to the microsecond the database keeps").isEqualTo(INVITED);
        assertThat(invitation.reviewBy()).isEqualTo(INVITED.plus(Duration.ofDays(30)));
        assertThat(invitation.openAt(invitation.reviewBy())).isTrue();
        assertThat(invitation.openAt(invitation.reviewBy().plusNanos(1_000))).isFalse();
        assertThat(Invitation.of(ORDER, BUYER, SELLER, NOW, "PT12H").reviewBy()).isEqualTo(INVITED.plusSeconds(43_200));
    }

    @Test
    void twoCopiesOfTheSameInvitationAreEqualAndADifferentDeadlineIsNot() {
        Invitation invitation = Invitation.of(ORDER, BUYER, SELLER, NOW, "P30D");

        assertThat(Invitation.of(ORDER, BUYER, SELLER, NOW, "P30D")).isEqualTo(invitation)
                .hasSameHashCodeAs(invitation);
        assertThat(Invitation.of(ORDER, BUYER, SELLER, NOW, "P60D")).isNotEqualTo(invitation);
        assertThat(Invitation.of(ORDER, BUYER, SELLER, NOW.plusSeconds(1), "P30D")).isNotEqualTo(invitation);
        assertThat(Invitation.of(ORDER + 1, BUYER, SELLER, NOW, "P30D")).isNotEqualTo(invitation);
    }

    @Test
    void theInvitedBuyerReviewsWhileTheWindowIsOpen() {
        Invitation invitation = Invitation.of(ORDER, BUYER, SELLER, NOW, "P30D");

        Review review = invitation.review(BUYER, 4, 5, "Good lamp", List.of(3L, 5L), NOW.plus(Duration.ofDays(2)));

        assertThat(review.orderId()).isEqualTo(ORDER);
        assertThat(review.buyerId()).isEqualTo(BUYER);
        assertThat(review.sellerId()).isEqualTo(SELLER);
        assertThat(review.productRating()).isEqualTo(4);
        assertThat(review.sellerRating()).isEqualTo(5);
        assertThat(review.text()).isEqualTo("Good lamp");
        assertThat(review.productIds()).containsExactlyInAnyOrder(3L, 5L);
        assertThat(review.createdAt()).isEqualTo(INVITED.plus(Duration.ofDays(2)));
    }

    @Test
    void aClosedWindowRefusesTheReviewAndSaysWhenItClosed() {
        Invitation invitation = Invitation.of(ORDER, BUYER, SELLER, NOW, "P30D");

        assertThatThrownBy(() -> invitation.review(BUYER, 4, 4, null, List.of(3L), NOW.plus(Duration.ofDays(31))))
                .isInstanceOf(ConflictException.class)
                .hasMessage("The review window of order 41 closed on " + invitation.reviewBy()
                        + "; reviews are no longer taken for it.");
    }

    @Test
    void nobodyButTheInvitedBuyerReviews() {
        Invitation invitation = Invitation.of(ORDER, BUYER, SELLER, NOW, "P30D");

        assertThatThrownBy(() -> invitation.review(SELLER, 5, 5, null, List.of(3L), NOW))
                .isInstanceOf(ConflictException.class).hasMessageContaining("Only the buyer of order 41");
    }

    @Test
    void aReviewHasOneToFiveStarsEachAndAtMostTwoThousandCharactersOfWords() {
        Invitation invitation = Invitation.of(ORDER, BUYER, SELLER, NOW, "P30D");

        assertRefused(() -> invitation.review(BUYER, 0, 3, null, List.of(3L), NOW), "productRating");
        assertRefused(() -> invitation.review(BUYER, 6, 3, null, List.of(3L), NOW), "productRating");
        assertRefused(() -> invitation.review(BUYER, 3, 0, null, List.of(3L), NOW), "sellerRating");
        assertRefused(() -> invitation.review(BUYER, 3, 6, null, List.of(3L), NOW), "sellerRating");
        assertRefused(() -> invitation.review(BUYER, 3, 3, "x".repeat(2001), List.of(3L), NOW), "text");
        assertRefused(() -> invitation.review(BUYER, 3, 3, null, List.of(), NOW), "productIds");
        assertThat(invitation.review(BUYER, 1, 5, "x".repeat(2000), List.of(3L), NOW).text()).hasSize(2000);
    }

    @Test
    void blankWordsAreKeptAsNoneAndOthersExactlyAsWritten() {
        Invitation invitation = Invitation.of(ORDER, BUYER, SELLER, NOW, "P30D");

        assertThat(invitation.review(BUYER, 3, 3, "  \n ", List.of(3L), NOW).text()).isNull();
        assertThat(invitation.review(BUYER, 3, 3, null, List.of(3L), NOW).text()).isNull();
        assertThat(invitation.review(BUYER, 3, 3, " <b>fine</b> ", List.of(3L), NOW).text()).isEqualTo(" <b>fine</b> ");
    }

    private static void assertRefused(Runnable write, String field) {
        assertThatThrownBy(write::run).isInstanceOfSatisfying(FieldErrorException.class,
                e -> assertThat(e.errors()).singleElement().satisfies(error -> assertThat(error.field()).isEqualTo(field)));
    }
}
