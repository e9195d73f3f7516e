package com.souk.ordering.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.souk.common.web.MoneyFormat;
import com.souk.identity.Role;
import com.souk.ordering.OrderStatus;
import com.souk.payment.Ledger;
import com.souk.payment.OrderMoneyTotals;
import com.souk.protection.DisputeScenario;
import com.souk.protection.DisputeScenario.Shipped;
import com.souk.support.Api;
import com.souk.support.Fixtures;
import com.souk.support.LedgerInvariants;
import com.souk.support.LedgerInvariants.OrderMoney;
import com.souk.support.SoukIntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The seller's payouts page: each order's money and the totals, straight from the ledger. */
@SoukIntegrationTest
class SellerPayoutsPageIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Api api;

    @Autowired
    DisputeScenario scenario;

    @Autowired
    LedgerInvariants ledgerInvariants;

    @Autowired
    Ledger ledger;

    @Autowired
    MoneyFormat money;

    @Test
    void showsHeldReleasedRefundedAndCommissionPerOrderAndInAll() throws Exception {
        String seller = fixtures.newUser(Role.SELLER);
        Shipped completed = scenario.shippedOrder(seller, "home", 10_000);
        assertThat(api.post(completed.buyer(), "/api/orders/" + completed.orderId() + "/receipt", null).status())
                .isEqualTo(202);
        scenario.awaitStatus(completed.orderId(), OrderStatus.COMPLETED);
        Shipped disputed = scenario.shippedOrder(seller, "home", 8_000);
        long dispute = scenario.openDispute(disputed, "NOT_AS_DESCRIBED", 8_000);
        scenario.respond(disputed, dispute, "OFFER_PARTIAL", 2_000L);
        api.post(disputed.buyer(), "/api/disputes/" + dispute + "/buyer-answer", Map.of("acceptOffer", true));
        scenario.awaitStatus(disputed.orderId(), OrderStatus.PARTIALLY_REFUNDED);
        Shipped open = scenario.shippedOrder(seller, "home", 5_000);

        String page = mvc.perform(get("/seller/payouts").with(user(fixtures.user(seller))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        OrderMoney a = ledgerInvariants.of(completed.orderId());
        OrderMoney b = ledgerInvariants.of(disputed.orderId());
        OrderMoney c = ledgerInvariants.of(open.orderId());
        assertThat(a.released()).isPositive();
        assertThat(b.refunded()).isEqualTo(2_000);
        assertThat(c.inEscrow()).isEqualTo(5_000);
        assertThat(row(page, completed.orderId())).containsExactly(eur(10_000), eur(0), eur(a.released()), eur(0),
                eur(a.commission()));
        assertThat(row(page, disputed.orderId())).containsExactly(eur(8_000), eur(0), eur(b.released()), eur(2_000),
                eur(b.commission()));
        assertThat(row(page, open.orderId())).containsExactly(eur(5_000), eur(5_000), eur(0), eur(0), eur(0));
        assertThat(figure(page, "held")).isEqualTo(eur(23_000));
        assertThat(figure(page, "in-escrow")).isEqualTo(eur(5_000));
        assertThat(figure(page, "released")).isEqualTo(eur(a.released() + b.released()));
        assertThat(figure(page, "refunded")).isEqualTo(eur(2_000));
        assertThat(figure(page, "commission")).isEqualTo(eur(a.commission() + b.commission()));
        assertThat(ledger.totalsByOrder(List.of(completed.orderId(), disputed.orderId(), open.orderId())).stream()
                .map(OrderMoneyTotals::orderId)).containsExactly(completed.orderId(), disputed.orderId(), open.orderId());
    }

    @Test
    void tellsASellerWithoutMoneyMovementsSo() throws Exception {
        mvc.perform(get("/seller/payouts").with(user(fixtures.user(fixtures.newUser(Role.SELLER)))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No money has moved for your orders yet.")));
    }

    private String eur(long minor) {
        return money.format(minor, "EUR");
    }

    /** Paid, in escrow, released, refunded, commission of one order's row. */
    private static List<String> row(String page, long orderId) {
        int start = page.indexOf("id=\"payout-" + orderId + "\"");
        assertThat(start).as("row of order %d", orderId).isPositive();
        String row = page.substring(start, page.indexOf("</tr>", start));
        Matcher cells = Pattern.compile("<td class=\"[a-z-]+\">([^<]*)</td>").matcher(row);
        List<String> values = new java.util.ArrayList<>();
        while (cells.find()) {
            values.add(cells.group(1));
        }
        return values;
    }

    private static String figure(String page, String name) {
        Matcher m = Pattern.compile("<dd class=\"" + name + "\">([^<]*)</dd>").matcher(page);
        assertThat(m.find()).as("total %s", name).isTrue();
        return m.group(1);
    }
}
