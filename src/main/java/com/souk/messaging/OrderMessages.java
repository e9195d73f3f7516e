package com.souk.messaging;

import com.souk.common.NotFoundException;
import com.souk.identity.Role;
import com.souk.identity.SoukUser;
import com.souk.ordering.Order;
import com.souk.ordering.OrderAccess;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The conversation of an order between its buyer and its seller. Agents read it while the order has a
 * dispute, to judge the case; they never write in it. To anyone else the order does not exist.
 */
@Service
public class OrderMessages {

    private final OrderAccess orders;
    private final Conversations conversations;
    private final Messages messages;
    private final ConversationReads reads;
    private final Clock clock;

    OrderMessages(OrderAccess orders, Conversations conversations, Messages messages, ConversationReads reads,
            Clock clock) {
        this.orders = orders;
        this.conversations = conversations;
        this.messages = messages;
        this.reads = reads;
        this.clock = clock;
    }

    /** A page of the conversation, oldest first; reading it marks it read for a party (not for an agent). */
    @Transactional
    public MessagePage read(SoukUser user, long orderId, int page, int size) {
        MessageText.requirePage(page, size);
        Order order = orders.visibleTo(user, orderId);
        boolean party = isParty(user, order);
        if (!party && !(user.is(Role.AGENT) && order.disputeId() != null)) {
            throw notFound(orderId);
        }
        return conversations.ofOrder(orderId).map(c -> {
            if (party) {
                reads.markRead(c.id(), user.id());
            }
            return new MessagePage(c, messages.in(c.id(), page, size), page, size, messages.countIn(c.id()));
        }).orElseGet(() -> new MessagePage(null, List.of(), page, size, 0));
    }

    @Transactional
    public Message write(SoukUser user, long orderId, String text) {
        String checked = MessageText.require(text);
        Order order = orders.visibleTo(user, orderId);
        if (!isParty(user, order)) {
            throw notFound(orderId);
        }
        Instant now = clock.instant();
        Conversation c = conversations.start(Conversation.aboutOrder(orderId, order.buyerId(), order.sellerId(), now));
        Message message = messages.save(c.post(user.id(), checked, now));
        reads.markRead(c.id(), user.id());
        return message;
    }

    private static boolean isParty(SoukUser user, Order order) {
        return order.buyerId() == user.id() || order.sellerId() == user.id();
    }

    private static NotFoundException notFound(long orderId) {
        return new NotFoundException("You have no order " + orderId + ".");
    }
}
