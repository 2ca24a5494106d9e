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
 * only ever be searched for). Newest first by id, in keyset pages: no page reads the rows before it. A unit filter
 * reads {@link AuditUnitIndex}'s table, which the caller brings up to date first.
 */
public final class AuditQueries {
    static final String COLUMNS = "a.id, a.seq, a.at, a.actor, a.desk, a.action, a.entity, a.entity_id, a.before_value, a.after_value, a.hash";
    private AuditQueries() {
    }

    /**
     * A filter as SQL: the tables read, the conditions and their bound values, and the id column that orders the
     * pages. With a unit, the rows come from the unit's range of {@code audit_unit}'s index, newest first, so a
     * page reads a page of index entries and never scans the trail.
     */
    public record Where(String from, String sql, String id, Map<String, Object> values) {
        public static Where of(String actor, Long unitId, String kind, Instant since, Instant until) {
            List<String> parts = new ArrayList<>();
            Map<String, Object> v = new LinkedHashMap<>();
            if (actor != null) {
                parts.add("LOWER(a.actor) LIKE :actor ESCAPE '!'");
                v.put("actor", "%" + likeEscape(actor.toLowerCase(Locale.ROOT)) + "%");
            }
            if (unitId != null) {
                parts.add("x.unit_id = :unitId");
                v.put("unitId", unitId);
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
            return new Where(unitId == null ? "audit_log a" : "audit_unit x JOIN audit_log a ON a.id = x.audit_id",
                    parts.isEmpty() ? "1 = 1" : String.join(" AND ", parts), unitId == null ? "a.id" : "x.audit_id", v);
        }

        /** The order of the pages: newest first; within a unit, the index's own order (unit, then newest). */
        String order() {
            return from.startsWith("audit_unit") ? "x.unit_id, x.audit_id DESC" : "a.id DESC";
        }
    }

    static String likeEscape(String s) {
        return s.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    /** Up to {@code limit} rows, newest first, with ids below {@code beforeId} (null: from the newest). */
    public static List<AuditEntry> page(Handle h, Where w, Long beforeId, int limit) {
        var q = h.createQuery(pageSql(w, beforeId != null));
        w.values().forEach(q::bind);
        if (beforeId != null) {
            q.bind("before", beforeId);
        }
        return q.bind("limit", limit).map((rs, c) -> entry(rs)).list();
    }

    /** The page query (also for a test that asks the engine how it runs it). */
    public static String pageSql(Where w, boolean before) {
        return "SELECT " + COLUMNS + " FROM " + w.from() + " WHERE " + w.sql() + (before ? " AND " + w.id() + " < :before" : "")
                + " ORDER BY " + w.order() + " LIMIT :limit";
    }

    public static long count(Handle h, Where w) {
        var q = h.createQuery("SELECT COUNT(*) FROM " + w.from() + " WHERE " + w.sql());
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
