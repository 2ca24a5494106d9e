package org.warroom.reports.db;

import java.time.LocalDateTime;

/** A review-queue row as stored. */
public record QueueRow(long id, String sourceKey, Long importId, Long line, String author, String authorKind,
                       LocalDateTime sentAt, String text, String reason, Long boothId, String status, Long volunteerId,
                       Long reportId) {
}
