package com.souk.protection.web;

import com.souk.protection.Dispute;
import com.souk.protection.Disputes;
import com.souk.protection.SellerStanding;
import org.springframework.stereotype.Component;

/** The parties' records an agent weighs beside a dispute, the same on the case pages and in the API. */
@Component
class CaseHistories {

    /**
     * @param buyerDisputes disputes the buyer has opened, this one included
     * @param sellerRefundedDisputes disputes against the seller that ended with money back, ever
     * @param sellerStanding the seller's finished orders and defects in the last 90 days
     */
    record CaseHistory(long buyerDisputes, long sellerRefundedDisputes, SellerStanding.Standing sellerStanding) {

        /** The defect rate as a whole percentage for pages; null without finished orders. */
        public Long sellerDefectPercent() {
            Double rate = sellerStanding.defectRate();
            return rate == null ? null : Math.round(rate * 100);
        }
    }

    private final Disputes disputes;
    private final SellerStanding standing;

    CaseHistories(Disputes disputes, SellerStanding standing) {
        this.disputes = disputes;
        this.standing = standing;
    }

    CaseHistory of(Dispute dispute) {
        return new CaseHistory(disputes.countByBuyer(dispute.buyerId()),
                disputes.refundedAgainstSeller(dispute.sellerId()), standing.of(dispute.sellerId()));
    }
}
