package com.souk.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.souk.catalog.Product;
import com.souk.catalog.ProductListings;
import com.souk.catalog.ProductListings.NewListing;
import com.souk.support.Fixtures;
import com.souk.support.SoukIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/** The storefront pages anyone may open: home, search results with filters and paging, a product's page. */
@SoukIntegrationTest
class StorefrontPageIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ProductListings listings;

    @Test
    void homeOffersASearchBoxAndTheCategories() throws Exception {
        fixtures.product("sam", "electronics", 1_000, 1);

        String html = page(get("/"));

        assertThat(html).contains("<form action=\"/products\" method=\"get\"").contains("name=\"q\"");
        assertThat(html).contains("href=\"/products?category=electronics\"").contains(">Electronics<");
        assertThat(html).contains("Newly listed");
    }

    @Test
    void searchShowsMatchingProductsWithPriceAndSeller() throws Exception {
        String word = unique();
        Product lamp = listing("sam", "Brass " + word + " lamp", "home", 4_250);

        String html = page(get("/products").param("q", word));

        assertThat(html).contains("Results for “" + word + "”").contains("1 product");
        assertThat(html).contains("href=\"/products/" + lamp.id() + "\"").contains(lamp.title());
        assertThat(html).contains("€42.50").contains("Sam&#39;s Electronics");
    }

    @Test
    void searchFiltersByCategoryAndSortsByPrice() throws Exception {
        String word = unique();
        Product dear = listing("sara", word + " reading chair", "furniture", 30_000);
        Product cheap = listing("sara", word + " footstool", "furniture", 4_000);
        Product book = listing("sara", word + " chair catalogue", "books", 1_500);

        String html = page(get("/products").param("q", word).param("category", "furniture").param("sort", "price"));

        assertThat(html).contains("2 products").doesNotContain(book.title());
        assertThat(html.indexOf(cheap.title())).as("cheapest first").isLessThan(html.indexOf(dear.title()));
        assertThat(html).containsPattern("<option value=\"price\" selected=\"selected\">");
        assertThat(html).containsPattern("<option value=\"furniture\" selected=\"selected\">");
    }

    @Test
    void resultsComeInPagesWhoseLinksKeepTheSearch() throws Exception {
        String word = unique();
        List<Product> made = new ArrayList<>();
        for (int i = 0; i < StorefrontController.PAGE_SIZE + 2; i++) {
            made.add(listing("sam", word + " cable " + i, "electronics", 500 + i));
        }

        String first = page(get("/products").param("q", word));
        String second = page(get("/products").param("q", word).param("page", "1"));

        assertThat(first).contains("14 products").contains("Page 1 of 2")
                .contains("href=\"/products?q=" + word + "&amp;category=&amp;sort=relevance&amp;page=1\"");
        assertThat(count(first, "class=\"card product-card\"")).isEqualTo(StorefrontController.PAGE_SIZE);
        assertThat(count(second, "class=\"card product-card\"")).isEqualTo(2);
        assertThat(second).contains("Page 2 of 2").contains("rel=\"prev\"").doesNotContain("rel=\"next\"");
    }

    @Test
    void aSearchWithoutResultsSaysSoAndOffersAWayOut() throws Exception {
        String html = page(get("/products").param("q", "nothing-" + unique()));

        assertThat(html).contains("id=\"no-results\"").contains("No products match your search")
                .contains("href=\"/products\"");
    }

    @Test
    void aHandEditedSortOrPageStillShowsResults() throws Exception {
        String word = unique();
        listing("sam", word + " speaker", "electronics", 9_900);

        String html = page(get("/products").param("q", word).param("sort", "cheapest").param("page", "-3"));

        assertThat(html).contains("1 product").contains(word + " speaker");
    }

    @Test
    void productPageShowsDescriptionPriceStockSellerAndAPlaceForReviews() throws Exception {
        Product p = listings.create(fixtures.user("sara").id(),
                new NewListing("Linen throw " + unique(), "Soft, 130 x 170 cm.", "home", 3_990, 4));

        String html = page(get("/products/" + p.id()));

        assertThat(html).contains(p.title()).contains("Soft, 130 x 170 cm.").contains("€39.90")
                .contains("4 in stock").contains("Sara Home &amp; Books").contains("<section id=\"reviews\"");
    }

    @Test
    void anonymousVisitorsAreAskedToLogInToBuyAndBuyersGetTheCartForm() throws Exception {
        Product p = fixtures.product("sam", "electronics", 1_000, 3);

        String anonymous = page(get("/products/" + p.id()));
        String buyer = page(get("/products/" + p.id()).with(user(fixtures.user("bob"))));

        assertThat(anonymous).contains("id=\"login-to-buy\"").doesNotContain("id=\"add-to-cart\"");
        assertThat(buyer).contains("id=\"add-to-cart\"").contains("action=\"/cart/items\"")
                .contains("name=\"_csrf\"").contains("max=\"3\"");
    }

    @Test
    void productTextIsEscapedNotRunAsMarkup() throws Exception {
        Product p = listings.create(fixtures.user("sam").id(), new NewListing("<script>alert(1)</script> " + unique(),
                "<img src=x onerror=alert(2)>", "electronics", 1_000, 1));

        String html = page(get("/products/" + p.id()));

        assertThat(html).doesNotContain("<script>alert(1)").doesNotContain("<img src=x")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;").contains("&lt;img src=x onerror=alert(2)&gt;");
    }

    @Test
    void anUnknownProductIsTheNotFoundPage() throws Exception {
        String html = mvc.perform(get("/products/987654321")).andExpect(status().isNotFound()).andReturn()
                .getResponse().getContentAsString();

        assertThat(html).contains("Not found").contains("There is no product 987654321.");
    }

    private String page(RequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private Product listing(String seller, String title, String category, long price) {
        return listings.create(fixtures.user(seller).id(), new NewListing(title, "for a page test", category, price, 5));
    }

    private static int count(String html, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what)).matcher(html);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static String unique() {
        return "w" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }
}
