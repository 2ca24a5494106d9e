package org.warroom.platform.audit;

import java.time.LocalDateTime;

/**
 * The fields of an audit row that its hash covers, as stored: {@code at} is the column's own value (a local date-time,
 * microseconds), so a desk in another time zone computes the same hash.
 */
public record ChainedRow(long seq, LocalDateTime at, String actor, String desk, String action, String entity, Long entityId,
                         String before, String after) {
}
