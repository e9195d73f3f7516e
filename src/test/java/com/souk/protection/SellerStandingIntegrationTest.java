package com.souk.protection;

import static org.assertj.core.api.Assertions.assertThat;

import com.souk.identity.Role;
import com.souk.ordering.OrderStatus;
import com.souk.protection.DisputeScenario.Shipped;
import com.souk.support.Api;
import com.souk.support.Fixtures;
import com.souk.support.SoukIntegrationTest;
import com.souk.ordering.Orders;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A seller's standing counts the orders finished in the last 90 days; older ones drop out of it. */
@SoukIntegrationTest
class SellerStandingIntegrationTest {

    @Autowired
    SellerStanding standing;

    @Autowired
    DisputeScenario scenario;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Api api;

    @Autowired
    Orders orders;

    @Autowired
    Disputes disputes;

    @Autowired
    Clock clock;

    @Test
    void aNewSellerHasNoRateAndAFinishedOrderCountsForNinetyDays() {
        String seller = fixtures.newUser(Role.SELLER);
        long sellerId = fixtures.user(seller).id();
        SellerStanding.Standing none = standing.of(sellerId);
        assertThat(none).isEqualTo(new SellerStanding.Standing(0, 0));
        assertThat(none.defectRate()).isNull();

        Shipped shipped = scenario.shippedOrder(seller, "home", 10_000);
        assertThat(standing.of(sellerId).finishedOrders()).as("shipped is not finished").isZero();
        assertThat(api.post(shipped.buyer(), "/api/orders/" + shipped.orderId() + "/receipt", null).status())
                .isEqualTo(202);
        scenario.awaitStatus(shipped.orderId(), OrderStatus.COMPLETED);
        assertThat(standing.of(sellerId)).isEqualTo(new SellerStanding.Standing(1, 0));
        assertThat(standing.of(sellerId).defectRate()).isEqualTo(0.0);

        SellerStanding ninetyOneDaysLater = new SellerStanding(orders, disputes,
                Clock.offset(clock, Duration.ofDays(91)));
        assertThat(ninetyOneDaysLater.of(sellerId)).isEqualTo(new SellerStanding.Standing(0, 0));
    }
}
