package com.souk.rules.simulation;

import com.souk.ordering.OrderStatus;
import com.souk.ordering.PurchaseCases;
import com.souk.ordering.PurchaseCases.PurchaseCase;
import com.souk.ordering.PurchaseProcess;
import com.souk.protection.DisputeCases;
import com.souk.protection.DisputeCases.DisputeCase;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * Which past cases replay which decision: the decisions before the payment is held on orders whose payment was held,
 * the review window on completed orders, the dispute windows on disputes, triage on disputes that reached it. A
 * decision Souk does not know replays on orders or disputes by the variables it reads.
 */
@Component
class PastCases {

    static final String ORDERS = "orders";
    static final String DISPUTES = "disputes";
    static final String NONE = "none";

    private final PurchaseCases purchases;
    private final DisputeCases disputes;

    PastCases(PurchaseCases purchases, DisputeCases disputes) {
        this.purchases = purchases;
        this.disputes = disputes;
    }

    /** The cases one decision replays on, which kind they are, and a note where none could be chosen. */
    record Selection(String population, List<PastCase> cases, String message) {
    }

    /** The past cases of one period, each kind read once however many decisions replay on it. */
    final class Period {

        private final Instant since;
        private List<PurchaseCase> orders;
        private List<DisputeCase> disputeCases;

        private Period(Instant since) {
            this.since = since;
        }

        List<PurchaseCase> orders() {
            if (orders == null) {
                orders = purchases.placedSince(since);
            }
            return orders;
        }

        List<DisputeCase> disputes() {
            if (disputeCases == null) {
                disputeCases = disputes.openedSince(since);
            }
            return disputeCases;
        }

        Selection forDecision(String decisionId, Set<String> reads) {
            return switch (decisionId) {
                case PurchaseProcess.DECISION_COMMISSION, PurchaseProcess.DECISION_SHIP_BY_PERIOD,
                        PurchaseProcess.DECISION_PROTECTION_PERIOD ->
                        ofOrders(orders().stream().filter(PurchaseCase::paymentHeld).toList());
                case PurchaseProcess.DECISION_REVIEW_WINDOW ->
                        ofOrders(orders().stream().filter(o -> o.status() == OrderStatus.COMPLETED).toList());
                case PurchaseProcess.DECISION_SELLER_RESPONSE_WINDOW, PurchaseProcess.DECISION_BUYER_ANSWER_WINDOW,
                        PurchaseProcess.DECISION_AGENT_SLA -> ofDisputes(disputes());
                case PurchaseProcess.DECISION_DISPUTE_TRIAGE ->
                        ofDisputes(disputes().stream().filter(DisputeCase::reachedTriage).toList());
                default -> byVariables(reads);
            };
        }

        private Selection byVariables(Set<String> reads) {
            return switch (population(reads)) {
                case ORDERS -> ofOrders(orders());
                case DISPUTES -> ofDisputes(disputes());
                default -> new Selection(NONE, List.of(), unknownVariables(reads));
            };
        }
    }

    /** Orders when every variable read is an order's, disputes when the rest are a dispute's, else none. */
    static String population(Set<String> reads) {
        Set<String> rest = new TreeSet<>(reads);
        rest.removeAll(PurchaseCases.VARIABLES);
        if (rest.isEmpty()) {
            return ORDERS;
        }
        rest.removeAll(DisputeCases.VARIABLES);
        return rest.isEmpty() ? DISPUTES : NONE;
    }

    static String unknownVariables(Set<String> reads) {
        Set<String> unknown = new TreeSet<>(reads);
        unknown.removeAll(PurchaseCases.VARIABLES);
        unknown.removeAll(DisputeCases.VARIABLES);
        return "No past case has the variable" + (unknown.size() == 1 ? " " : "s ") + String.join(", ", unknown)
                + " this decision reads, so nothing was replayed. Orders have "
                + String.join(", ", new TreeSet<>(PurchaseCases.VARIABLES)) + "; disputes have those and "
                + String.join(", ", new TreeSet<>(DisputeCases.VARIABLES)) + ".";
    }

    /** The cases since the instant; every past case when null. */
    Period since(Instant since) {
        return new Period(since);
    }

    private static Selection ofOrders(List<PurchaseCase> cases) {
        return new Selection(ORDERS, cases.stream().map(PastCase::of).toList(), null);
    }

    private static Selection ofDisputes(List<DisputeCase> cases) {
        return new Selection(DISPUTES, cases.stream().map(PastCase::of).toList(), null);
    }
}
