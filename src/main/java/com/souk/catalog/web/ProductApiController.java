package com.souk.catalog.web;

import com.souk.catalog.Product;
import com.souk.catalog.ProductListings;
import com.souk.catalog.ProductListings.ListingChange;
import com.souk.catalog.ProductListings.NewListing;
import com.souk.catalog.ProductSearch;
import com.souk.catalog.Products;
import com.souk.catalog.Ratings;
import com.souk.common.FieldErrorException;
import com.souk.common.NotFoundException;
import com.souk.identity.SoukUser;
import com.souk.identity.Users;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The catalog over HTTP: anyone searches and reads; sellers list and edit their own products. */
@RestController
@RequestMapping("/api/products")
class ProductApiController {

    private final ProductSearch search;
    private final Products products;
    private final ProductListings listings;
    private final Ratings ratings;
    private final Users users;

    ProductApiController(ProductSearch search, Products products, ProductListings listings, Ratings ratings,
            Users users) {
        this.search = search;
        this.products = products;
        this.listings = listings;
        this.ratings = ratings;
        this.users = users;
    }

    @GetMapping
    PageJson list(@RequestParam(required = false) String q, @RequestParam(required = false) String category,
            @RequestParam(required = false) String sort, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        ProductSearch.Sort order;
        try {
            order = ProductSearch.Sort.parse(sort);
        } catch (IllegalArgumentException e) {
            throw new FieldErrorException("sort", "must be one of relevance, price, rating");
        }
        if (page < 0) {
            throw new FieldErrorException("page", "must be 0 or more");
        }
        if (size < 1 || size > ProductSearch.MAX_PAGE_SIZE) {
            throw new FieldErrorException("size", "must be between 1 and " + ProductSearch.MAX_PAGE_SIZE);
        }
        ProductSearch.Page found = search.search(q, category, order, page, size);
        ProductJson.Context context = context(found.content());
        return new PageJson(found.content().stream().map(p -> ProductJson.summary(p, context)).toList(),
                found.page(), found.size(), found.totalElements(), found.totalPages());
    }

    @GetMapping("/{id}")
    ProductJson one(@PathVariable long id) {
        Product p = products.byId(id).orElseThrow(() -> new NotFoundException("There is no product " + id + "."));
        return ProductJson.full(p, context(List.of(p)));
    }

    @PostMapping
    @PreAuthorize("hasRole('SELLER')")
    ResponseEntity<ProductJson> create(@AuthenticationPrincipal SoukUser seller,
            @Valid @RequestBody NewProductJson body) {
        Product p = listings.create(seller.id(), new NewListing(body.title(), body.description(), body.category(),
                body.price().amountMinor(), body.stock()));
        return ResponseEntity.created(URI.create("/api/products/" + p.id()))
                .body(ProductJson.full(p, context(List.of(p))));
    }

    @PatchMapping("/{id}")
    @PreAuthorize("hasRole('SELLER')")
    ProductJson change(@AuthenticationPrincipal SoukUser seller, @PathVariable long id,
            @Valid @RequestBody ProductChangeJson body) {
        Product p = listings.change(seller.id(), id, new ListingChange(body.description(),
                body.price() == null ? null : body.price().amountMinor(), body.stock()));
        return ProductJson.full(p, context(List.of(p)));
    }

    private ProductJson.Context context(List<Product> shown) {
        List<Long> sellerIds = shown.stream().map(Product::sellerId).distinct().toList();
        return new ProductJson.Context(users.displayNames(sellerIds),
                ratings.ofProducts(shown.stream().map(Product::id).toList()), ratings.ofSellers(sellerIds));
    }

    record PageJson(List<ProductJson> content, int page, int size, long totalElements, int totalPages) {
    }

    record PriceJson(@NotNull @Positive @Max(100_000_000) Long amountMinor,
            @Pattern(regexp = ProductListings.CURRENCY, message = "must be " + ProductListings.CURRENCY) String currency) {
    }

    record NewProductJson(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 5000) String description,
            @NotBlank @Size(max = 64) String category, @NotNull @Valid PriceJson price,
            @NotNull @PositiveOrZero @Max(1_000_000) Integer stock) {
    }

    record ProductChangeJson(@Size(min = 1, max = 5000) String description, @Valid PriceJson price,
            @PositiveOrZero @Max(1_000_000) Integer stock) {
    }

}
