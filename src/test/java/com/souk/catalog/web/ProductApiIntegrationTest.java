package com.souk.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.souk.catalog.Product;
import com.souk.support.Api;
import com.souk.support.Fixtures;
import com.souk.support.SoukIntegrationTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The catalog over HTTP: anyone searches and reads, sellers list and edit only their own products. */
@SoukIntegrationTest
class ProductApiIntegrationTest {

    @Autowired
    Api api;

    @Autowired
    Fixtures fixtures;

    @Test
    void anyoneListsProductsPageByPage() {
        fixtures.product("sam", "electronics", 1_000, 1);

        Api.Reply reply = api.get(null, "/api/products?page=0&size=5");

        assertThat(reply.status()).isEqualTo(200);
        JsonNode body = reply.body();
        assertThat(body.get("page").asInt()).isZero();
        assertThat(body.get("size").asInt()).isEqualTo(5);
        assertThat(body.get("totalElements").asLong()).isPositive();
        assertThat(body.get("totalPages").asInt()).isEqualTo((int) ((body.get("totalElements").asLong() + 4) / 5));
        assertThat(body.get("content")).hasSizeBetween(1, 5);
        JsonNode first = body.get("content").get(0);
        assertThat(first.has("id")).isTrue();
        assertThat(first.has("title")).isTrue();
        assertThat(first.has("category")).isTrue();
        assertThat(first.has("sellerId")).isTrue();
        assertThat(first.has("sellerName")).isTrue();
        assertThat(first.has("stock")).isTrue();
        assertThat(first.at("/price/amountMinor").isIntegralNumber()).isTrue();
        assertThat(first.at("/price/currency").asText()).isEqualTo("EUR");
        assertThat(first.has("description")).as("the list shows no descriptions").isFalse();
    }

