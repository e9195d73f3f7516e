package com.souk.reviews.process;

import com.souk.ordering.PurchaseProcess;
import com.souk.reviews.InviteReview;
import com.souk.workflow.Job;
import com.souk.workflow.JobHandler;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The order is completed: invite its buyer to review it within the window the review-window decision gave. */
@Component
class InviteReviewHandler implements JobHandler {

    private final InviteReview invitations;

    InviteReviewHandler(InviteReview invitations) {
        this.invitations = invitations;
    }

    @Override
    public String type() {
        return PurchaseProcess.JOB_INVITE_REVIEW;
    }

    @Override
    public Map<String, Object> handle(Job job) {
        invitations.invite(job.longValue(PurchaseProcess.VAR_ORDER_ID), job.string(PurchaseProcess.VAR_REVIEW_WINDOW));
        return Map.of();
    }
}
