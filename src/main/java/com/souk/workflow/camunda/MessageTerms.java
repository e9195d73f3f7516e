package com.souk.workflow.camunda;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * How long the cluster keeps each message for an instance that is not waiting for it yet, and the id that makes a
 * repeated publication of the same message a no-op.
 *
 * <p>Souk publishes a message only after the aggregate it belongs to accepted the change (an order ships only when
 * it awaits shipment; a seller answers only a dispute awaiting them), so a message that finds no waiting instance is
 * one that arrived while the process was still on its way to the catch event, for example between the payment job
 * completing and the process entering "wait for shipment". The time to live covers that gap with room to spare;
 * it is not a second chance for a message the process can no longer take.
 */
final class MessageTerms {

    /** Messages by name: the buyer's and seller's actions in bpmn/purchase.bpmn. */
    private static final Map<String, Duration> TIME_TO_LIVE = Map.of(
            "OrderShipped", Duration.ofHours(1),
            "OrderCancelled", Duration.ofHours(1),
            "DeliveryConfirmed", Duration.ofHours(1),
            "ProtectionExtended", Duration.ofHours(1),
            "DisputeOpened", Duration.ofHours(1),
            "SellerResponded", Duration.ofMinutes(30),
            "BuyerAnswered", Duration.ofMinutes(30));

    static final Duration DEFAULT_TIME_TO_LIVE = Duration.ofMinutes(10);

    private MessageTerms() {
    }

    static Duration timeToLive(String messageName) {
        return TIME_TO_LIVE.getOrDefault(messageName, DEFAULT_TIME_TO_LIVE);
    }

    /**
     * The same message, key and variables make the same id: a request sent again (a client's retry, a job run twice)
     * is dropped by the cluster while the first is kept. Two different answers have different ids.
     */
    static String messageId(String messageName, String correlationKey, Map<String, Object> variables) {
        String canonical = new TreeMap<>(variables).toString();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8));
            return messageName + ":" + correlationKey + ":" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
