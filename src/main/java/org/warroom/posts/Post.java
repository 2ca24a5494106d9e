package org.warroom.posts;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One post as stored: its text, category, author, where it is in the workflow and its slot. {@code slotDate} and
 * {@code slotNo} are the slot it is planned for (set by the writer or a schedule file, fixed by scheduling);
 * {@code scheduledAt} is the moment it goes out, set only while it is SCHEDULED or RELEASED.
 * {@code editorId} is who saved the current text last.
 */
public record Post(long id, String title, String bodyHi, String bodyEn, String category, long authorId, long editorId,
                   PostStatus status, LocalDate slotDate, Integer slotNo, Instant scheduledAt, Instant releasedAt,
                   boolean paid, String precertNo, LocalDate precertDate, int version, Instant createdAt,
                   Instant updatedAt) {
}