    @Test
    void searchFindsAProductByAUniqueWordOfItsTitle() {
        String word = "zq" + unique();
        long id = create("sam", Map.of("title", "Handmade " + word + " lantern", "description", "brass",
                "category", "home", "price", price(4_200), "stock", 3)).body().get("id").asLong();
        fixtures.product("sam", "home", 1_000, 1);

        Api.Reply reply = api.get(null, "/api/products?q=" + word.toUpperCase());

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().get("totalElements").asLong()).isEqualTo(1);
        assertThat(ids(reply)).containsExactly(id);
        assertThat(reply.body().at("/content/0/sellerName").asText()).isEqualTo("Sam's Electronics");
    }

    @Test
    void searchTakesPercentAndUnderscoreLiterally() {
        String word = "zq" + unique();
        long percent = create("sam", newProduct(word + " 100% cotton")).body().get("id").asLong();
        long digits = create("sam", newProduct(word + " 1000 cotton")).body().get("id").asLong();
        long underscore = create("sam", newProduct(word + " a_b")).body().get("id").asLong();
        long letter = create("sam", newProduct(word + " axb")).body().get("id").asLong();

        assertThat(ids(api.get(null, "/api/products?q=" + word + " 100%"))).containsExactly(percent);
        assertThat(ids(api.get(null, "/api/products?q=" + word + " a_b"))).containsExactly(underscore);
        assertThat(ids(api.get(null, "/api/products?q=" + word))).containsExactlyInAnyOrder(percent, digits,
                underscore, letter);
    }

    @Test
    void searchAlsoLooksInTheDescription() {
        String word = "zq" + unique();
        long id = create("sara", Map.of("title", "Notebook " + word.substring(2), "description",
                "Dotted pages, " + word + " binding", "category", "books", "price", price(1_200), "stock", 2))
                .body().get("id").asLong();

        assertThat(ids(api.get(null, "/api/products?q=" + word))).containsExactly(id);
    }

    @Test
    void relevanceListsTitleMatchesBeforeDescriptionMatches() {
        String word = "zq" + unique();
        long inTitle = create("sam", newProduct("Lamp " + word)).body().get("id").asLong();
        long inDescription = create("sam", Map.of("title", "Lamp " + unique(), "description", "a " + word + " lamp",
                "category", "home", "price", price(1_000), "stock", 1)).body().get("id").asLong();

        Api.Reply reply = api.get(null, "/api/products?sort=relevance&q=" + word);

        assertThat(ids(reply)).containsExactly(inTitle, inDescription);
    }

    @Test
    void categoryFilterShowsOnlyThatCategory() {
        String category = "cat-" + unique();
        Product a = fixtures.product("sam", category, 1_000, 1);
        Product b = fixtures.product("sara", category, 2_000, 1);
        fixtures.product("sam", "electronics", 1_000, 1);

        Api.Reply reply = api.get(null, "/api/products?category=" + category);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(ids(reply)).containsExactlyInAnyOrder(a.id(), b.id());
        assertThat(reply.body().get("content").findValuesAsText("category")).containsOnly(category);
    }

    @Test
    void sortByPriceListsTheCheapestFirst() {
        String category = "cat-" + unique();
        Product mid = fixtures.product("sam", category, 2_000, 1);
        Product dear = fixtures.product("sara", category, 3_000, 1);
        Product cheap = fixtures.product("sam", category, 1_000, 1);

        Api.Reply reply = api.get(null, "/api/products?category=" + category + "&sort=price");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(ids(reply)).containsExactly(cheap.id(), mid.id(), dear.id());
        assertThat(reply.body().get("content").findValues("price").stream().map(p -> p.get("amountMinor").asLong()))
                .containsExactly(1_000L, 2_000L, 3_000L);
    }

    @Test
    void unknownSortIsRejected() {
        assertInvalid(api.get(null, "/api/products?sort=bogus"), "sort");
    }

    @Test
    void pageSizeOutsideOneToHundredIsRejected() {
        assertInvalid(api.get(null, "/api/products?size=0"), "size");
        assertInvalid(api.get(null, "/api/products?size=101"), "size");
        assertInvalid(api.get(null, "/api/products?page=-1"), "page");
    }

    @Test
    void unknownProductIs404() {
        Api.Reply reply = api.get(null, "/api/products/" + Long.MAX_VALUE);

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.body().get("status").asInt()).isEqualTo(404);
        assertThat(reply.body().get("title").asText()).isEqualTo("Not found");
        assertThat(reply.body().get("detail").asText()).contains(String.valueOf(Long.MAX_VALUE));
    }

    @Test
    void productIdThatIsNotANumberIs400() {
        Api.Reply reply = api.get(null, "/api/products/abc");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.body().get("status").asInt()).isEqualTo(400);
    }

    @Test
    void sellerCreatesAProductThatAnyoneCanThenRead() {
        String title = "Vinyl record player " + unique();

        Api.Reply created = create("sam", Map.of("title", title, "description", "Belt drive, 33 and 45 rpm.",
                "category", "Electronics", "price", price(15_900), "stock", 7));

        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        long id = created.body().get("id").asLong();
        assertThat(created.header("Location")).endsWith("/api/products/" + id);
        Api.Reply read = api.get(null, created.header("Location"));
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body().get("title").asText()).isEqualTo(title);
        assertThat(read.body().get("description").asText()).isEqualTo("Belt drive, 33 and 45 rpm.");
        assertThat(read.body().get("category").asText()).isEqualTo("electronics");
        assertThat(read.body().at("/price/amountMinor").asLong()).isEqualTo(15_900);
        assertThat(read.body().at("/price/currency").asText()).isEqualTo("EUR");
        assertThat(read.body().get("stock").asInt()).isEqualTo(7);
        assertThat(read.body().get("sellerId").asLong()).isEqualTo(fixtures.user("sam").id());
        assertThat(read.body().get("sellerName").asText()).isEqualTo("Sam's Electronics");
    }

    @Test
    void sellerCannotListTwoProductsWithTheSameTitle() {
        String title = "Espresso cups " + unique();
        assertThat(create("sara", newProduct(title)).status()).isEqualTo(201);

        Api.Reply again = create("sara", newProduct(title));

        assertThat(again.status()).isEqualTo(422);
        assertThat(again.header("Content-Type")).startsWith("application/problem+json");
        assertThat(again.body().get("detail").asText()).contains(title);
        assertThat(countWithTitle(title)).isEqualTo(1);
    }

    @Test
    void buyerMayNotCreateProducts() {
        String title = "Bootleg " + unique();

        Api.Reply reply = create("alice", newProduct(title));

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.body().get("status").asInt()).isEqualTo(403);
        assertThat(reply.body().get("title").asText()).isEqualTo("Forbidden");
        assertThat(countWithTitle(title)).isZero();
    }

    @Test
    void anonymousCallerMustSignInToCreateProducts() {
        String title = "Anonymous " + unique();

        Api.Reply reply = create(null, newProduct(title));

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(countWithTitle(title)).isZero();
    }

    @Test
    void invalidNewProductIsRejectedFieldByField() {
        String description = "invalid-" + unique();
        Map<String, Object> body = new HashMap<>();
        body.put("title", " ");
        body.put("description", description);
        body.put("category", "home");
        body.put("stock", -1);

        Api.Reply reply = create("sam", body);

        assertInvalid(reply, "price", "stock", "title");
        assertThat(api.get(null, "/api/products?q=" + description).body().get("totalElements").asLong()).isZero();
    }

    @Test
    void newProductWithAZeroPriceIsRejected() {
        String title = "Free lunch " + unique();
        Map<String, Object> body = new HashMap<>(newProduct(title));
        body.put("price", price(0));

        assertInvalid(create("sam", body), "price.amountMinor");
        assertThat(countWithTitle(title)).isZero();
    }

    @Test
    void fractionalPriceIs400InsteadOfBeingTruncated() {
        String title = "Fraction " + unique();
        Map<String, Object> body = new HashMap<>(newProduct(title));
        body.put("price", Map.of("amountMinor", 19.99, "currency", "EUR"));

        Api.Reply reply = create("sam", body);

        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(400);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(countWithTitle(title)).isZero();
    }

    @Test
    void priceInAnotherCurrencyIsRejectedInsteadOfBeingRelabelledAsEuros() {
        String title = "Dollar priced " + unique();
        Map<String, Object> body = new HashMap<>(newProduct(title));
        body.put("price", Map.of("amountMinor", 1_999, "currency", "USD"));

        assertInvalid(create("sam", body), "price.currency");
        assertThat(countWithTitle(title)).isZero();

        Product p = fixtures.product("sam", "electronics", 5_000, 4);
        assertInvalid(api.patch("sam", "/api/products/" + p.id(),
                Map.of("price", Map.of("amountMinor", 1_999, "currency", "USD"))), "price.currency");
        assertThat(api.get(null, "/api/products/" + p.id()).body().at("/price/amountMinor").asLong())
                .isEqualTo(5_000);
    }

    @Test
    void priceWithoutACurrencyIsTakenInEuros() {
        Product p = fixtures.product("sam", "electronics", 5_000, 4);

        Api.Reply reply = api.patch("sam", "/api/products/" + p.id(), Map.of("price", Map.of("amountMinor", 4_900)));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().at("/price/amountMinor").asLong()).isEqualTo(4_900);
        assertThat(reply.body().at("/price/currency").asText()).isEqualTo("EUR");
    }

    @Test
    void sellerChangesPriceAndStockOfTheirOwnProduct() {
        Product p = fixtures.product("sam", "electronics", 5_000, 4);

        Api.Reply reply = api.patch("sam", "/api/products/" + p.id(), Map.of("price", price(4_500), "stock", 9));

        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(200);
        assertThat(reply.body().at("/price/amountMinor").asLong()).isEqualTo(4_500);
        assertThat(reply.body().get("stock").asInt()).isEqualTo(9);
        JsonNode read = api.get(null, "/api/products/" + p.id()).body();
        assertThat(read.at("/price/amountMinor").asLong()).isEqualTo(4_500);
        assertThat(read.get("stock").asInt()).isEqualTo(9);
        assertThat(read.get("title").asText()).isEqualTo(p.title());
        assertThat(read.get("description").asText()).isEqualTo(p.description());
    }

    @Test
    void sellerChangesOnlyTheDescription() {
        Product p = fixtures.product("sara", "books", 2_500, 3);

        Api.Reply reply = api.patch("sara", "/api/products/" + p.id(), Map.of("description", "Signed by the author."));

        assertThat(reply.status()).isEqualTo(200);
        JsonNode read = api.get(null, "/api/products/" + p.id()).body();
        assertThat(read.get("description").asText()).isEqualTo("Signed by the author.");
        assertThat(read.at("/price/amountMinor").asLong()).isEqualTo(2_500);
        assertThat(read.get("stock").asInt()).isEqualTo(3);
    }

    @Test
    void invalidChangeIsRejectedAndChangesNothing() {
        Product p = fixtures.product("sam", "electronics", 5_000, 4);

        assertInvalid(api.patch("sam", "/api/products/" + p.id(), Map.of("stock", -3)), "stock");

        assertThat(fixtures.stockOf(p.id())).isEqualTo(4);
    }

    @Test
    void sellerCannotChangeAnotherSellersProduct() {
        Product saras = fixtures.product("sara", "books", 2_000, 5);

        Api.Reply reply = api.patch("sam", "/api/products/" + saras.id(), Map.of("price", price(1), "stock", 0));

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.body().get("title").asText()).isEqualTo("Not found");
        JsonNode read = api.get(null, "/api/products/" + saras.id()).body();
        assertThat(read.at("/price/amountMinor").asLong()).isEqualTo(2_000);
        assertThat(read.get("stock").asInt()).isEqualTo(5);
    }

    @Test
    void buyerCannotChangeProducts() {
        Product p = fixtures.product("sam", "electronics", 5_000, 4);

        Api.Reply reply = api.patch("alice", "/api/products/" + p.id(), Map.of("stock", 0));

        assertThat(reply.status()).isEqualTo(403);
        assertThat(fixtures.stockOf(p.id())).isEqualTo(4);
    }

    private Api.Reply create(String user, Map<String, Object> body) {
        return api.post(user, "/api/products", body);
    }

    private static Map<String, Object> newProduct(String title) {
        return Map.of("title", title, "description", "made by a test", "category", "home", "price", price(1_000),
                "stock", 1);
    }

    private static Map<String, Object> price(long minor) {
        return Map.of("amountMinor", minor, "currency", "EUR");
    }

    private long countWithTitle(String title) {
        Api.Reply reply = api.get(null, "/api/products?size=100&q=" + title);
        return reply.body().get("content").findValuesAsText("title").stream().filter(title::equals).count();
    }

    private static List<Long> ids(Api.Reply reply) {
        List<Long> ids = new ArrayList<>();
        reply.body().get("content").forEach(p -> ids.add(p.get("id").asLong()));
        return ids;
    }

    private static void assertInvalid(Api.Reply reply, String... fields) {
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(400);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.body().get("status").asInt()).isEqualTo(400);
        assertThat(reply.body().get("title").asText()).isEqualTo("Invalid input");
        assertThat(reply.body().get("errors").findValuesAsText("field")).containsExactlyInAnyOrder(fields);
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
