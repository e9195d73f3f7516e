package com.souk.messaging;

import java.util.List;

/** A page of one conversation, oldest message first; {@code conversation} is null while nobody has written yet. */
public record MessagePage(Conversation conversation, List<Message> content, int page, int size, long totalElements) {

    public int totalPages() {
        return (int) ((totalElements + size - 1) / size);
    }
}
