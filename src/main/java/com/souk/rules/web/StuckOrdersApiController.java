package com.souk.rules.web;

import com.souk.rules.StuckOrders;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Operations: orders whose process is stuck, and running their failed step again once the cause is fixed. */
@RestController
@PreAuthorize("hasAnyRole('ANALYST', 'ADMIN')")
class StuckOrdersApiController {

    private final StuckOrders stuck;

    StuckOrdersApiController(StuckOrders stuck) {
        this.stuck = stuck;
    }

    @GetMapping("/api/operations/stuck-orders")
    List<StuckOrders.StuckOrder> list() {
        return stuck.list();
    }

    @PostMapping("/api/operations/stuck-orders/{orderId}/retry")
    ResponseEntity<Map<String, Object>> retry(@PathVariable long orderId, @AuthenticationPrincipal UserDetails user) {
        int retried = stuck.retry(orderId, user.getUsername());
        return ResponseEntity.accepted().body(Map.of("orderId", String.valueOf(orderId), "retriedJobs", retried));
    }
}
