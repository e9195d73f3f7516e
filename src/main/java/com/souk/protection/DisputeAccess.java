package com.souk.protection;

import com.souk.common.NotFoundException;
import com.souk.identity.Role;
import com.souk.identity.SoukUser;
import org.springframework.stereotype.Component;

/** Who may see a dispute: its buyer, its seller, agents and admins; to anyone else it does not exist. */
@Component
public class DisputeAccess {

    private final Disputes disputes;

    DisputeAccess(Disputes disputes) {
        this.disputes = disputes;
    }

    public Dispute visibleTo(SoukUser user, long disputeId) {
        return disputes.byId(disputeId)
                .filter(d -> d.buyerId() == user.id() || d.sellerId() == user.id() || user.is(Role.AGENT)
                        || user.is(Role.ADMIN))
                .orElseThrow(() -> notFound(disputeId));
    }

    public Dispute ofSeller(SoukUser seller, long disputeId) {
        return disputes.byId(disputeId).filter(d -> d.sellerId() == seller.id()).orElseThrow(() -> notFound(disputeId));
    }

    Dispute ofBuyer(SoukUser buyer, long disputeId) {
        return disputes.byId(disputeId).filter(d -> d.buyerId() == buyer.id()).orElseThrow(() -> notFound(disputeId));
    }

    private static NotFoundException notFound(long disputeId) {
        return new NotFoundException("You have no dispute " + disputeId + ".");
    }
}
