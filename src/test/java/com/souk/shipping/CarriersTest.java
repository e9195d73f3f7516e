package com.souk.shipping;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CarriersTest {

    @Test
    void knownCarriersLinkToTheirTrackingPageWithTheNumberEncoded() {
        assertThat(Carriers.trackingUrl(" D H L ", " JD0146 0000 ")).contains(
                "https://www.dhl.com/global-en/home/tracking/tracking-parcel.html?submit=1&tracking-id=JD0146+0000");
        assertThat(Carriers.trackingUrl("ups", "1Z&999")).contains("https://www.ups.com/track?tracknum=1Z%26999");
        assertThat(Carriers.trackingUrl("FedEx", "7777")).contains("https://www.fedex.com/fedextrack/?trknbr=7777");
        assertThat(Carriers.trackingUrl("USPS", "9400")).contains(
                "https://tools.usps.com/go/TrackConfirmAction?tLabels=9400");
    }

    @Test
    void anUnknownCarrierOrNoNumberHasNoLink() {
        assertThat(Carriers.trackingUrl("Camel Express", "C-1")).isEmpty();
        assertThat(Carriers.trackingUrl("DHL", " ")).isEmpty();
        assertThat(Shipment.of(1, "Camel Express", "C-1", Instant.now()).trackingUrl()).isNull();
        assertThat(Shipment.of(1, "DHL", "JD1", Instant.now()).trackingUrl()).endsWith("tracking-id=JD1");
    }
}
