package com.souk.rules.simulation;

import com.souk.ordering.PurchaseProcess;
import com.souk.protection.DisputeCases.DisputeCase;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The impact calculation that fits each decision of purchase.bpmn; a generic one for any other decision. */
final class Impacts {

    private Impacts() {
    }

    static DecisionImpact of(String decisionId, PastCases.Period period) {
        return switch (decisionId) {
            case PurchaseProcess.DECISION_COMMISSION -> new CommissionImpact();
            case PurchaseProcess.DECISION_SHIP_BY_PERIOD -> new ShipByImpact();
            case PurchaseProcess.DECISION_PROTECTION_PERIOD -> new ProtectionPeriodImpact(period.disputes().stream()
                    .collect(Collectors.toMap(DisputeCase::orderId, Function.identity(), (a, b) -> a)));
            case PurchaseProcess.DECISION_DISPUTE_TRIAGE -> new TriageImpact();
            case PurchaseProcess.DECISION_SELLER_RESPONSE_WINDOW -> WindowImpact.ofDisputes("seller response window");
            case PurchaseProcess.DECISION_BUYER_ANSWER_WINDOW -> WindowImpact.ofDisputes("buyer answer window");
            case PurchaseProcess.DECISION_AGENT_SLA -> WindowImpact.ofDisputes("agent SLA");
            case PurchaseProcess.DECISION_REVIEW_WINDOW -> WindowImpact.reviewWindow();
            default -> new GenericImpact();
        };
    }
}
