package com.souk.support;

import com.souk.catalog.Product;
import com.souk.catalog.ProductListings;
import com.souk.catalog.ProductListings.NewListing;
import com.souk.catalog.Products;
import com.souk.identity.SoukUser;
import com.souk.identity.Users;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;

/** Test data made through the application's own services: products with known stock, checkout bodies. */
public class Fixtures {

    public static final String GOOD_CARD = "4242424242424242";
    public static final String DECLINED_CARD = "4000000000000002";
    public static final String INSUFFICIENT_FUNDS_CARD = "4000000000009995";

    @Autowired
    private ProductListings listings;

    @Autowired
    private Products products;

    @Autowired
    private Users users;

    @Autowired
    private org.springframework.security.crypto.password.PasswordEncoder passwords;

    /** A new account with password "demo", for tests that need a user with no history (e.g. no past disputes). */
    public String newUser(com.souk.identity.Role role) {
        String username = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        users.create(username, passwords.encode(Api.PASSWORD), "Test " + username, role);
        return username;
    }

    public SoukUser user(String username) {
        return users.byUsername(username).orElseThrow();
    }

    /** A page request (MockMvc) signed in as this user. */
    public org.springframework.test.web.servlet.request.RequestPostProcessor signedIn(String username) {
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .user(user(username));
    }

    /** A fresh product of the given seller with a unique title, so tests never share stock. */
    public Product product(String seller, String category, long priceMinor, int stock) {
        String title = "Test " + category + " " + UUID.randomUUID().toString().substring(0, 8);
        return listings.create(user(seller).id(), new NewListing(title, "made by a test", category, priceMinor, stock));
    }

    public int stockOf(long productId) {
        return products.byId(productId).orElseThrow().stock();
    }

    public static Map<String, Object> checkout(long productId, int quantity, String cardNumber) {
        return checkout(List.of(Map.of("productId", productId, "quantity", quantity)), cardNumber);
    }

    public static Map<String, Object> checkout(List<Map<String, Object>> items, String cardNumber) {
        return Map.of("items", items,
                "shippingAddress", Map.of("name", "Alice Martin", "line1", "1 Harbour Street", "city", "Hamburg",
                        "postalCode", "20095", "country", "DE"),
                "card", Map.of("number", cardNumber, "expiry", "12/35", "cvc", "123"));
    }
}
