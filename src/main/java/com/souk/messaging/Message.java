package com.souk.messaging;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One message, its text exactly as the sender wrote it (escaping it is the job of whatever shows it), and
 * whether the conversation's buyer or its seller wrote it (table messages). Made by {@link Conversation#post} and
 * never changed. Its conversation is loaded with it wherever messages are read ({@link Messages}).
 */
@Entity
@Table(name = "messages")
public class Message {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "conversation_id", updatable = false)
    private Conversation conversation;

    @Column(name = "sender_id", updatable = false)
    private long senderId;

    @Column(name = "body", updatable = false)
    private String text;

    @Column(name = "sent_at", updatable = false)
    private Instant sentAt;

    protected Message() {
    }

    Message(Conversation conversation, long senderId, String text, Instant sentAt) {
        this.conversation = conversation;
        this.senderId = senderId;
        this.text = text;
        this.sentAt = sentAt;
    }

    public long id() {
        return id;
    }

    public long conversationId() {
        return conversation.id();
    }

    public long senderId() {
        return senderId;
    }

    public boolean fromBuyer() {
        return senderId == conversation.buyerId();
    }

    public String text() {
        return text;
    }

    public Instant sentAt() {
        return sentAt;
    }
}
