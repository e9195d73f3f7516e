package com.souk.ordering.web;

import com.souk.identity.SoukUser;
import com.souk.ordering.OrderAccess;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Disputes are not built yet; the endpoint says so plainly instead of pretending to open one. */
@RestController
class DisputeApiController {

    private final OrderAccess access;

    DisputeApiController(OrderAccess access) {
        this.access = access;
    }

    @PostMapping("/api/orders/{id}/disputes")
    ResponseEntity<ProblemDetail> open(@AuthenticationPrincipal SoukUser user, @PathVariable long id) {
        access.visibleTo(user, id);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_IMPLEMENTED,
                "Opening disputes is not available yet; the order keeps its buyer-protection deadline.");
        problem.setTitle("Not implemented");
        return ResponseEntity.status(HttpStatus.NOT_IMPLEMENTED).body(problem);
    }
}
