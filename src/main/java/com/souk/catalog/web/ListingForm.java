package com.souk.catalog.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * What the seller types into the listing form. Price and stock stay text until they pass validation, so a
 * typo gets "enter a price like 19.99" next to the field instead of a conversion error.
 */
public class ListingForm {

    static final String PRICE_PATTERN = "\\d{1,7}([.,]\\d{1,2})?";
    static final long MAX_PRICE_MINOR = 100_000_000;

    @NotBlank(message = "give the product a title", groups = New.class)
    @Size(max = 200, message = "at most 200 characters", groups = New.class)
    private String title;

    @NotBlank(message = "name a category, e.g. electronics", groups = New.class)
    @Size(max = 64, message = "at most 64 characters", groups = New.class)
    private String category;

    @NotBlank(message = "describe the product")
    @Size(max = 5000, message = "at most 5000 characters")
    private String description;

    @NotBlank(message = "enter a price")
    @Pattern(regexp = PRICE_PATTERN, message = "enter a price like 19.99")
    private String price;

    @NotBlank(message = "enter how many you have")
    @Pattern(regexp = "\\d{1,7}", message = "enter a whole number, 0 or more")
    private String stock;

    /** Validation group of the fields only a new listing has. */
    interface New {
    }

    /** The price in minor units; call only once the price has passed validation. */
    long priceMinor() {
        return new BigDecimal(price.replace(',', '.')).movePointRight(2).longValueExact();
    }

    int stockCount() {
        return Integer.parseInt(stock);
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getPrice() { return price; }
    public void setPrice(String price) { this.price = price; }
    public String getStock() { return stock; }
    public void setStock(String stock) { this.stock = stock; }
}
