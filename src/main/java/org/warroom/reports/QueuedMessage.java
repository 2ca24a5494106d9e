package org.warroom.reports;

import java.time.LocalDateTime;
import org.warroom.reports.importers.AuthorKind;

/**
 * A chat message kept for review: its text and author as the chat showed them (a phone author masked), when it was
 * sent, why it is here, and what the operator decided. {@code volunteerId} is set when the author is known.
 */
public record QueuedMessage(long id, Long importId, Long line, String author, AuthorKind authorKind, LocalDateTime sentAt,
                            String text, String reason, Long boothId, QueueStatus status, Long volunteerId, Long reportId) {
}
