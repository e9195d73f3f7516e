package com.souk.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.souk.catalog.Product;
import com.souk.catalog.Products;
import com.souk.identity.Role;
import com.souk.support.Fixtures;
import com.souk.support.SoukIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The seller's listings pages: own products only, paging, creating and changing with messages next to fields. */
@SoukIntegrationTest
class SellerListingsPageIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Products products;

    private RequestPostProcessor as(String username) {
        return user(fixtures.user(username));
    }

    @Test
    void welcomesASellerWithoutListingsWithAnEmptyState() throws Exception {
        String seller = fixtures.newUser(Role.SELLER);
        mvc.perform(get("/seller/listings").with(as(seller)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("You have not listed anything yet")))
                .andExpect(content().string(not(containsString("id=\"listings\""))));
    }

    @Test
    void listsOnlyTheSellersOwnProductsTwentyToAPage() throws Exception {
        String seller = fixtures.newUser(Role.SELLER);
        Product first = fixtures.product(seller, "books", 1_250, 3);
        for (int i = 0; i < 20; i++) {
            fixtures.product(seller, "books", 500, 1);
        }
        Product others = fixtures.product("sam", "books", 999, 1);

        String page0 = mvc.perform(get("/seller/listings").with(as(seller)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page0).contains("21 product(s) listed").contains("Page 1 of 2").contains("/seller/listings?page=1")
                .doesNotContain(others.title()).doesNotContain(first.title());
        assertThat(page0.split("id=\"listing-", -1)).hasSize(21);

        mvc.perform(get("/seller/listings").param("page", "1").with(as(seller)))
                .andExpect(content().string(containsString(first.title())))
                .andExpect(content().string(containsString("€12.50")))
                .andExpect(content().string(containsString("/seller/listings/" + first.id() + "/edit")));
    }

    @Test
    void listsANewProductAndSaysSo() throws Exception {
        String seller = fixtures.newUser(Role.SELLER);
        mvc.perform(post("/seller/listings").with(as(seller)).with(csrf())
                        .param("title", "Walnut desk lamp").param("category", "Home").param("price", "39.90")
                        .param("stock", "4").param("description", "Warm light, <em>solid</em> walnut."))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/seller/listings"))
                .andExpect(flash().attribute("notice", "Listed “Walnut desk lamp”."));

        Product created = products.ofSeller(fixtures.user(seller).id(), 0, 5).get(0);
        assertThat(created.title()).isEqualTo("Walnut desk lamp");
        assertThat(created.price().amountMinor()).isEqualTo(3_990);
        assertThat(created.category()).isEqualTo("home");
        assertThat(created.stock()).isEqualTo(4);
        mvc.perform(get("/seller/listings").with(as(seller)))
                .andExpect(content().string(containsString("Walnut desk lamp")));
    }

    @Test
    void showsWhatIsWrongNextToEachFieldAndListsNothing() throws Exception {
        String seller = fixtures.newUser(Role.SELLER);
        mvc.perform(post("/seller/listings").with(as(seller)).with(csrf())
                        .param("title", " ").param("category", "home").param("price", "12,999")
                        .param("stock", "-1").param("description", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Please correct the fields marked below.")))
                .andExpect(content().string(containsString("give the product a title")))
                .andExpect(content().string(containsString("enter a price like 19.99")))
                .andExpect(content().string(containsString("enter a whole number, 0 or more")))
                .andExpect(content().string(containsString("describe the product")))
                .andExpect(content().string(containsString("value=\"12,999\"")));
        mvc.perform(post("/seller/listings").with(as(seller)).with(csrf())
                        .param("title", "Free lunch").param("category", "home").param("price", "0.00")
                        .param("stock", "1").param("description", "Nothing"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("the price must be more than 0")));
        assertThat(products.countOfSeller(fixtures.user(seller).id())).isZero();
    }

    @Test
    void refusesASecondListingWithTheSameTitleNextToTheTitle() throws Exception {
        String seller = fixtures.newUser(Role.SELLER);
        Product existing = fixtures.product(seller, "home", 1_000, 1);
        mvc.perform(post("/seller/listings").with(as(seller)).with(csrf())
                        .param("title", existing.title()).param("category", "home").param("price", "10")
                        .param("stock", "1").param("description", "again"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("You already list a product titled")));
        assertThat(products.countOfSeller(fixtures.user(seller).id())).isEqualTo(1);
    }

    @Test
    void changesPriceStockAndDescriptionOfAnOwnListing() throws Exception {
        String seller = fixtures.newUser(Role.SELLER);
        Product product = fixtures.product(seller, "home", 1_000, 1);
        mvc.perform(get("/seller/listings/" + product.id() + "/edit").with(as(seller)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"10.00\"")));

        mvc.perform(post("/seller/listings/" + product.id()).with(as(seller)).with(csrf())
                        .param("price", "8.5").param("stock", "12").param("description", "Now cheaper"))
                .andExpect(redirectedUrl("/seller/listings"))
                .andExpect(flash().attribute("notice", "Saved “" + product.title() + "”."));
        Product changed = products.byId(product.id()).orElseThrow();
        assertThat(changed.price().amountMinor()).isEqualTo(850);
        assertThat(changed.stock()).isEqualTo(12);
        assertThat(changed.description()).isEqualTo("Now cheaper");

        mvc.perform(post("/seller/listings/" + product.id()).with(as(seller)).with(csrf())
                        .param("price", "").param("stock", "lots").param("description", "x"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("enter a price")))
                .andExpect(content().string(containsString("enter a whole number, 0 or more")));
        assertThat(products.byId(product.id()).orElseThrow().stock()).isEqualTo(12);
    }

    @Test
    void answersNotFoundForAnotherSellersListing() throws Exception {
        Product sams = fixtures.product("sam", "home", 1_000, 1);
        mvc.perform(get("/seller/listings/" + sams.id() + "/edit").with(as("sara")))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("You have no product " + sams.id())));
        mvc.perform(post("/seller/listings/" + sams.id()).with(as("sara")).with(csrf())
                        .param("price", "1.00").param("stock", "0").param("description", "mine now"))
                .andExpect(status().isNotFound());
        assertThat(products.byId(sams.id()).orElseThrow().price().amountMinor()).isEqualTo(1_000);
    }

    @Test
    void keepsBuyersAndAgentsOutOfTheSellerCentre() throws Exception {
        mvc.perform(get("/seller/listings").with(as("alice"))).andExpect(status().isForbidden());
        mvc.perform(get("/seller/orders").with(as("alice"))).andExpect(status().isForbidden());
        mvc.perform(get("/seller/payouts").with(as("ada"))).andExpect(status().isForbidden());
        mvc.perform(post("/seller/listings").with(as("alice")).with(csrf()).param("title", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/seller/listings")).andExpect(status().isFound())
                .andExpect(redirectedUrl("http://localhost/login"));
    }

    @Test
    void refusesAFormPostWithoutTheCsrfToken() throws Exception {
        String seller = fixtures.newUser(Role.SELLER);
        mvc.perform(post("/seller/listings").with(as(seller))
                        .param("title", "No token").param("category", "home").param("price", "1")
                        .param("stock", "1").param("description", "x"))
                .andExpect(status().isForbidden());
        assertThat(products.countOfSeller(fixtures.user(seller).id())).isZero();
    }
}
