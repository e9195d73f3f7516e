package com.souk.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.souk.common.ConflictException;
import com.souk.common.FieldErrorException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The Conversation aggregate: who may write, what a message may be, and how the latest activity moves. */
class ConversationTest {

    static final Instant NOW = Instant.parse("2030-03-01T10:00:00.123456789Z");
    static final Instant NOW_MICROS = Instant.parse("2030-03-01T10:00:00.123456Z");
    static final long BUYER = 7;
    static final long SELLER = 9;

    @Test
    void anOrdersConversationAndAnInquiryAreBetweenTheBuyerAndTheSeller() {
        Conversation order = Conversation.aboutOrder(41, BUYER, SELLER, NOW);
        Conversation inquiry = Conversation.aboutProduct(5, BUYER, SELLER, NOW);

        assertThat(order.orderId()).isEqualTo(41);
        assertThat(order.productId()).isNull();
        assertThat(order.isInquiry()).isFalse();
        assertThat(inquiry.productId()).isEqualTo(5);
        assertThat(inquiry.orderId()).isNull();
        assertThat(inquiry.isInquiry()).isTrue();
        assertThat(order.createdAt()).isEqualTo(NOW_MICROS);
        assertThat(order.lastMessageAt()).as("nobody has written").isNull();
        assertThat(order.hasParty(BUYER)).isTrue();
        assertThat(order.hasParty(SELLER)).isTrue();
        assertThat(order.hasParty(8)).isFalse();
    }

    @Test
    void aConversationNeedsTwoParties() {
        assertThatThrownBy(() -> Conversation.aboutOrder(41, SELLER, SELLER, NOW)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> Conversation.aboutProduct(5, BUYER, BUYER, NOW)).isInstanceOf(ConflictException.class);
    }

    @Test
    void eachPartyPostsTheirTextExactlyAsWrittenAndTheConversationIsActiveAsOfThen() {
        Conversation c = Conversation.aboutOrder(41, BUYER, SELLER, NOW);

        Message question = c.post(BUYER, "  Is it <b>new</b>?\n", NOW);
        assertThat(question.senderId()).isEqualTo(BUYER);
        assertThat(question.fromBuyer()).isTrue();
        assertThat(question.text()).isEqualTo("  Is it <b>new</b>?\n");
        assertThat(question.sentAt()).isEqualTo(NOW_MICROS);
        assertThat(c.lastMessageAt()).isEqualTo(NOW_MICROS);

        Message answer = c.post(SELLER, "Yes.", NOW.plusSeconds(60));
        assertThat(answer.fromBuyer()).isFalse();
        assertThat(c.lastMessageAt()).isEqualTo(NOW_MICROS.plusSeconds(60));
    }

    @Test
    void aMessageStampedEarlierThanTheLatestDoesNotMoveTheActivityBack() {
        Conversation c = Conversation.aboutProduct(5, BUYER, SELLER, NOW);
        c.post(BUYER, "First", NOW.plusSeconds(60));

        Message late = c.post(SELLER, "Crossed in the post", NOW);

        assertThat(late.sentAt()).isEqualTo(NOW_MICROS);
        assertThat(c.lastMessageAt()).isEqualTo(NOW_MICROS.plusSeconds(60));
    }

    @Test
    void nobodyElseWritesAndNothingChanges() {
        Conversation c = Conversation.aboutOrder(41, BUYER, SELLER, NOW);

        assertThatThrownBy(() -> c.post(8, "Let me in", NOW)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("Only the buyer and the seller write");
        assertThat(c.lastMessageAt()).isNull();
    }

    @Test
    void aMessageHasSomeTextOfAtMostTwoThousandCharacters() {
        Conversation c = Conversation.aboutOrder(41, BUYER, SELLER, NOW);

        assertThatThrownBy(() -> c.post(BUYER, " \n ", NOW)).isInstanceOf(FieldErrorException.class)
                .hasMessage("text: must not be blank");
        assertThatThrownBy(() -> c.post(BUYER, null, NOW)).isInstanceOf(FieldErrorException.class);
        assertThatThrownBy(() -> c.post(BUYER, "x".repeat(2001), NOW)).isInstanceOf(FieldErrorException.class)
                .hasMessage("text: must be at most 2000 characters, not 2001");
        assertThat(c.lastMessageAt()).as("a refused message moves nothing").isNull();
        assertThat(c.post(BUYER, "x".repeat(2000), NOW).text()).hasSize(2000);
    }
}
