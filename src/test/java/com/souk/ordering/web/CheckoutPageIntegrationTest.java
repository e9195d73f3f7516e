package com.souk.ordering.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.souk.catalog.Product;
import com.souk.catalog.ProductListings;
import com.souk.catalog.ProductListings.ListingChange;
import com.souk.identity.Role;
import com.souk.identity.SoukUser;
import com.souk.ordering.Order;
import com.souk.ordering.OrderItem;
import com.souk.ordering.Orders;
import com.souk.support.Api;
import com.souk.support.Fixtures;
import com.souk.support.SoukIntegrationTest;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The checkout page: the API's rules shown next to each field, one order per seller, and no order twice. */
@SoukIntegrationTest
class CheckoutPageIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Orders orders;

    @Autowired
    ProductListings listings;

    @Autowired
    Api api;

    SoukUser buyer;
    MockHttpSession session;
    Product headphones;
    Product novel;

    @BeforeEach
    void buyerWithItemsOfTwoSellers() throws Exception {
        buyer = fixtures.user(fixtures.newUser(Role.BUYER));
        session = new MockHttpSession();
        headphones = fixtures.product("sam", "electronics", 2_500, 5);
        novel = fixtures.product("sara", "books", 1_200, 5);
    }

    @Test
    void anonymousCheckoutIsSentToLogIn() throws Exception {
        mvc.perform(get("/checkout")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(post("/checkout").with(csrf())).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("**/login"));
    }

    @Test
    void theFormSummarisesOneOrderPerSellerAndCarriesAFreshIdempotencyKey() throws Exception {
        fill(session, buyer);

        String first = checkoutPage();
        String second = checkoutPage();

        assertThat(first).contains("Your 2 orders").contains("Sam&#39;s Electronics").contains("Sara Home &amp; Books")
                .contains("2 × " + headphones.title() + " — €50.00").contains("€62.00").contains("Place 2 orders");
        assertThat(first).contains("name=\"shippingAddress.name\"").contains("value=\"" + buyer.displayName() + "\"")
                .contains("name=\"card.number\"").contains("name=\"_csrf\"");
        assertThat(key(first)).matches("[0-9a-f-]{36}").isNotEqualTo(key(second));
    }

    @Test
    void anEmptyCartCannotBeCheckedOut() throws Exception {
        mvc.perform(get("/checkout").session(session).with(user(buyer))).andExpect(redirectedUrl("/cart"))
                .andExpect(flash().attribute("problem", "Your cart is empty: add something before checking out."));
    }

    @Test
    void theApisAddressRulesAreShownNextToTheirFields() throws Exception {
        fill(session, buyer);
        String key = key(checkoutPage());

        String html = mvc.perform(valid(key, Map.of("shippingAddress.name", " ", "shippingAddress.country", "Germany",
                "shippingAddress.postalCode", "1".repeat(21))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(fieldError(html, "shippingAddress.name")).isEqualTo("Must not be blank");
        assertThat(fieldError(html, "shippingAddress.country")).isEqualTo("Must be a two-letter country code");
        assertThat(fieldError(html, "shippingAddress.postalCode")).isEqualTo("Size must be between 0 and 20");
        assertThat(html).contains("value=\"Germany\"").contains("value=\"" + key + "\"")
                .as("the security code is not sent back").doesNotContain("value=\"123\"");
        assertThat(orders.ofBuyer(buyer.id(), 0, 10)).isEmpty();
    }

    @Test
    void theGatewaysCardErrorsAreShownNextToTheCardFields() throws Exception {
        fill(session, buyer);

        String html = mvc.perform(valid(key(checkoutPage()), Map.of("card.number", "4242 4242 4242 4241",
                "card.expiry", "01/20"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(fieldError(html, "card.number")).isEqualTo("Is not a valid card number");
        assertThat(fieldError(html, "card.expiry")).isEqualTo("The card has expired");
        assertThat(orders.ofBuyer(buyer.id(), 0, 10)).isEmpty();
        assertThat(checkoutPage()).as("the cart is still full").contains("Place 2 orders");
    }

    @Test
    void placingTheOrderCreatesOneOrderPerSellerAndNamesThemOnTheOrdersPage() throws Exception {
        fill(session, buyer);

        String notice = (String) mvc.perform(valid(key(checkoutPage()))).andExpect(redirectedUrl("/account/orders"))
                .andReturn().getFlashMap().get("notice");

        List<Order> placed = orders.ofBuyer(buyer.id(), 0, 10);
        assertThat(placed).hasSize(2);
        Order fromSam = bySeller(placed, "sam");
        Order fromSara = bySeller(placed, "sara");
        assertThat(fromSam.items()).extracting(OrderItem::productId, OrderItem::quantity)
                .containsExactly(tuple(headphones.id(), 2));
        assertThat(fromSara.items()).extracting(OrderItem::productId).containsExactly(novel.id());
        assertThat(fromSam.address().country()).isEqualTo("DE");
        assertThat(fromSam.cardLast4()).isEqualTo("4242");
        assertThat(notice).contains("order #" + fromSam.id() + " with Sam's Electronics (€50.00)")
                .contains("order #" + fromSara.id() + " with Sara Home & Books (€12.00)");
        mvc.perform(get("/checkout").session(session).with(user(buyer))).andExpect(redirectedUrl("/cart"));
    }

    @Test
    void submittingTheSameFormTwicePlacesNoSecondOrder() throws Exception {
        fill(session, buyer);
        String key = key(checkoutPage());

        mvc.perform(valid(key)).andExpect(redirectedUrl("/account/orders"));
        String again = (String) mvc.perform(valid(key)).andExpect(redirectedUrl("/account/orders")).andReturn()
                .getFlashMap().get("notice");

        List<Order> placed = orders.ofBuyer(buyer.id(), 0, 10);
        assertThat(placed).hasSize(2);
        assertThat(again).contains("already placed").contains("#" + placed.get(0).id())
                .contains("#" + placed.get(1).id());
    }

    @Test
    void twoSubmissionsOfOneKeyThatBothSawTheFullCartStillMakeOneOrderPerSeller() throws Exception {
        MockHttpSession otherTab = new MockHttpSession();
        fill(session, buyer);
        fill(otherTab, buyer);
        String key = key(checkoutPage());

        mvc.perform(valid(key)).andExpect(redirectedUrl("/account/orders"));
        mvc.perform(valid(key).session(otherTab)).andExpect(redirectedUrl("/account/orders"));

        assertThat(orders.ofBuyer(buyer.id(), 0, 10)).hasSize(2);
    }

    @Test
    void whenOneSellersOrderIsRefusedTheOtherStaysPlacedAndOnlyTheRefusedItemsRemain() throws Exception {
        fill(session, buyer);
        String key = key(checkoutPage());
        long sara = fixtures.user("sara").id();
        Api.Reply earlier = api.post(buyer.username(), "/api/orders",
                Fixtures.checkout(fixtures.product("sara", "books", 900, 5).id(), 1, Fixtures.GOOD_CARD),
                Map.of("Idempotency-Key", key + "-" + sara));
        assertThat(earlier.status()).isEqualTo(201);

        String html = mvc.perform(valid(key)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        Order fromSam = bySeller(orders.ofBuyer(buyer.id(), 0, 10), "sam");
        assertThat(html).contains("You placed order #" + fromSam.id() + " with Sam&#39;s Electronics")
                .contains("was already used for a different order request")
                .contains("Your order").contains(novel.title()).doesNotContain(headphones.title());
        assertThat(key(html)).as("a new key for what is left").isNotEqualTo(key);
        assertThat(orders.ofBuyer(buyer.id(), 0, 10)).hasSize(2);
    }

    @Test
    void aFormWithoutItsKeyIsShownAgainWithANewOne() throws Exception {
        fill(session, buyer);

        String html = mvc.perform(valid("")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("This checkout form has expired");
        assertThat(key(html)).matches("[0-9a-f-]{36}");
        assertThat(orders.ofBuyer(buyer.id(), 0, 10)).isEmpty();
    }

    @Test
    void itemsShortOfStockStopTheCheckoutBeforeAnyOrderIsPlaced() throws Exception {
        fill(session, buyer);
        String key = key(checkoutPage());
        listings.change(headphones.sellerId(), headphones.id(), new ListingChange(null, null, 1));

        String html = mvc.perform(valid(key)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("Some items are no longer in stock");
        assertThat(orders.ofBuyer(buyer.id(), 0, 10)).isEmpty();
    }

    private void fill(MockHttpSession cart, SoukUser who) throws Exception {
        for (Object[] line : new Object[][] {{headphones, "2"}, {novel, "1"}}) {
            mvc.perform(post("/cart/items").param("productId", String.valueOf(((Product) line[0]).id()))
                    .param("quantity", (String) line[1]).session(cart).with(user(who)).with(csrf()))
                    .andExpect(redirectedUrl("/cart"));
            mvc.perform(get("/cart").session(cart).with(user(who))).andExpect(status().isOk());
        }
    }

    private String checkoutPage() throws Exception {
        return mvc.perform(get("/checkout").session(session).with(user(buyer))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }

    private MockHttpServletRequestBuilder valid(String key) {
        return valid(key, Map.of());
    }

    /** A complete, valid checkout form post, except for the fields given. */
    private MockHttpServletRequestBuilder valid(String key, Map<String, String> changed) {
        Map<String, String> fields = new LinkedHashMap<>(Map.of("idempotencyKey", key,
                "shippingAddress.name", "Test Buyer", "shippingAddress.line1", "1 Harbour Street",
                "shippingAddress.city", "Hamburg", "shippingAddress.postalCode", "20095",
                "shippingAddress.country", "de",
                "card.number", Fixtures.GOOD_CARD, "card.expiry", "12/35", "card.cvc", "123"));
        fields.putAll(changed);
        MockHttpServletRequestBuilder post = post("/checkout").session(session).with(user(buyer)).with(csrf());
        fields.forEach(post::param);
        return post;
    }

    private Order bySeller(List<Order> placed, String seller) {
        long id = fixtures.user(seller).id();
        return placed.stream().filter(o -> o.sellerId() == id).findFirst().orElseThrow();
    }

    private static String key(String html) {
        Matcher m = Pattern.compile("name=\"idempotencyKey\" value=\"([^\"]*)\"").matcher(html);
        assertThat(m.find()).as("hidden idempotency key on the page").isTrue();
        return m.group(1);
    }

    /** The error text shown right below the field with this name. */
    private static String fieldError(String html, String field) {
        Matcher m = Pattern.compile("id=\"" + Pattern.quote(field) + "-error\">\\s*<span>([^<]*)</span>").matcher(html);
        assertThat(m.find()).as("error shown for %s", field).isTrue();
        return m.group(1);
    }
}
