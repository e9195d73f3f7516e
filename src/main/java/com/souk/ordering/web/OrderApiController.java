package com.souk.ordering.web;

import com.souk.common.FieldErrorException;
import com.souk.identity.SoukUser;
import com.souk.ordering.CancelOrder;
import com.souk.ordering.ConfirmReceipt;
import com.souk.ordering.ExtendProtection;
import com.souk.ordering.Order;
import com.souk.ordering.OrderAccess;
import com.souk.ordering.OrderStatus;
import com.souk.ordering.OrderTimeline;
import com.souk.ordering.Orders;
import com.souk.ordering.PlaceOrder;
import com.souk.ordering.ShipOrder;
import com.souk.shipping.Shipments;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Orders over HTTP: checkout, the buyer's and seller's lists, one order, shipment and receipt. */
@RestController
@RequestMapping("/api/orders")
class OrderApiController {

    private final PlaceOrder placeOrder;
    private final ShipOrder shipOrder;
    private final ConfirmReceipt confirmReceipt;
    private final OrderAccess access;
    private final Orders orders;
    private final OrderTimeline timeline;
    private final Shipments shipments;
    private final ExtendProtection extendProtection;
    private final CancelOrder cancelOrder;

    OrderApiController(PlaceOrder placeOrder, ShipOrder shipOrder, ConfirmReceipt confirmReceipt, OrderAccess access,
            Orders orders, OrderTimeline timeline, Shipments shipments, ExtendProtection extendProtection,
            CancelOrder cancelOrder) {
        this.cancelOrder = cancelOrder;
        this.placeOrder = placeOrder;
        this.shipOrder = shipOrder;
        this.confirmReceipt = confirmReceipt;
        this.access = access;
        this.orders = orders;
        this.timeline = timeline;
        this.shipments = shipments;
        this.extendProtection = extendProtection;
    }

    @PostMapping
    @PreAuthorize("hasRole('BUYER')")
    ResponseEntity<OrderJson> place(@AuthenticationPrincipal SoukUser buyer,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            @Valid @RequestBody CheckoutJson body) {
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 100)) {
            throw new FieldErrorException("Idempotency-Key", "must be 1 to 100 characters");
        }
        PlaceOrder.Placed placed = placeOrder.place(buyer, body.toCheckout(), idempotencyKey);
        return ResponseEntity.created(URI.create("/api/orders/" + placed.order().id()))
                .header("Idempotent-Replayed", String.valueOf(placed.replayed()))
                .body(json(placed.order()));
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('BUYER', 'SELLER')")
    List<OrderJson> mine(@AuthenticationPrincipal SoukUser user, @RequestParam(required = false) String role,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        if (page < 0 || size < 1 || size > 100) {
            throw new FieldErrorException(page < 0 ? "page" : "size", page < 0 ? "must be 0 or more" : "must be 1 to 100");
        }
        String as = role != null ? role : user.role().name().toLowerCase(Locale.ROOT);
        List<Order> found = switch (as) {
            case "buyer" -> orders.ofBuyer(user.id(), page, size);
            case "seller" -> orders.ofSeller(user.id(), page, size);
            default -> throw new FieldErrorException("role", "must be buyer or seller");
        };
        return found.stream().map(this::json).toList();
    }

    @GetMapping("/{id}")
    OrderJson one(@AuthenticationPrincipal SoukUser user, @PathVariable long id) {
        return json(access.visibleTo(user, id));
    }

    record ShipmentRequest(@NotBlank @Size(max = 60) String carrier, @NotBlank @Size(max = 60) String trackingNumber) {
    }

    @PostMapping("/{id}/shipment")
    @PreAuthorize("hasRole('SELLER')")
    ResponseEntity<OrderJson> ship(@AuthenticationPrincipal SoukUser seller, @PathVariable long id,
            @Valid @RequestBody ShipmentRequest body) {
        shipOrder.ship(seller, id, body.carrier(), body.trackingNumber());
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(json(access.visibleTo(seller, id)));
    }

    @PostMapping("/{id}/receipt")
    @PreAuthorize("hasRole('BUYER')")
    ResponseEntity<OrderJson> confirm(@AuthenticationPrincipal SoukUser buyer, @PathVariable long id) {
        confirmReceipt.confirm(buyer, id);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(json(access.visibleTo(buyer, id)));
    }

    /** The buyer calls off an order that has not shipped; the refund and the stock follow within seconds. */
    @PostMapping("/{id}/cancellation")
    @PreAuthorize("hasRole('BUYER')")
    ResponseEntity<OrderJson> cancel(@AuthenticationPrincipal SoukUser buyer, @PathVariable long id) {
        cancelOrder.cancel(buyer, id);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(json(access.visibleTo(buyer, id)));
    }

    record ExtensionRequest(@NotNull @Min(1) @Max(ExtendProtection.MAX_DAYS) Integer days) {
    }

    @PostMapping("/{id}/protection-extension")
    @PreAuthorize("hasRole('BUYER')")
    ResponseEntity<OrderJson> askForMoreTime(@AuthenticationPrincipal SoukUser buyer, @PathVariable long id,
            @Valid @RequestBody ExtensionRequest body) {
        extendProtection.request(buyer, id, body.days());
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(json(access.visibleTo(buyer, id)));
    }

    @PostMapping("/{id}/protection-extension/approval")
    @PreAuthorize("hasRole('SELLER')")
    ResponseEntity<OrderJson> approveMoreTime(@AuthenticationPrincipal SoukUser seller, @PathVariable long id) {
        extendProtection.approve(seller, id);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(json(access.visibleTo(seller, id)));
    }

    private OrderJson json(Order order) {
        boolean notShippedYet = order.status() == OrderStatus.PLACED || order.status() == OrderStatus.AWAITING_SHIPMENT;
        return OrderJson.of(order, timeline.of(order), notShippedYet ? null : shipments.forOrder(order.id()).orElse(null));
    }
}
