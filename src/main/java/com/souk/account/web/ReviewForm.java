package com.souk.account.web;

import java.util.Optional;
import org.springframework.validation.Errors;

/** The order page's review form: stars for the products and for the seller (1 to 5, as radio buttons), optional words. */
public class ReviewForm {

    static final int MAX_TEXT = 2000;

    private String productRating;
    private String sellerRating;
    private String text;

    public String getProductRating() { return productRating; }
    public void setProductRating(String productRating) { this.productRating = productRating; }
    public String getSellerRating() { return sellerRating; }
    public void setSellerRating(String sellerRating) { this.sellerRating = sellerRating; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }

    /** The stars given, or empty with an error beside each field that is wrong. */
    Optional<Stars> validate(Errors errors) {
        Integer product = stars(productRating);
        Integer seller = stars(sellerRating);
        if (product == null) {
            errors.rejectValue("productRating", "invalid", "choose 1 to 5 stars for the product");
        }
        if (seller == null) {
            errors.rejectValue("sellerRating", "invalid", "choose 1 to 5 stars for the seller");
        }
        if (text != null && text.length() > MAX_TEXT) {
            errors.rejectValue("text", "tooLong", "must be at most " + MAX_TEXT + " characters, not " + text.length());
        }
        return errors.hasErrors() ? Optional.empty() : Optional.of(new Stars(product, seller));
    }

    record Stars(int product, int seller) {
    }

    private static Integer stars(String value) {
        try {
            int n = Integer.parseInt(value == null ? "" : value.trim());
            return n >= 1 && n <= 5 ? n : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
