package com.souk.messaging;

import java.time.Instant;

/**
 * One message, its text exactly as the sender wrote it (escaping it is the job of whatever shows it), and
 * whether the conversation's buyer or its seller wrote it.
 */
public record Message(long id, long conversationId, long senderId, boolean fromBuyer, String text, Instant sentAt) {
}
