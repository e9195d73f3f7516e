package com.souk.ordering;

/** Where the buyer wants the goods. */
@jakarta.persistence.Embeddable
public record ShippingAddress(String name, String line1, String city, String postalCode, String country) {
}
