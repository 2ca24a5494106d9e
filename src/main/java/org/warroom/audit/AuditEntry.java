package org.warroom.audit;

import java.time.Instant;

/** One row of the audit trail as read back: who did what to which record, when, from which desk, before and after. */
public record AuditEntry(long id, Long seq, Instant at, String actor, String desk, String action, String entity, Long entityId,
                         String before, String after, String hash) {
}
