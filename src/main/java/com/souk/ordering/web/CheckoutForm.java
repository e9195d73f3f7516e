package com.souk.ordering.web;

import java.util.List;

/**
 * The checkout page's form: the same shipping address and card fields as the API's CheckoutJson, under the
 * same names (shippingAddress.name, card.number), so the API's rules and the gateway's field errors land
 * next to the right input. The idempotency key is made when the form is shown and travels in a hidden field.
 */
public class CheckoutForm {

    private Address shippingAddress = new Address();
    private Card card = new Card();
    private String idempotencyKey;

    /** Where the goods go. */
    public static class Address {
        private String name;
        private String line1;
        private String city;
        private String postalCode;
        private String country;

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getLine1() { return line1; }
        public void setLine1(String line1) { this.line1 = line1; }
        public String getCity() { return city; }
        public void setCity(String city) { this.city = city; }
        public String getPostalCode() { return postalCode; }
        public void setPostalCode(String postalCode) { this.postalCode = postalCode; }
        public String getCountry() { return country; }
        public void setCountry(String country) { this.country = country; }
    }

    /** The card as typed; it goes to the gateway and is never stored. */
    public static class Card {
        private String number;
        private String expiry;
        private String cvc;

        public String getNumber() { return number; }
        public void setNumber(String number) { this.number = number; }
        public String getExpiry() { return expiry; }
        public void setExpiry(String expiry) { this.expiry = expiry; }
        public String getCvc() { return cvc; }
        public void setCvc(String cvc) { this.cvc = cvc; }
    }

    public Address getShippingAddress() { return shippingAddress; }
    public void setShippingAddress(Address shippingAddress) { this.shippingAddress = shippingAddress; }
    public Card getCard() { return card; }
    public void setCard(Card card) { this.card = card; }
    public String getIdempotencyKey() { return idempotencyKey; }
    public void setIdempotencyKey(String idempotencyKey) { this.idempotencyKey = idempotencyKey; }

    /** The API's request body for these items with this address and card, to be checked by the API's rules. */
    CheckoutJson toJson(List<CheckoutJson.ItemJson> items) {
        return new CheckoutJson(items,
                new CheckoutJson.AddressJson(shippingAddress.name, shippingAddress.line1, shippingAddress.city,
                        shippingAddress.postalCode, shippingAddress.country),
                new CheckoutJson.CardJson(card.number, card.expiry, card.cvc));
    }
}
