package com.souk.reviews.web;

import com.souk.catalog.Products;
import com.souk.common.FieldErrorException;
import com.souk.common.NotFoundException;
import com.souk.identity.SoukUser;
import com.souk.identity.Users;
import com.souk.ordering.OrderAccess;
import com.souk.reviews.Invitation;
import com.souk.reviews.Review;
import com.souk.reviews.ReviewInvitations;
import com.souk.reviews.Reviews;
import com.souk.reviews.WriteReview;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reviews over HTTP: the buyer reviews a completed order; anyone reads a product's reviews. */
@RestController
class ReviewApiController {

    static final int MAX_PAGE_SIZE = 100;

    private final WriteReview writeReview;
    private final ReviewInvitations invitations;
    private final Reviews reviews;
    private final OrderAccess orders;
    private final Products products;
    private final Users users;
    private final Clock clock;

    ReviewApiController(WriteReview writeReview, ReviewInvitations invitations, Reviews reviews, OrderAccess orders,
            Products products, Users users, Clock clock) {
        this.writeReview = writeReview;
        this.invitations = invitations;
        this.reviews = reviews;
        this.orders = orders;
        this.products = products;
        this.users = users;
        this.clock = clock;
    }

    record NewReview(@NotNull @Min(1) @Max(5) Integer productRating, @NotNull @Min(1) @Max(5) Integer sellerRating,
            @Size(max = 2000, message = "must be at most 2000 characters") String text) {
    }

    /** Whether the order may be reviewed and until when, and its review once written. */
    record OrderReviewJson(Instant invitedAt, Instant reviewBy, boolean open, ReviewJson review) {
    }

    record PageJson(List<ReviewJson> content, int page, int size, long totalElements, int totalPages) {
    }

    @PostMapping("/api/orders/{id}/reviews")
    @PreAuthorize("hasRole('BUYER')")
    ResponseEntity<ReviewJson> write(@AuthenticationPrincipal SoukUser buyer, @PathVariable long id,
            @Valid @RequestBody NewReview body) {
        Review review = writeReview.write(buyer, id, body.productRating(), body.sellerRating(), body.text());
        return ResponseEntity.created(URI.create("/api/orders/" + id + "/reviews"))
                .body(ReviewJson.ofOrder(review, buyer.displayName()));
    }

    @GetMapping("/api/orders/{id}/reviews")
    OrderReviewJson ofOrder(@AuthenticationPrincipal SoukUser user, @PathVariable long id) {
        orders.visibleTo(user, id);
        Invitation invitation = invitations.forOrder(id).orElse(null);
        Review review = reviews.byOrder(id).orElse(null);
        return new OrderReviewJson(invitation == null ? null : invitation.invitedAt(),
                invitation == null ? null : invitation.reviewBy(),
                invitation != null && review == null && invitation.openAt(clock.instant()),
                review == null ? null : ReviewJson.ofOrder(review, names(List.of(review)).get(review.buyerId())));
    }

    @GetMapping("/api/products/{id}/reviews")
    PageJson ofProduct(@PathVariable long id, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        if (page < 0) {
            throw new FieldErrorException("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new FieldErrorException("size", "must be between 1 and " + MAX_PAGE_SIZE);
        }
        products.byId(id).orElseThrow(() -> new NotFoundException("There is no product " + id + "."));
        List<Review> found = reviews.ofProduct(id, page, size);
        Map<Long, String> names = names(found);
        long total = reviews.countOfProduct(id);
        return new PageJson(found.stream().map(r -> ReviewJson.onProduct(r, names.get(r.buyerId()))).toList(), page,
                size, total, (int) ((total + size - 1) / size));
    }

    private Map<Long, String> names(List<Review> shown) {
        return users.displayNames(shown.stream().map(Review::buyerId).distinct().toList());
    }
}
