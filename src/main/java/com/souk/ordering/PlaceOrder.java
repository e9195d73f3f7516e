package com.souk.ordering;

import com.souk.catalog.Product;
import com.souk.catalog.Products;
import com.souk.common.BusinessRuleException;
import com.souk.common.FieldErrorException;
import com.souk.common.FieldErrorException.FieldMessage;
import com.souk.common.Money;
import com.souk.identity.SoukUser;
import com.souk.payment.CardDetails;
import com.souk.payment.CardToken;
import com.souk.payment.PaymentGateway;
import com.souk.workflow.Workflow;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Checkout: turns a buyer's items, address and card into an order and starts its purchase process. */
@Service
public class PlaceOrder {

    private final Products products;
    private final Orders orders;
    private final OrderRequests requests;
    private final PaymentGateway gateway;
    private final Workflow workflow;
    private final TransactionTemplate transaction;
    private final Clock clock;

    PlaceOrder(Products products, Orders orders, OrderRequests requests,
            PaymentGateway gateway, Workflow workflow, TransactionTemplate transaction, Clock clock) {
        this.products = products;
        this.orders = orders;
        this.requests = requests;
        this.gateway = gateway;
        this.workflow = workflow;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** A product and how many. */
    public record Line(long productId, int quantity) {
    }

    /** What the buyer asked for. */
    public record Checkout(List<Line> items, ShippingAddress address, CardDetails card) {
    }

    /** The order, and whether it is the answer to an earlier request with the same idempotency key. */
    public record Placed(Order order, boolean replayed) {
    }

    public Placed place(SoukUser buyer, Checkout checkout, String idempotencyKey) {
        try {
            return transaction.execute(tx -> placeOnce(buyer, checkout, idempotencyKey));
        } catch (DuplicateKeyException sameKeyAtTheSameMoment) {
            return transaction.execute(tx -> placeOnce(buyer, checkout, idempotencyKey));
        }
    }

    private Placed placeOnce(SoukUser buyer, Checkout checkout, String key) {
        String hash = OrderRequests.hash(checkout);
        if (key != null) {
            Optional<Long> earlier = requests.find(buyer.id(), key, hash);
            if (earlier.isPresent()) {
                return new Placed(orders.byId(earlier.get()).orElseThrow(), true);
            }
        }
        Map<Long, Product> products = productsOf(checkout.items());
        List<OrderItem> items = items(checkout.items(), products);
        long sellerId = sellerOf(products.values());
        CardToken card = gateway.tokenize(checkout.card());
        Instant now = clock.instant();
        Order order = orders.save(Order.place(buyer.id(), sellerId, items, card.token(), card.last4(),
                checkout.address(), now));
        if (key != null) {
            requests.record(buyer.id(), key, hash, order.id(), now);
        }
        workflow.start(PurchaseProcess.PROCESS_ID, startVariables(order.id(), buyer.id(), sellerId, order.total(),
                order.category()));
        return new Placed(order, false);
    }

    private Map<Long, Product> productsOf(List<Line> lines) {
        return products.byIds(lines.stream().map(Line::productId).distinct().toList()).stream()
                .collect(Collectors.toMap(Product::id, p -> p));
    }

    private static List<OrderItem> items(List<Line> lines, Map<Long, Product> found) {
        List<FieldMessage> errors = new ArrayList<>();
        List<OrderItem> items = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Product p = found.get(lines.get(i).productId());
            if (p == null) {
                errors.add(new FieldMessage("items[" + i + "].productId", "there is no such product"));
            } else {
                items.add(new OrderItem(p.id(), p.title(), p.category(), p.price(), lines.get(i).quantity()));
            }
        }
        if (!errors.isEmpty()) {
            throw new FieldErrorException(errors);
        }
        return items;
    }

    private static long sellerOf(java.util.Collection<Product> products) {
        List<Long> sellers = products.stream().map(Product::sellerId).distinct().toList();
        if (sellers.size() > 1) {
            throw new BusinessRuleException("An order holds items of one seller only; these items come from "
                    + sellers.size() + " sellers. Place one order per seller.");
        }
        return sellers.get(0);
    }

    /** The variables the purchase process starts with; {@link PurchaseCases} rebuilds them for past orders. */
    static Map<String, Object> startVariables(long orderId, long buyerId, long sellerId, Money total,
            String mainCategory) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(PurchaseProcess.VAR_ORDER_ID, String.valueOf(orderId));
        variables.put(PurchaseProcess.VAR_BUYER_ID, String.valueOf(buyerId));
        variables.put(PurchaseProcess.VAR_SELLER_ID, String.valueOf(sellerId));
        variables.put(PurchaseProcess.VAR_AMOUNT, total.amountMinor());
        variables.put(PurchaseProcess.VAR_CURRENCY, total.currency());
        variables.put(PurchaseProcess.VAR_CATEGORY, mainCategory);
        return variables;
    }
}
