package com.souk.reviews.web;

import com.souk.catalog.Product;
import com.souk.catalog.web.sections.ProductPageSection;
import com.souk.identity.SoukUser;
import com.souk.identity.Users;
import com.souk.reviews.Review;
import com.souk.reviews.Reviews;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The newest reviews on a product's page, a few at a time ({@code ?reviews=N} pages back through the older ones). */
@Component
class ProductReviewsSection implements ProductPageSection {

    static final int PAGE_SIZE = 5;
    static final String PAGE_PARAM = "reviews";
    static final String VERIFIED_BUYER = "Verified buyer";

    private final Reviews reviews;
    private final Users users;

    ProductReviewsSection(Reviews reviews, Users users) {
        this.reviews = reviews;
        this.users = users;
    }

    /** One review as a product page shows it: no order, just the stars, the words, when and by whom. */
    public record Shown(int productRating, String text, Instant createdAt, String reviewerName) {
    }

    public record View(List<Shown> content, int page, int totalPages, long totalElements) {
    }

    @Override
    public void addTo(Model model, Product product, SoukUser viewer, Map<String, String> params) {
        long total = reviews.countOfProduct(product.id());
        int totalPages = (int) ((total + PAGE_SIZE - 1) / PAGE_SIZE);
        int page = Math.min(requestedPage(params.get(PAGE_PARAM)), Math.max(totalPages - 1, 0));
        List<Review> found = total == 0 ? List.of() : reviews.ofProduct(product.id(), page, PAGE_SIZE);
        Map<Long, String> names = users.displayNames(found.stream().map(Review::buyerId).distinct().toList());
        model.addAttribute("productReviews", new View(found.stream()
                .map(r -> new Shown(r.productRating(), r.text(), r.createdAt(), nameOf(names.get(r.buyerId()))))
                .toList(), page, totalPages, total));
    }

    private static String nameOf(String displayName) {
        return displayName == null || displayName.isBlank() ? VERIFIED_BUYER : displayName;
    }

    // A hand-edited address shows the newest reviews rather than an error.
    private static int requestedPage(String page) {
        try {
            return page == null ? 0 : Math.max(0, Integer.parseInt(page.trim()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
