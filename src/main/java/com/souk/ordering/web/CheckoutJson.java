package com.souk.ordering.web;

import com.souk.ordering.PlaceOrder;
import com.souk.ordering.ShippingAddress;
import com.souk.payment.CardDetails;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;

/** The body of POST /api/orders. */
record CheckoutJson(@NotEmpty(message = "must hold at least one item") @Size(max = 50) List<@Valid @NotNull ItemJson> items,
        @NotNull @Valid AddressJson shippingAddress, @NotNull @Valid CardJson card) {

    record ItemJson(@NotNull Long productId, @NotNull @Min(1) @Max(99) Integer quantity) {
    }

    record AddressJson(@NotBlank @Size(max = 120) String name, @NotBlank @Size(max = 200) String line1,
            @NotBlank @Size(max = 120) String city, @NotBlank @Size(max = 20) String postalCode,
            @NotBlank @Pattern(regexp = "[A-Za-z]{2}", message = "must be a two-letter country code") String country) {
    }

    record CardJson(@NotBlank String number, @NotBlank String expiry, @NotBlank String cvc) {
    }

    PlaceOrder.Checkout toCheckout() {
        return new PlaceOrder.Checkout(
                items.stream().map(i -> new PlaceOrder.Line(i.productId(), i.quantity())).toList(),
                new ShippingAddress(shippingAddress.name().trim(), shippingAddress.line1().trim(),
                        shippingAddress.city().trim(), shippingAddress.postalCode().trim(),
                        shippingAddress.country().toUpperCase(Locale.ROOT)),
                new CardDetails(card.number(), card.expiry(), card.cvc()));
    }
}
