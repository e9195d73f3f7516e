package com.souk.protection.web;

import com.souk.protection.AgentOutcome;
import com.souk.protection.DisputeStatus;
import com.souk.protection.SellerDecision;
import org.springframework.stereotype.Component;

/**
 * Dispute statuses in words for the seller's and the agents' pages, from the reader's side: the seller is asked for
 * an answer, the agent sees whose turn it is. Templates call it as {@code ${@disputeWords.forSeller(d.status())}}.
 */
@Component("disputeWords")
public class DisputeWords {

    public String forSeller(DisputeStatus status) {
        return switch (status) {
            case AWAITING_SELLER -> "Your answer needed";
            case AWAITING_BUYER -> "Waiting for the buyer";
            case IN_REVIEW -> "With a Souk agent";
            case SETTLED -> "Settled";
        };
    }

    public String decision(SellerDecision decision) {
        return switch (decision) {
            case ACCEPT_REFUND -> "Accepted the refund";
            case OFFER_PARTIAL -> "Offered a partial refund";
            case CONTEST -> "Contested the claim";
        };
    }

    public String outcome(AgentOutcome outcome) {
        return switch (outcome) {
            case REFUND_FULL -> "Full refund";
            case REFUND_PARTIAL -> "Partial refund";
            case REJECT -> "Claim rejected";
        };
    }

    public String forAgent(DisputeStatus status) {
        return switch (status) {
            case AWAITING_SELLER -> "Waiting for the seller";
            case AWAITING_BUYER -> "Waiting for the buyer";
            case IN_REVIEW -> "In review";
            case SETTLED -> "Settled";
        };
    }
}
