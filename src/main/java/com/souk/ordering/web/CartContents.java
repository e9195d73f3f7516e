package com.souk.ordering.web;

import com.souk.catalog.Product;
import com.souk.catalog.Products;
import com.souk.common.Money;
import com.souk.identity.Users;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** What is in a cart as the cart and checkout pages show it: today's products and prices, grouped by seller. */
@Component
public class CartContents {

    private final Products products;
    private final Users users;

    CartContents(Products products, Users users) {
        this.products = products;
        this.users = users;
    }

    /** One product in the cart; shortage says what is wrong when the seller has fewer in stock. */
    public record Line(Product product, int quantity, Money lineTotal, String shortage) {
    }

    /** The lines of one seller: they become one order. */
    public record SellerGroup(long sellerId, String sellerName, List<Line> lines, Money total) {
        public List<Long> productIds() {
            return lines.stream().map(l -> l.product().id()).toList();
        }
    }

    public record View(List<SellerGroup> sellers, Money total, int itemCount) {
        public boolean isEmpty() {
            return sellers.isEmpty();
        }

        public boolean hasShortage() {
            return sellers.stream().flatMap(s -> s.lines().stream()).anyMatch(l -> l.shortage() != null);
        }
    }

    View of(Map<Long, Integer> cart) {
        Map<Long, Product> found = products.byIds(cart.keySet()).stream()
                .collect(Collectors.toMap(Product::id, Function.identity()));
        Map<Long, List<Line>> bySeller = new LinkedHashMap<>();
        cart.forEach((productId, quantity) -> {
            Product p = found.get(productId);
            if (p != null) {
                bySeller.computeIfAbsent(p.sellerId(), s -> new ArrayList<>())
                        .add(new Line(p, quantity, p.price().times(quantity), shortage(p, quantity)));
            }
        });
        Map<Long, String> names = users.displayNames(bySeller.keySet());
        List<SellerGroup> groups = bySeller.entrySet().stream()
                .map(e -> new SellerGroup(e.getKey(), names.get(e.getKey()), List.copyOf(e.getValue()),
                        sum(e.getValue().stream().map(Line::lineTotal).toList())))
                .toList();
        Money total = groups.isEmpty() ? null : sum(groups.stream().map(SellerGroup::total).toList());
        int count = groups.stream().flatMap(g -> g.lines().stream()).mapToInt(Line::quantity).sum();
        return new View(groups, total, count);
    }

    static String shortage(Product p, int quantity) {
        if (quantity <= p.stock()) {
            return null;
        }
        return p.stock() == 0 ? "Out of stock: remove it to check out."
                : "Only " + p.stock() + " left: lower the quantity to check out.";
    }

    private static Money sum(List<Money> amounts) {
        return amounts.stream().reduce(Money::plus).orElseThrow();
    }
}
