package com.souk.protection.web;

import com.souk.identity.SoukUser;
import com.souk.ordering.Order;
import com.souk.ordering.OrderAccess;
import com.souk.protection.Dispute;
import com.souk.protection.DisputeAccess;
import com.souk.protection.DisputeReason;
import com.souk.protection.OpenDispute;
import com.souk.protection.RespondToDispute;
import com.souk.protection.SellerDecision;
import com.souk.shipping.Shipment;
import com.souk.shipping.Shipments;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Disputes over HTTP: the buyer opens one, the seller responds, the buyer answers an offer, all three read it. */
@RestController
class DisputeApiController {

    private final OpenDispute openDispute;
    private final RespondToDispute respond;
    private final DisputeAccess access;
    private final CaseHistories histories;
    private final OrderAccess orders;
    private final Shipments shipments;

    DisputeApiController(OpenDispute openDispute, RespondToDispute respond, DisputeAccess access,
            CaseHistories histories, OrderAccess orders, Shipments shipments) {
        this.openDispute = openDispute;
        this.respond = respond;
        this.access = access;
        this.histories = histories;
        this.orders = orders;
        this.shipments = shipments;
    }

    record MoneyJson(@NotNull @Positive Long amountMinor, String currency) {
    }

    record OpenRequest(@NotNull DisputeReason reason,
            @NotBlank @Size(max = 5000, message = "must be at most 5000 characters") String description,
            @NotNull @Valid MoneyJson requestedRefund) {
    }

    record SellerResponseRequest(@NotNull SellerDecision decision, @Valid MoneyJson partialRefund,
            @Size(max = 2000, message = "must be at most 2000 characters") String message) {
    }

    record BuyerAnswerRequest(@NotNull Boolean acceptOffer) {
    }

    @PostMapping("/api/orders/{orderId}/disputes")
    @PreAuthorize("hasRole('BUYER')")
    ResponseEntity<DisputeJson> open(@AuthenticationPrincipal SoukUser buyer, @PathVariable long orderId,
            @Valid @RequestBody OpenRequest body) {
        Dispute dispute = openDispute.open(buyer, orderId, body.reason(), body.description(),
                body.requestedRefund().amountMinor());
        return ResponseEntity.created(URI.create("/api/disputes/" + dispute.id())).body(json(dispute));
    }

    @GetMapping("/api/disputes/{id}")
    DisputeJson one(@AuthenticationPrincipal SoukUser user, @PathVariable long id) {
        return json(access.visibleTo(user, id));
    }

    @PostMapping("/api/disputes/{id}/seller-response")
    @PreAuthorize("hasRole('SELLER')")
    ResponseEntity<DisputeJson> sellerResponse(@AuthenticationPrincipal SoukUser seller, @PathVariable long id,
            @Valid @RequestBody SellerResponseRequest body) {
        Dispute dispute = respond.respond(seller, id, body.decision(),
                body.partialRefund() == null ? null : body.partialRefund().amountMinor(), body.message());
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(json(dispute));
    }

    @PostMapping("/api/disputes/{id}/buyer-answer")
    @PreAuthorize("hasRole('BUYER')")
    ResponseEntity<DisputeJson> buyerAnswer(@AuthenticationPrincipal SoukUser buyer, @PathVariable long id,
            @Valid @RequestBody BuyerAnswerRequest body) {
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(json(respond.answerOffer(buyer, id, body.acceptOffer())));
    }

    private DisputeJson json(Dispute d) {
        Order order = orders.byIdForCase(d.orderId());
        Shipment shipment = shipments.forOrder(d.orderId()).orElse(null);
        CaseHistories.CaseHistory history = histories.of(d);
        return DisputeJson.of(d, new DisputeJson.CaseFile(order.status().name(), order.total(),
                shipment == null ? null : shipment.carrier(), shipment == null ? null : shipment.trackingNumber(),
                history.buyerDisputes(), history.sellerRefundedDisputes(), history.sellerStanding().finishedOrders(),
                history.sellerStanding().defects(), history.sellerStanding().defectRate()));
    }
}
