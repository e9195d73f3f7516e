package com.souk.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.souk.payment.Accounts;
import com.souk.payment.Ledger;
import com.souk.payment.Posting;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Autowired;

/** The ledger rules of ARCHITECTURE.md, checked for one order after a scenario. */
public class LedgerInvariants {

    @Autowired
    private Ledger ledger;

    /** Totals of one order's postings. */
    public record OrderMoney(long held, long released, long commission, long refunded, long inEscrow) {
    }

    public OrderMoney of(long orderId) {
        List<Posting> postings = ledger.postingsFor(orderId);
        long held = sum(postings, p -> p.operation().equals("HOLD") && p.account().equals(Accounts.escrow(orderId)));
        long released = sum(postings, p -> p.account().startsWith("seller:"));
        long commission = sum(postings, p -> p.account().equals(Accounts.PLATFORM_REVENUE));
        long refunded = sum(postings, p -> p.operation().startsWith("REFUND") && p.account().equals(Accounts.EXTERNAL_CARD));
        long inEscrow = sum(postings, p -> p.account().equals(Accounts.escrow(orderId)));
        return new OrderMoney(held, released, commission, refunded, inEscrow);
    }

    /** Every transaction sums to zero, escrow is empty, and everything held went somewhere exactly once. */
    public OrderMoney assertSettled(long orderId) {
        List<Posting> postings = ledger.postingsFor(orderId);
        Map<Long, Long> sums = postings.stream()
                .collect(Collectors.groupingBy(Posting::transactionId, Collectors.summingLong(Posting::amountMinor)));
        assertThat(sums.values()).as("every transaction of order %d sums to zero", orderId).allMatch(s -> s == 0);
        assertThat(postings.stream().collect(Collectors.groupingBy(Posting::operation,
                Collectors.mapping(Posting::transactionId, Collectors.toSet()))))
                .as("each operation posted once").allSatisfy((op, transactions) -> assertThat(transactions).hasSize(1));
        OrderMoney money = of(orderId);
        assertThat(money.inEscrow()).as("escrow of order %d is empty", orderId).isZero();
        assertThat(money.released() + money.commission() + money.refunded()).as("released + commission + refunded = held")
                .isEqualTo(money.held());
        assertThat(ledger.summary().balanced()).as("whole ledger balanced").isTrue();
        return money;
    }

    private static long sum(List<Posting> postings, java.util.function.Predicate<Posting> which) {
        return postings.stream().filter(which).mapToLong(Posting::amountMinor).sum();
    }
}
