package com.souk.shipping;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The carriers whose public tracking page Souk can link a tracking number to, by the name a seller types (case and
 * spaces do not matter). Any other carrier's number is shown without a link.
 */
final class Carriers {

    private static final Map<String, String> TRACKING_PAGES = Map.of(
            "dhl", "https://www.dhl.com/global-en/home/tracking/tracking-parcel.html?submit=1&tracking-id=",
            "ups", "https://www.ups.com/track?tracknum=",
            "fedex", "https://www.fedex.com/fedextrack/?trknbr=",
            "usps", "https://tools.usps.com/go/TrackConfirmAction?tLabels=");

    private Carriers() {
    }

    static Optional<String> trackingUrl(String carrier, String trackingNumber) {
        if (carrier == null || trackingNumber == null || trackingNumber.isBlank()) {
            return Optional.empty();
        }
        String key = carrier.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
        return Optional.ofNullable(TRACKING_PAGES.get(key))
                .map(page -> page + URLEncoder.encode(trackingNumber.strip(), StandardCharsets.UTF_8));
    }
}
