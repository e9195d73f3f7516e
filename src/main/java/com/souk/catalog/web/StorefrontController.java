package com.souk.catalog.web;

import com.souk.catalog.Product;
import com.souk.catalog.ProductSearch;
import com.souk.catalog.Products;
import com.souk.catalog.Ratings;
import com.souk.catalog.web.sections.ProductPageSection;
import com.souk.common.NotFoundException;
import com.souk.identity.SoukUser;
import com.souk.identity.Users;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The shop window anyone may browse: home with categories, search results, and one product's page. Cards and
 * the product page show ratings from the aggregates; the reviews and the questions to the seller come from the
 * modules that own them, through {@link ProductPageSection}s.
 */
@Controller
class StorefrontController {

    static final int PAGE_SIZE = 12;
    private static final int NEWEST_ON_HOME = 8;

    private final ProductSearch search;
    private final Products products;
    private final Ratings ratings;
    private final Users users;
    private final List<ProductPageSection> sections;

    StorefrontController(ProductSearch search, Products products, Ratings ratings, Users users,
            List<ProductPageSection> sections) {
        this.search = search;
        this.products = products;
        this.ratings = ratings;
        this.users = users;
        this.sections = sections;
    }

    @GetMapping("/")
    String home(Model model) {
        List<Product> newest = search.search(null, null, ProductSearch.Sort.RELEVANCE, 0, NEWEST_ON_HOME).content();
        model.addAttribute("categories", search.categories());
        model.addAttribute("newest", newest);
        model.addAttribute("sellers", users.displayNames(newest.stream().map(Product::sellerId).toList()));
        model.addAttribute("ratings", ratings.ofProducts(newest.stream().map(Product::id).toList()));
        return "catalog/home";
    }

    @GetMapping("/products")
    String results(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String category,
            @RequestParam(defaultValue = "relevance") String sort, @RequestParam(defaultValue = "0") String page,
            Model model) {
        ProductSearch.Sort order = sortOrRelevance(sort);
        ProductSearch.Page found = search.search(q, category, order, pageNumber(page), PAGE_SIZE);
        model.addAttribute("q", q.trim());
        model.addAttribute("category", category.trim().toLowerCase(Locale.ROOT));
        model.addAttribute("sort", order.name().toLowerCase(Locale.ROOT));
        model.addAttribute("categories", search.categories());
        model.addAttribute("found", found);
        model.addAttribute("sellers", users.displayNames(found.content().stream().map(Product::sellerId).toList()));
        model.addAttribute("ratings", ratings.ofProducts(found.content().stream().map(Product::id).toList()));
        return "catalog/products";
    }

    @GetMapping("/products/{id}")
    String product(@AuthenticationPrincipal SoukUser viewer, @PathVariable long id,
            @RequestParam Map<String, String> params, Model model) {
        Product product = products.byId(id).orElseThrow(() -> new NotFoundException("There is no product " + id + "."));
        model.addAttribute("product", product);
        model.addAttribute("sellerName", users.displayNames(List.of(product.sellerId())).get(product.sellerId()));
        model.addAttribute("rating", ratings.ofProduct(id));
        model.addAttribute("sellerRating", ratings.ofSeller(product.sellerId()));
        sections.forEach(section -> section.addTo(model, product, viewer, params));
        return "catalog/product";
    }

    // A hand-edited address should still show results, not an error: unknown sorts and pages fall back.
    private static ProductSearch.Sort sortOrRelevance(String sort) {
        try {
            return ProductSearch.Sort.parse(sort);
        } catch (IllegalArgumentException e) {
            return ProductSearch.Sort.RELEVANCE;
        }
    }

    private static int pageNumber(String page) {
        try {
            return Math.max(0, Math.min(Integer.parseInt(page.trim()), 10_000));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
