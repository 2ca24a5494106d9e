package org.warroom.platform.db;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;

/**
 * Writes that look first and insert what is missing, when another desk may insert the same row between the look
 * and the insert. The write runs inside a savepoint; on a unique-key violation it is rolled back to the savepoint
 * (on PostgreSQL a failed statement would otherwise abort the whole transaction) and run again, so it looks again and
 * finds the other desk's row. SQL that both engines accept (no MERGE on PostgreSQL 12–14, no ON CONFLICT on H2).
 */
public final class DuplicateKeys {
    static final int ATTEMPTS = 5;

    private DuplicateKeys() {
    }

    /**
     * Looks for what is missing and inserts it, looking again when another transaction inserted some of it first; at
     * most 5 times. Nothing missing: no savepoint, no insert.
     */
    public static <T> void insertMissing(Handle h, String savepoint, Supplier<List<T>> missing, Consumer<List<T>> insert) {
        for (int attempt = 1; ; attempt++) {
            List<T> rows = missing.get();
            if (rows.isEmpty()) {
                return;
            }
            boolean tx = h.isInTransaction();
            if (tx) {
                h.savepoint(savepoint);
            }
            try {
                insert.accept(rows);
                if (tx) {
                    h.releaseSavepoint(savepoint);
                }
                return;
            } catch (JdbiException e) {
                if (tx) {
                    h.rollbackToSavepoint(savepoint);
                }
                if (attempt >= ATTEMPTS || !duplicateKey(e)) {
                    throw e;
                }
            }
        }
    }

    /** A unique-key violation (SQLSTATE 23505 on both engines), anywhere in the causes or a batch's chain. */
    public static boolean duplicateKey(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException s) {
                for (java.sql.SQLException n = s; n != null; n = n.getNextException()) {
                    if ("23505".equals(n.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
