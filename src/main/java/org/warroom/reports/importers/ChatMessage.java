package org.warroom.reports.importers;

import java.time.LocalDateTime;

/**
 * One entry of a WhatsApp chat export, as the phone wrote it (its local time, no zone).
 * {@code line} is the physical line its header is on (line 1 is the first). {@code author} and {@code authorKind}
 * are null when the line names nobody (most system notices); on iOS a system notice carries the group's name as
 * author. {@code text} keeps the message's own newlines; a trailing "&lt;This message was edited&gt;" is removed
 * and shown by {@code edited}.
 */
public record ChatMessage(long line, LocalDateTime at, String author, AuthorKind authorKind, String text,
                          MessageKind kind, boolean edited) {
}
