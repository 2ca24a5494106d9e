package org.warroom.audit.db;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Keeps {@code audit_unit} up to date: for each audit row about a record that belongs to a unit, a row for that unit
 * and each unit above it (read off {@code unit.path}, which lists them), so a unit's subtree is one range of the
 * index. Filled as the trail is read, in steps of {@value #STEP} audit rows, each in its own transaction that holds
 * {@code audit_unit_mark}'s row lock, so desks reading at once never index a row twice; a write pays nothing. Audit
 * ids are given out while the chain's head is locked and so commit in order: everything up to the mark is final.
 */
public final class AuditUnitIndex {
    static final int STEP = 20_000;
    /**
     * Each audited kind of record that belongs to a unit, and how to reach the unit's path from its audit row (a
     * post has several: its targets). A new audited entity with a unit adds its line here.
     */
    private static final String ROWS = String.join(" UNION ALL ",
            rows("JOIN unit u ON u.id = a.entity_id", "a.entity IN ('whatsapp_group', 'booth_feedback', 'plan_feedback')"),
            rows("JOIN volunteer v ON v.id = a.entity_id JOIN unit u ON u.id = v.unit_id", "a.entity = 'volunteer'"),
            rows("JOIN broadcast_list b ON b.id = a.entity_id JOIN unit u ON u.id = b.seat_id", "a.entity = 'broadcast_list'"),
            rows("JOIN report r ON r.id = a.entity_id JOIN unit u ON u.id = r.booth_id", "a.entity = 'report'"),
            rows("JOIN review_queue q ON q.id = a.entity_id JOIN unit u ON u.id = q.booth_id", "a.entity = 'review_queue'"),
            rows("JOIN post_target t ON t.post_id = a.entity_id JOIN unit u ON u.id = t.unit_id", "a.entity = 'post'"));

    private static String rows(String joins, String which) {
        return "SELECT a.id, u.path FROM audit_log a " + joins + " WHERE " + which + " AND a.id > :from AND a.id <= :to";
    }

    private AuditUnitIndex() {
    }

    /** Indexes every audit row written since the last time; returns how many audit rows were looked at. */
    public static long catchUp(Jdbi jdbi) {
        long[] ends = jdbi.withHandle(h -> new long[] {mark(h), h.createQuery("SELECT COALESCE(MAX(id), 0) FROM audit_log")
                .mapTo(Long.class).one()});
        long seen = 0;
        if (ends[0] >= ends[1]) {
            return 0; // the usual case: nothing new, and no lock taken
        }
        while (true) {
            long[] step = jdbi.inTransaction(h -> step(h, ends[1]));
            seen += step[0];
            if (step[1] >= ends[1]) {
                return seen;
            }
        }
    }

    private static long mark(Handle h) {
        return h.createQuery("SELECT upto FROM audit_unit_mark WHERE id = 1").mapTo(Long.class).one();
    }

    /** One step under the mark's lock: {rows looked at, the mark after it}. */
    private static long[] step(Handle h, long max) {
        h.execute("UPDATE audit_unit_mark SET upto = upto WHERE id = 1");
        long from = mark(h); // another desk may have moved it while this one waited for the lock
        if (from >= max) {
            return new long[] {0, from};
        }
        long to = Math.min(max, from + STEP);
        Map<Long, Set<Long>> units = new HashMap<>();
        h.createQuery(ROWS).bind("from", from).bind("to", to).map((rs, c) -> Map.entry(rs.getLong(1), rs.getString(2)))
                .forEach(e -> units.computeIfAbsent(e.getKey(), k -> new LinkedHashSet<>()).addAll(ancestors(e.getValue())));
        // plain JDBC: a step writes about 140,000 index rows, and Jdbi's binding by name cost twice the insert itself
        try (PreparedStatement ps = h.getConnection().prepareStatement("INSERT INTO audit_unit (unit_id, audit_id) VALUES (?, ?)")) {
            for (Map.Entry<Long, Set<Long>> e : units.entrySet()) {
                for (long u : e.getValue()) {
                    ps.setLong(1, u);
                    ps.setLong(2, e.getKey());
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not index the audit trail by unit: " + e.getMessage(), e);
        }
        h.createUpdate("UPDATE audit_unit_mark SET upto = :to WHERE id = 1").bind("to", to).execute();
        return new long[] {to - from, to};
    }

    /** The ids in a unit's path ("/1/3/17/"): the unit and every unit above it. */
    static Set<Long> ancestors(String path) {
        Set<Long> ids = new LinkedHashSet<>();
        if (path != null) {
            for (String p : path.split("/")) {
                if (!p.isEmpty()) {
                    ids.add(Long.parseLong(p));
                }
            }
        }
        return ids;
    }
}
