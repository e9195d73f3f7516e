package com.souk.ordering.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.souk.catalog.Product;
import com.souk.catalog.ProductListings;
import com.souk.catalog.ProductListings.ListingChange;
import com.souk.identity.Role;
import com.souk.identity.SoukUser;
import com.souk.support.Fixtures;
import com.souk.support.SoukIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The cart page: what a buyer adds, changes and removes, kept in the session and grouped by seller. */
@SoukIntegrationTest
class CartPageIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ProductListings listings;

    SoukUser buyer;
    MockHttpSession session;

    @BeforeEach
    void freshBuyer() {
        buyer = fixtures.user(fixtures.newUser(Role.BUYER));
        session = new MockHttpSession();
    }

    @Test
    void anEmptyCartSaysSoAndLinksToTheProducts() throws Exception {
        String html = cartPage();

        assertThat(html).contains("id=\"empty-cart\"").contains("Your cart is empty.").contains("href=\"/products\"")
                .doesNotContain("id=\"to-checkout\"");
    }

    @Test
    void itemsOfTwoSellersAreGroupedBySellerWithTheirTotals() throws Exception {
        Product headphones = fixtures.product("sam", "electronics", 2_500, 5);
        Product cable = fixtures.product("sam", "electronics", 300, 9);
        Product novel = fixtures.product("sara", "books", 1_200, 5);

        add(headphones, "2").andExpect(redirectedUrl("/cart"))
                .andExpect(flash().attribute("notice", "Added 2 × " + headphones.title() + " to your cart."));
        add(cable, "1");
        add(novel, "1");
        String html = cartPage();

        String sam = section(html, "seller-" + fixtures.user("sam").id());
        String sara = section(html, "seller-" + fixtures.user("sara").id());
        assertThat(sam).contains("Sam&#39;s Electronics").contains(headphones.title()).contains(cable.title())
                .contains("€50.00").contains("€53.00").doesNotContain(novel.title());
        assertThat(sara).contains("Sara Home &amp; Books").contains(novel.title()).contains("€12.00");
        assertThat(html).contains("Total: <strong>€65.00</strong>").contains("(4 items)")
                .contains("one order per seller").contains("href=\"/checkout\"");
    }

    @Test
    void addingTheSameProductAgainAddsToItsLine() throws Exception {
        Product p = fixtures.product("sam", "electronics", 1_000, 5);

        add(p, "1");
        add(p, "2");

        assertThat(cartPage()).contains("id=\"quantity-" + p.id() + "\" value=\"3\"").contains("€30.00");
    }

    @Test
    void moreThanInStockIsRefusedWithAMessageOnTheProductPage() throws Exception {
        Product p = fixtures.product("sara", "home", 1_000, 2);
        add(p, "1");

        ResultActions refused = mvc.perform(post("/cart/items").param("productId", String.valueOf(p.id()))
                .param("quantity", "2").session(session).with(user(buyer)).with(csrf()))
                .andExpect(redirectedUrl("/products/" + p.id()))
                .andExpect(flash().attribute("quantityError", "Only 2 in stock and you already have 1 in your cart."));
        String productPage = follow(refused);

        assertThat(productPage).contains("id=\"quantity-error\"")
                .contains("Only 2 in stock and you already have 1 in your cart.").contains("value=\"2\"");
        assertThat(cartPage()).contains("id=\"quantity-" + p.id() + "\" value=\"1\"");
    }

    @Test
    void aQuantityThatIsNoWholeNumberFromOneTo99IsRefused() throws Exception {
        Product p = fixtures.product("sam", "electronics", 1_000, 500);

        for (String wrong : new String[] {"0", "-1", "1.5", "many", "100", ""}) {
            add(p, wrong).andExpect(flash().attribute("quantityError", "Enter a whole number from 1 to 99."));
        }
        assertThat(cartPage()).contains("id=\"empty-cart\"");
    }

    @Test
    void theBuyerChangesTheQuantityOfALine() throws Exception {
        Product p = fixtures.product("sam", "electronics", 1_000, 5);
        add(p, "1");

        follow(mvc.perform(post("/cart/items/" + p.id()).param("quantity", "4").session(session).with(user(buyer))
                .with(csrf())).andExpect(redirectedUrl("/cart")));
        String refused = follow(mvc.perform(post("/cart/items/" + p.id()).param("quantity", "6").session(session)
                .with(user(buyer)).with(csrf())));

        assertThat(refused).contains("<p class=\"problem\" role=\"alert\">" + p.title() + ": Only 5 in stock.</p>");

        assertThat(cartPage()).contains("id=\"quantity-" + p.id() + "\" value=\"4\"").contains("€40.00");
    }

    @Test
    void aRemovedLineCanBePutBackWithUndo() throws Exception {
        Product p = fixtures.product("sara", "books", 800, 5);
        add(p, "3");

        String afterRemoval = follow(mvc.perform(post("/cart/items/" + p.id() + "/removal").session(session)
                .with(user(buyer)).with(csrf())).andExpect(redirectedUrl("/cart")));

        assertThat(afterRemoval).contains("Removed " + p.title() + " from your cart.").contains("id=\"empty-cart\"")
                .contains("id=\"undo-remove\"")
                .contains("name=\"productId\" value=\"" + p.id() + "\"").contains("name=\"quantity\" value=\"3\"")
                .contains("Undo: put 3 × " + p.title() + " back");

        add(p, "3");
        assertThat(cartPage()).contains("id=\"quantity-" + p.id() + "\" value=\"3\"");
    }

    @Test
    void aLineShortOfStockSinceItWasAddedBlocksCheckoutWithAMessage() throws Exception {
        Product p = fixtures.product("sam", "electronics", 1_000, 3);
        add(p, "3");
        setStock(p, 1);

        String html = cartPage();

        assertThat(html).contains("Only 1 left: lower the quantity to check out.").doesNotContain("id=\"to-checkout\"");
    }

    @Test
    void anonymousVisitorsAreSentToLogIn() throws Exception {
        mvc.perform(get("/cart")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("**/login"));
    }

    @Test
    void sellersHaveNoCart() throws Exception {
        mvc.perform(get("/cart").with(user(fixtures.user("sam")))).andExpect(status().isForbidden());
    }

    @Test
    void addingWithoutACsrfTokenIsRefused() throws Exception {
        Product p = fixtures.product("sam", "electronics", 1_000, 5);

        mvc.perform(post("/cart/items").param("productId", String.valueOf(p.id())).param("quantity", "1")
                .session(session).with(user(buyer))).andExpect(status().isForbidden());

        assertThat(cartPage()).contains("id=\"empty-cart\"");
    }

    private ResultActions add(Product p, String quantity) throws Exception {
        ResultActions added = mvc.perform(post("/cart/items").param("productId", String.valueOf(p.id()))
                .param("quantity", quantity).session(session).with(user(buyer)).with(csrf()));
        follow(added);
        return added;
    }

    /** Opens the page a post redirected to, as the browser would, which also uses up its flash messages. */
    private String follow(ResultActions posted) throws Exception {
        String target = posted.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return mvc.perform(get(target).session(session).with(user(buyer))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }

    private String cartPage() throws Exception {
        return mvc.perform(get("/cart").session(session).with(user(buyer))).andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Your cart</h1>")))
                .andReturn().getResponse().getContentAsString();
    }

    private void setStock(Product p, int stock) {
        listings.change(p.sellerId(), p.id(), new ListingChange(null, null, stock));
    }

    /** The HTML of the element with this id, up to its closing section tag. */
    private static String section(String html, String id) {
        int start = html.indexOf("id=\"" + id + "\"");
        assertThat(start).as("section %s on the page", id).isNotNegative();
        return html.substring(start, html.indexOf("</section>", start));
    }
}
