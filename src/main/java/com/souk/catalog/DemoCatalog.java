package com.souk.catalog;

import com.souk.catalog.ProductListings.NewListing;
import com.souk.identity.Users;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Lists the demo sellers' products once, so that a fresh start has something to buy. */
@Component
@Order(20)
@ConditionalOnProperty(name = "souk.demo-data", havingValue = "true")
class DemoCatalog implements ApplicationRunner {

    private final Users users;
    private final Products products;
    private final ProductListings listings;

    DemoCatalog(Users users, Products products, ProductListings listings) {
        this.users = users;
        this.products = products;
        this.listings = listings;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        users.byUsername("sam").ifPresent(sam -> list(sam.id(), SAM));
        users.byUsername("sara").ifPresent(sara -> list(sara.id(), SARA));
    }

    private void list(long sellerId, List<NewListing> items) {
        items.stream().filter(item -> !products.existsWithTitle(sellerId, item.title()))
                .forEach(item -> listings.create(sellerId, item));
    }

    private static NewListing item(String category, String title, long priceMinor, int stock, String description) {
        return new NewListing(title, description, category, priceMinor, stock);
    }

    private static final List<NewListing> SAM = List.of(
            item("electronics", "Noise-cancelling headphones", 19_900, 40, "Over-ear, 30 h battery, USB-C charging."),
            item("electronics", "Mechanical keyboard", 8_950, 25, "Tenkeyless, hot-swappable brown switches."),
            item("electronics", "27-inch 4K monitor", 32_900, 12, "IPS panel, 60 Hz, USB-C with 65 W power delivery."),
            item("electronics", "Wireless mouse", 2_990, 80, "Silent clicks, two-year battery life."),
            item("electronics", "Portable SSD 1 TB", 10_900, 30, "USB 3.2, 1 050 MB/s, shock resistant."),
            item("electronics", "Smartwatch", 14_900, 20, "Heart rate, GPS, five-day battery."),
            item("electronics", "Bluetooth speaker", 5_490, 35, "Waterproof IP67, 12 h of music."),
            item("electronics", "USB-C charger 65 W", 3_490, 100, "GaN, two ports, foldable plug."),
            item("electronics", "E-reader", 12_990, 15, "6-inch glare-free screen, warm light."),
            item("electronics", "Webcam 1080p", 4_990, 45, "Autofocus, stereo microphones, privacy shutter."),
            item("fashion", "Leather wallet", 3_900, 50, "Full-grain leather, eight card slots."),
            item("fashion", "Running shoes", 8_990, 30, "Lightweight mesh, cushioned sole."),
            item("fashion", "Wool scarf", 2_950, 60, "Merino wool, 180 cm."),
            item("fashion", "Denim jacket", 6_990, 18, "Classic fit, stonewashed."),
            item("fashion", "Sunglasses", 4_500, 40, "Polarised lenses, UV400."),
            item("home", "Espresso machine", 24_900, 8, "15 bar pump, milk frother."),
            item("home", "Chef's knife", 5_900, 25, "20 cm, German steel."));

    private static final List<NewListing> SARA = List.of(
            item("books", "The Pragmatic Programmer", 3_990, 40, "20th anniversary edition, hardcover."),
            item("books", "Domain-Driven Design", 5_490, 20, "Tackling complexity in the heart of software."),
            item("books", "Designing Data-Intensive Applications", 4_790, 25, "Reliable, scalable systems."),
            item("books", "Clean Architecture", 3_290, 30, "A craftsman's guide to software structure."),
            item("books", "Refactoring", 4_490, 22, "Improving the design of existing code, second edition."),
            item("books", "Cookbook: Flavours of the Levant", 2_990, 35, "120 recipes from the eastern Mediterranean."),
            item("books", "Atlas of Remote Islands", 2_490, 12, "Fifty islands I have never set foot on."),
            item("furniture", "Oak bookshelf", 18_900, 6, "Solid oak, five shelves, 180 x 80 cm."),
            item("furniture", "Standing desk", 39_900, 5, "Electric, memory presets, 140 x 70 cm."),
            item("furniture", "Reading armchair", 29_900, 4, "Linen upholstery, beech legs."),
            item("furniture", "Bedside table", 7_900, 14, "Walnut veneer, one drawer."),
            item("home", "Ceramic vase", 3_450, 30, "Hand-glazed, 25 cm."),
            item("home", "Linen bedding set", 8_900, 16, "Stonewashed linen, double."),
            item("home", "Cast-iron pot", 9_900, 10, "Enamelled, 5 litres."),
            item("home", "Desk lamp", 4_990, 28, "Dimmable LED, adjustable arm."));
}
