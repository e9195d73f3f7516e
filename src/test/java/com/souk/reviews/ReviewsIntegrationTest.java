package com.souk.reviews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.souk.catalog.Product;
import com.souk.identity.Role;
import com.souk.protection.DisputeScenario.Shipped;
import com.souk.support.Fixtures;
import com.souk.support.SoukIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Reviews and invitations on PostgreSQL: one of each per order, and a product's reviews newest first. */
@SoukIntegrationTest
class ReviewsIntegrationTest {

    @Autowired
    Reviews reviews;

    @Autowired
    ReviewInvitations invitations;

    @Autowired
    InviteReview invite;

    @Autowired
    ReviewScenario scenario;

    @Autowired
    Fixtures fixtures;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void anInvitationIsStoredOnceWithItsTermsAndASecondInviteAnswersTheFirst() {
        Shipped order = scenario.completedOrder("home", 2_000);
        Invitation stored = invitations.forOrder(order.orderId()).orElseThrow();

        assertThat(stored.buyerId()).isEqualTo(fixtures.user(order.buyer()).id());
        assertThat(stored.sellerId()).isEqualTo(fixtures.user(order.seller()).id());
        assertThat(invite.invite(order.orderId(), "P90D")).isEqualTo(stored);
        assertThat(invitations.forOrder(order.orderId())).contains(stored);
        assertThat(invitations.forOrder(Long.MAX_VALUE)).isEmpty();
    }

    @Test
    void aReviewIsStoredWithTheProductsItCoversAndAnOrderTakesOneOnly() {
        Shipped order = scenario.completedOrder("home", 2_000);
        Invitation invitation = invitations.forOrder(order.orderId()).orElseThrow();
        Instant now = invitation.invitedAt().plus(Duration.ofHours(1));

        Review saved = reviews.save(invitation.review(invitation.buyerId(), 4, 2, "Nice", List.of(order.product().id()),
                now));

        Review stored = reviews.byOrder(order.orderId()).orElseThrow();
        assertThat(stored.id()).isEqualTo(saved.id());
        assertThat(stored.text()).isEqualTo("Nice");
        assertThat(stored.createdAt()).isEqualTo(saved.createdAt());
        Set<Long> covered = new TransactionTemplate(transactions).execute(status ->
                reviews.byOrder(order.orderId()).orElseThrow().productIds());
        assertThat(covered).containsExactly(order.product().id());
        assertThatThrownBy(() -> reviews.save(invitation.review(invitation.buyerId(), 1, 1, "Again",
                List.of(order.product().id()), now))).isInstanceOf(DataIntegrityViolationException.class);
        assertThat(reviews.countOfProduct(order.product().id())).isEqualTo(1);
    }

    @Test
    void aProductsReviewsComeNewestFirstAPageAtATimeAndCountEveryOrderThatCoveredIt() {
        String seller = fixtures.newUser(Role.SELLER);
        Product lamp = fixtures.product(seller, "home", 1_000, 10);
        Product shade = fixtures.product(seller, "home", 500, 10);
        Review first = review(fixtures.newUser(Role.BUYER), seller, List.of(lamp, shade), 0);
        Review second = review(fixtures.newUser(Role.BUYER), seller, List.of(lamp), 1);
        Review third = review(fixtures.newUser(Role.BUYER), seller, List.of(lamp), 2);

        assertThat(reviews.ofProduct(lamp.id(), 0, 2)).extracting(Review::id).containsExactly(third.id(), second.id());
        assertThat(reviews.ofProduct(lamp.id(), 1, 2)).extracting(Review::id).containsExactly(first.id());
        assertThat(reviews.countOfProduct(lamp.id())).isEqualTo(3);
        assertThat(reviews.ofProduct(shade.id(), 0, 5)).extracting(Review::id).containsExactly(first.id());
        assertThat(reviews.countOfProduct(shade.id())).isEqualTo(1);
        assertThat(reviews.ofProduct(Long.MAX_VALUE, 0, 5)).isEmpty();
    }

    private Review review(String buyer, String seller, List<Product> products, int hoursLater) {
        long orderId = scenario.completedOrder(buyer, seller, products);
        Invitation invitation = invitations.forOrder(orderId).orElseThrow();
        return reviews.save(invitation.review(invitation.buyerId(), 3, 3, null,
                products.stream().map(Product::id).toList(), invitation.invitedAt().plus(Duration.ofHours(hoursLater))));
    }
}
