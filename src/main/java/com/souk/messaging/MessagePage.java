package com.souk.messaging;

import java.util.List;
import java.util.function.IntFunction;

/** A page of one conversation, oldest message first; {@code conversation} is null while nobody has written yet. */
public record MessagePage(Conversation conversation, List<Message> content, int page, int size, long totalElements) {

    public int totalPages() {
        return (int) ((totalElements + size - 1) / size);
    }

    /**
     * The requested page, or without one (null) the newest, which is where a page opens a conversation: the
     * latest messages, oldest of them first. It reads page 0 first to learn how many pages there are.
     */
    public static MessagePage requestedOrNewest(Integer page, IntFunction<MessagePage> read) {
        MessagePage first = read.apply(page == null ? 0 : page);
        if (page == null && first.totalPages() > 1) {
            return read.apply(first.totalPages() - 1);
        }
        return first;
    }
}
