package com.souk.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.souk.catalog.Product;
import com.souk.identity.Role;
import com.souk.protection.DisputeScenario;
import com.souk.protection.DisputeScenario.Shipped;
import com.souk.support.Fixtures;
import com.souk.support.SoukIntegrationTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Conversations, their messages and the read marks on PostgreSQL: starting once, listing, paging and unread counts. */
@SoukIntegrationTest
class ConversationsIntegrationTest {

    static final Instant T0 = Instant.parse("2030-03-01T10:00:00Z");

    @Autowired
    Conversations conversations;

    @Autowired
    Messages messages;

    @Autowired
    ConversationReads reads;

    @Autowired
    Fixtures fixtures;

    @Autowired
    DisputeScenario orders;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void twoPartiesStartingTheOrdersConversationAtOnceGetTheSameOne() throws Exception {
        Shipped order = orders.shippedOrderOfANewSeller("home", 1_000);
        long buyer = fixtures.user(order.buyer()).id();
        long seller = fixtures.user(order.seller()).id();
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService two = Executors.newFixedThreadPool(2);
        long started;
        try {
            Future<Long> byBuyer = two.submit(() -> startAfter(together,
                    Conversation.aboutOrder(order.orderId(), buyer, seller, T0)));
            Future<Long> bySeller = two.submit(() -> startAfter(together,
                    Conversation.aboutOrder(order.orderId(), buyer, seller, T0.plusSeconds(1))));

            started = byBuyer.get(30, TimeUnit.SECONDS);
            assertThat(bySeller.get(30, TimeUnit.SECONDS)).isEqualTo(started);
        } finally {
            two.shutdownNow();
        }
        Conversation stored = conversations.ofOrder(order.orderId()).orElseThrow();
        assertThat(stored.id()).isEqualTo(started);
        assertThat(stored.isInquiry()).isFalse();
        assertThat(List.of(T0, T0.plusSeconds(1))).contains(stored.createdAt());
    }

    @Test
    void aBuyerHasOneInquiryPerProductAndEveryPostMovesItsActivity() {
        Product lamp = fixtures.product("sara", "home", 1_000, 1);
        long buyer = fixtures.user(fixtures.newUser(Role.BUYER)).id();
        long otherBuyer = fixtures.user(fixtures.newUser(Role.BUYER)).id();

        long first = inTransaction(() -> conversations.start(
                Conversation.aboutProduct(lamp.id(), buyer, lamp.sellerId(), T0)).id());
        long again = inTransaction(() -> conversations.start(
                Conversation.aboutProduct(lamp.id(), buyer, lamp.sellerId(), T0.plusSeconds(5))).id());
        long other = inTransaction(() -> conversations.start(
                Conversation.aboutProduct(lamp.id(), otherBuyer, lamp.sellerId(), T0)).id());
        post(first, buyer, "Is it brass?", T0.plusSeconds(10));

        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
        assertThat(conversations.inquiry(lamp.id(), buyer)).hasValueSatisfying(c -> {
            assertThat(c.id()).isEqualTo(first);
            assertThat(c.createdAt()).isEqualTo(T0);
            assertThat(c.lastMessageAt()).isEqualTo(T0.plusSeconds(10));
        });
        assertThat(conversations.inquiry(lamp.id(), Long.MAX_VALUE)).isEmpty();
    }

    @Test
    void aConversationsMessagesComeOldestFirstAPageAtATimeAndSayWhoWroteThem() {
        Product lamp = fixtures.product("sara", "home", 1_000, 1);
        long buyer = fixtures.user(fixtures.newUser(Role.BUYER)).id();
        long c = inTransaction(() -> conversations.start(
                Conversation.aboutProduct(lamp.id(), buyer, lamp.sellerId(), T0)).id());
        Message one = post(c, buyer, "One", T0.plusSeconds(1));
        Message two = post(c, lamp.sellerId(), "Two", T0.plusSeconds(2));
        Message three = post(c, buyer, "Three", T0.plusSeconds(3));

        List<Message> firstPage = messages.in(c, 0, 2);
        assertThat(firstPage).extracting(Message::id).containsExactly(one.id(), two.id());
        assertThat(firstPage).extracting(Message::fromBuyer).containsExactly(true, false);
        assertThat(firstPage).extracting(Message::conversationId).containsOnly(c);
        assertThat(messages.in(c, 1, 2)).singleElement().satisfies(m -> {
            assertThat(m.id()).isEqualTo(three.id());
            assertThat(m.text()).isEqualTo("Three");
            assertThat(m.sentAt()).isEqualTo(T0.plusSeconds(3));
        });
        assertThat(messages.countIn(c)).isEqualTo(3);
    }

