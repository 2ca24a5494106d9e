package org.warroom.audit.db;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.warroom.audit.AuditEntry;

/**
 * The trail's reads: one WHERE clause built from fixed pieces, every value bound as a parameter (a filter value can
 * only ever be searched for). Newest first by id, in keyset pages: no page reads the rows before it.
 */
public final class AuditQueries {
    static final String COLUMNS = "a.id, a.seq, a.at, a.actor, a.desk, a.action, a.entity, a.entity_id, a.before_value, a.after_value, a.hash";
    /**
     * Rows about records in a unit's subtree: each audited entity that belongs to a unit, and where its unit is kept.
     * A new audited entity with a unit adds its line here.
     */
    static final String IN_UNIT = "(EXISTS (SELECT 1 FROM unit u WHERE u.path LIKE :unitPath ESCAPE '!' AND u.id = CASE "
            + "WHEN a.entity IN ('whatsapp_group', 'booth_feedback', 'plan_feedback') THEN a.entity_id "
            + "WHEN a.entity = 'volunteer' THEN (SELECT v.unit_id FROM volunteer v WHERE v.id = a.entity_id) "
            + "WHEN a.entity = 'broadcast_list' THEN (SELECT b.seat_id FROM broadcast_list b WHERE b.id = a.entity_id) "
            + "WHEN a.entity = 'report' THEN (SELECT r.booth_id FROM report r WHERE r.id = a.entity_id) "
            + "WHEN a.entity = 'review_queue' THEN (SELECT q.booth_id FROM review_queue q WHERE q.id = a.entity_id) END) "
            + "OR (a.entity = 'post' AND EXISTS (SELECT 1 FROM post_target t JOIN unit tu ON tu.id = t.unit_id "
            + "WHERE t.post_id = a.entity_id AND tu.path LIKE :unitPath ESCAPE '!')))";

    private AuditQueries() {
    }

    /** A filter as SQL conditions and their bound values; {@code unitPath} is the unit's path, or null. */
    public record Where(String sql, Map<String, Object> values) {
        public static Where of(String actor, String unitPath, String kind, Instant since, Instant until) {
            List<String> parts = new ArrayList<>();
            Map<String, Object> v = new LinkedHashMap<>();
            if (actor != null) {
                parts.add("LOWER(a.actor) LIKE :actor ESCAPE '!'");
                v.put("actor", "%" + likeEscape(actor.toLowerCase(Locale.ROOT)) + "%");
            }
            if (unitPath != null) {
                parts.add(IN_UNIT);
                v.put("unitPath", likeEscape(unitPath) + "%");
            }
            if (kind != null) {
                parts.add("(UPPER(a.action) = :kind OR UPPER(a.entity) = :kind)");
                v.put("kind", kind.toUpperCase(Locale.ROOT));
            }
            if (since != null) {
                parts.add("a.at >= :since");
                v.put("since", Timestamp.from(since));
            }
            if (until != null) {
                parts.add("a.at < :until");
                v.put("until", Timestamp.from(until));
            }
            return new Where(parts.isEmpty() ? "1 = 1" : String.join(" AND ", parts), v);
        }
    }

    static String likeEscape(String s) {
        return s.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    /** Up to {@code limit} rows, newest first, with ids below {@code beforeId} (null: from the newest). */
    public static List<AuditEntry> page(Handle h, Where w, Long beforeId, int limit) {
        var q = h.createQuery("SELECT " + COLUMNS + " FROM audit_log a WHERE " + w.sql()
                + (beforeId == null ? "" : " AND a.id < :before") + " ORDER BY a.id DESC LIMIT :limit");
        w.values().forEach(q::bind);
        if (beforeId != null) {
            q.bind("before", beforeId);
        }
        return q.bind("limit", limit).map((rs, c) -> entry(rs)).list();
    }

    public static long count(Handle h, Where w) {
        var q = h.createQuery("SELECT COUNT(*) FROM audit_log a WHERE " + w.sql());
        w.values().forEach(q::bind);
        return q.mapTo(Long.class).one();
    }

    static AuditEntry entry(ResultSet rs) throws SQLException {
        Timestamp at = rs.getTimestamp(3);
        return new AuditEntry(rs.getLong(1), (Long) rs.getObject(2, Long.class), at == null ? null : at.toInstant(), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), (Long) rs.getObject(8, Long.class), rs.getString(9), rs.getString(10),
                rs.getString(11));
    }
}
