package org.warroom.platform.audit;

import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The audit chain's one-time set-up on a database migrated to it (V008): the append-only guard is created and the
 * rows written before the chain are sealed into it, oldest first. Run at every open (one small query when done) and,
 * as a fallback, by the first append. Safe with two processes: the sealing holds the chain's head lock and checks
 * again under it; the guard is created only when missing.
 */
public final class AuditSetup {
    private static final Logger LOG = LoggerFactory.getLogger(AuditSetup.class);
    /** The guard's name on both engines. */
    public static final String GUARD = "audit_log_append_only";
    private static final int BATCH = 1000;

    private AuditSetup() {
    }

    /** Completes the set-up if a migration left it to do; does nothing (one query) otherwise. */
    public static void prepare(Jdbi jdbi, boolean h2) {
        Long pending = jdbi.withHandle(h -> h.createQuery("SELECT legacy_upto FROM audit_head WHERE id = 1")
                .mapTo(Long.class).findOne().orElse(null));
        if (pending == null) {
            return;
        }
        jdbi.useHandle(h -> createGuard(h, h2));
        jdbi.useTransaction(h -> {
            AuditLog.Head head = AuditLog.Head.lock(h);
            if (head.legacyUpto() != null) {
                sealLegacy(h, head);
            }
        });
    }

    /** Whether the append-only guard (a trigger) is on audit_log. */
    public static boolean guardPresent(Handle h) {
        return h.createQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TRIGGERS WHERE LOWER(TRIGGER_NAME) = :n")
                .bind("n", GUARD).mapTo(Long.class).one() > 0;
    }

    private static void createGuard(Handle h, boolean h2) {
        if (guardPresent(h)) {
            return;
        }
        try (Statement st = h.getConnection().createStatement()) {
            if (h2) {
                st.execute("CREATE TRIGGER IF NOT EXISTS " + GUARD + " BEFORE UPDATE, DELETE ON audit_log FOR EACH ROW CALL '"
                        + AppendOnlyTrigger.class.getName() + "'");
            } else {
                for (String sql : POSTGRES_GUARD) {
                    st.execute(sql);
                }
            }
        } catch (SQLException e) {
            // another process may have created it a moment ago
            if (!guardPresent(h)) {
                throw new IllegalStateException("Could not protect the audit log against changes: " + e.getMessage(), e);
            }
        }
    }

    /** PostgreSQL: the same rule as {@link AppendOnlyTrigger}, in PL/pgSQL; TRUNCATE is refused too. */
    private static final List<String> POSTGRES_GUARD = List.of("""
            CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              IF TG_OP = 'UPDATE' THEN
                IF OLD.seq IS NULL AND NEW.seq IS NOT NULL
                   AND ROW(NEW.id, NEW.at, NEW.actor, NEW.desk, NEW.action, NEW.entity, NEW.entity_id, NEW.before_value,
                           NEW.after_value) IS NOT DISTINCT FROM
                       ROW(OLD.id, OLD.at, OLD.actor, OLD.desk, OLD.action, OLD.entity, OLD.entity_id, OLD.before_value,
                           OLD.after_value) THEN
                  RETURN NEW;
                END IF;
              END IF;
              RAISE EXCEPTION 'audit_log is append-only: its rows are never changed or deleted';
            END $$""",
            "DROP TRIGGER IF EXISTS " + GUARD + " ON audit_log",
            "CREATE TRIGGER " + GUARD + " BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()",
            "DROP TRIGGER IF EXISTS audit_log_no_truncate ON audit_log",
            "CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()");

    /**
     * Seals the rows written before the chain (seq NULL, id up to legacy_upto) into it in id order, in the caller's
     * transaction, which holds the head lock; returns the new head.
     */
    static AuditLog.Head sealLegacy(Handle h, AuditLog.Head head) {
        long seq = head.seq();
        String hash = head.hash();
        long sealed = 0;
        for (long after = 0; ; ) {
            List<Legacy> batch = h.createQuery("SELECT id, at, actor, desk, action, entity, entity_id, before_value, after_value "
                            + "FROM audit_log WHERE seq IS NULL AND id > :after AND id <= :upto ORDER BY id LIMIT " + BATCH)
                    .bind("after", after).bind("upto", head.legacyUpto())
                    .map((rs, c) -> new Legacy(rs.getLong(1), rs.getObject(2, LocalDateTime.class), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), (Long) rs.getObject(7, Long.class), rs.getString(8), rs.getString(9)))
                    .list();
            for (Legacy r : batch) {
                seq++;
                hash = AuditChain.hash(hash, new ChainedRow(seq, r.at, r.actor, r.desk, r.action, r.entity, r.entityId, r.before, r.after));
                h.createUpdate("UPDATE audit_log SET seq = :seq, hash = :hash WHERE id = :id AND seq IS NULL")
                        .bind("seq", seq).bind("hash", hash).bind("id", r.id).execute();
                after = r.id;
                sealed++;
            }
            if (batch.size() < BATCH) {
                break;
            }
        }
        h.createUpdate("UPDATE audit_head SET seq = :seq, hash = :hash, legacy_upto = NULL WHERE id = 1")
                .bind("seq", seq).bind("hash", hash).execute();
        LOG.info("audit chain: {} earlier rows sealed into it", sealed);
        return new AuditLog.Head(seq, hash, null);
    }

    private record Legacy(long id, LocalDateTime at, String actor, String desk, String action, String entity, Long entityId,
                          String before, String after) {
    }
}
