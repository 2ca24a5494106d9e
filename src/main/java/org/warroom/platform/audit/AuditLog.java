package org.warroom.platform.audit;

import java.sql.Timestamp;
import java.time.Clock;
import org.jdbi.v3.core.Handle;

/** Appends audit rows inside the caller's transaction, so a change and its record commit or fail together. */
public final class AuditLog {
    private final Clock clock;

    public AuditLog(Clock clock) {
        this.clock = clock;
    }

    public void record(Handle h, Actor actor, String action, String entity, Long entityId, String before, String after) {
        h.createUpdate("INSERT INTO audit_log (at, actor, desk, action, entity, entity_id, before_value, after_value) "
                        + "VALUES (:at, :actor, :desk, :action, :entity, :id, :before, :after)")
                .bind("at", Timestamp.from(clock.instant()))
                .bind("actor", actor.name())
                .bind("desk", actor.desk())
                .bind("action", action)
                .bind("entity", entity)
                .bind("id", entityId)
                .bind("before", clip(before))
                .bind("after", clip(after))
                .execute();
    }

    /** One audit row of a batch: the same actor and action for many entities. */
    public record Row(String entity, Long entityId, String before, String after) {
    }

    /** Many rows in one batch, in the caller's transaction (a slot's releases, a round of deliveries). */
    public void recordAll(Handle h, Actor actor, String action, java.util.List<Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        var batch = h.prepareBatch("INSERT INTO audit_log (at, actor, desk, action, entity, entity_id, before_value, after_value) "
                + "VALUES (:at, :actor, :desk, :action, :entity, :id, :before, :after)");
        Timestamp at = Timestamp.from(clock.instant());
        for (Row r : rows) {
            batch.bind("at", at).bind("actor", actor.name()).bind("desk", actor.desk()).bind("action", action)
                    .bind("entity", r.entity()).bind("id", r.entityId()).bind("before", clip(r.before()))
                    .bind("after", clip(r.after())).add();
        }
        batch.execute();
    }

    private static String clip(String s) {
        return s == null || s.length() <= 4000 ? s : s.substring(0, 4000);
    }
}
