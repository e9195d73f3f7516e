package com.souk.ordering;

/** Where the buyer wants the goods. */
public record ShippingAddress(String name, String line1, String city, String postalCode, String country) {
}
