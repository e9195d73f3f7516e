package com.souk.messaging;

import com.souk.catalog.Product;
import com.souk.catalog.Products;
import com.souk.common.NotFoundException;
import com.souk.identity.SoukUser;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Questions about a product before buying: each buyer has one conversation per product with its seller,
 * which only those two read and write.
 */
@Service
public class ProductInquiries {

    private final Products products;
    private final Conversations conversations;
    private final Messages messages;
    private final ConversationReads reads;
    private final Clock clock;

    ProductInquiries(Products products, Conversations conversations, Messages messages, ConversationReads reads,
            Clock clock) {
        this.products = products;
        this.conversations = conversations;
        this.messages = messages;
        this.reads = reads;
        this.clock = clock;
    }

    /** An inquiry as a list shows it: which product, the two parties, and what the user has not read. */
    public record Summary(Conversation conversation, String productTitle, long unread) {
    }

    /** Starts the buyer's conversation about the product, or continues it. */
    @Transactional
    public Message ask(SoukUser buyer, long productId, String text) {
        String checked = MessageText.require(text);
        Product product = product(productId);
        Instant now = clock.instant();
        Conversation c = conversations.start(Conversation.aboutProduct(productId, buyer.id(), product.sellerId(), now));
        return write(c, buyer.id(), checked, now);
    }

    /** The buyer's own conversation about the product; an empty page while they have not asked anything. */
    @Transactional
    public MessagePage ofBuyer(SoukUser buyer, long productId, int page, int size) {
        MessageText.requirePage(page, size);
        product(productId);
        return conversations.inquiry(productId, buyer.id()).map(c -> page(c, buyer, page, size))
                .orElseGet(() -> new MessagePage(null, List.of(), page, size, 0));
    }

    /** Buyers see the inquiries they started, sellers those about their products; most recent first. */
    public List<Summary> of(SoukUser user) {
        List<Conversation> found = conversations.inquiriesOf(user.id());
        Map<Long, String> titles = products.byIds(found.stream().map(Conversation::productId).distinct().toList())
                .stream().collect(Collectors.toMap(Product::id, Product::title));
        Map<Long, Long> unread = reads.unreadIn(found.stream().map(Conversation::id).toList(), user.id());
        return found.stream()
                .map(c -> new Summary(c, titles.get(c.productId()), unread.getOrDefault(c.id(), 0L)))
                .toList();
    }

    @Transactional
    public MessagePage read(SoukUser user, long conversationId, int page, int size) {
        MessageText.requirePage(page, size);
        return page(partyTo(user, conversationId), user, page, size);
    }

    @Transactional
    public Message reply(SoukUser user, long conversationId, String text) {
        String checked = MessageText.require(text);
        return write(partyTo(user, conversationId), user.id(), checked, clock.instant());
    }

    /** Adds the message; writing to a conversation also marks it read for the writer. */
    private Message write(Conversation c, long senderId, String text, Instant now) {
        Message message = messages.save(c.post(senderId, text, now));
        reads.markRead(c.id(), senderId);
        return message;
    }

    private MessagePage page(Conversation c, SoukUser reader, int page, int size) {
        reads.markRead(c.id(), reader.id());
        return new MessagePage(c, messages.in(c.id(), page, size), page, size, messages.countIn(c.id()));
    }

    private Conversation partyTo(SoukUser user, long conversationId) {
        return conversations.byId(conversationId).filter(c -> c.isInquiry() && c.hasParty(user.id()))
                .orElseThrow(() -> new NotFoundException("You have no inquiry " + conversationId + "."));
    }

    private Product product(long productId) {
        return products.byId(productId).orElseThrow(() -> new NotFoundException("There is no product " + productId + "."));
    }
}