    @Test
    void aUsersConversationsComeMostRecentlyActiveFirstThoseWithoutAMessageLast() {
        String seller = fixtures.newUser(Role.SELLER);
        long sellerId = fixtures.user(seller).id();
        long buyer = fixtures.user(fixtures.newUser(Role.BUYER)).id();
        Product a = fixtures.product(seller, "home", 1_000, 1);
        Product b = fixtures.product(seller, "home", 1_000, 1);
        Product c = fixtures.product(seller, "home", 1_000, 1);
        long quiet = inTransaction(() -> conversations.start(Conversation.aboutProduct(a.id(), buyer, sellerId, T0)).id());
        long older = inTransaction(() -> conversations.start(Conversation.aboutProduct(b.id(), buyer, sellerId, T0)).id());
        long newer = inTransaction(() -> conversations.start(Conversation.aboutProduct(c.id(), buyer, sellerId, T0)).id());
        post(older, buyer, "Older", T0.plusSeconds(1));
        post(newer, buyer, "Newer", T0.plusSeconds(2));

        assertThat(conversations.ofUser(sellerId, 0, 2)).extracting(Conversation::id).containsExactly(newer, older);
        assertThat(conversations.ofUser(sellerId, 1, 2)).extracting(Conversation::id).containsExactly(quiet);
        assertThat(conversations.countOf(sellerId)).isEqualTo(3);
        assertThat(conversations.countOf(buyer)).isEqualTo(3);
        assertThat(conversations.inquiriesOf(buyer)).extracting(Conversation::id)
                .containsExactlyInAnyOrder(quiet, older, newer).containsSubsequence(newer, older);
    }

    @Test
    void unreadCountsTheOtherPartysMessagesAfterTheReadersMarkWhichNeverMovesBack() {
        Product lamp = fixtures.product("sara", "home", 1_000, 1);
        long buyer = fixtures.user(fixtures.newUser(Role.BUYER)).id();
        long seller = lamp.sellerId();
        long c = inTransaction(() -> conversations.start(Conversation.aboutProduct(lamp.id(), buyer, seller, T0)).id());
        post(c, buyer, "Hello?", T0.plusSeconds(1));
        post(c, buyer, "Anyone?", T0.plusSeconds(2));

        assertThat(reads.unreadIn(List.of(c), seller)).isEqualTo(Map.of(c, 2L));
        assertThat(reads.unreadIn(List.of(c), buyer)).as("one's own messages are never unread").isEmpty();
        assertThat(reads.unreadIn(List.of(), seller)).isEmpty();
        long before = reads.unread(seller);

        inTransaction(() -> {
            reads.markRead(c, seller);
            return null;
        });
        assertThat(reads.unreadIn(List.of(c), seller)).isEmpty();
        assertThat(reads.unread(seller)).isEqualTo(before - 2);

        post(c, buyer, "Thanks", T0.plusSeconds(3));
        assertThat(reads.unreadIn(List.of(c), seller)).isEqualTo(Map.of(c, 1L));
    }

    private long startAfter(CyclicBarrier together, Conversation fresh) {
        return inTransaction(() -> {
            try {
                together.await();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return conversations.start(fresh).id();
        });
    }

    private Message post(long conversationId, long sender, String text, Instant at) {
        return inTransaction(() -> messages.save(conversations.byId(conversationId).orElseThrow().post(sender, text, at)));
    }

    private <T> T inTransaction(java.util.function.Supplier<T> work) {
        return new TransactionTemplate(transactions).execute(status -> work.get());
    }
}
