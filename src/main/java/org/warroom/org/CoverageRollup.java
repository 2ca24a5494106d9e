package org.warroom.org;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.warroom.platform.db.InLists;

/**
 * Keeps the coverage summary current. A change to one unit adds its difference to the unit and each ancestor
 * (and to the Lok Sabha seat of its assembly seat) inside the caller's transaction: a few indexed updates, never
 * a recomputation of the state. Bulk loads rebuild the whole table once, in memory, at the end.
 */
public final class CoverageRollup {
    private CoverageRollup() {
    }

    /** A unit read inside the caller's transaction (for services of other features that change its people). */
    public static java.util.Optional<Unit> unit(Handle h, long id) {
        return h.attach(org.warroom.org.db.UnitDao.class).byId(id).map(UnitRow::unit);
    }

    /** What a unit contributes by itself (its own volunteers and group), read inside the transaction. */
    public static Coverage ownContribution(Handle h, long unitId, UnitKind kind) {
        Map<String, Object> v = h.createQuery("SELECT COUNT(*) AS n, "
                        + "COALESCE(SUM(CASE WHEN role IN ('BOOTH_IT', 'MANDAL_IT', 'DISTRICT_IT') THEN 1 ELSE 0 END), 0) AS team "
                        + "FROM volunteer WHERE unit_id = :id AND active = TRUE")
                .bind("id", unitId).mapToMap().one();
        int n = ((Number) v.get("n")).intValue();
        int team = ((Number) v.get("team")).intValue();
        int seats = kind.teamSeats();
        if (kind != UnitKind.BOOTH) {
            return new Coverage(0, 0, 0, 0, 0, 0, seats, Math.min(seats, team), n);
        }
        Integer members = h.createQuery("SELECT members FROM whatsapp_group WHERE booth_id = :id")
                .bind("id", unitId).mapTo(Integer.class).findOne().orElse(null);
        return new Coverage(1, team >= 1 ? 1 : 0, team >= 5 ? 1 : 0, members == null ? 0 : 1,
                members == null ? 0 : members, 150, seats, Math.min(seats, team), n);
    }

    /** The unit, its ancestors and the Lok Sabha seat of the assembly seat on its path. */
    public static List<Long> targets(Handle h, Unit unit) {
        return withLokSabha(h, Map.of(unit.id(), unit.pathIds())).get(unit.id());
    }

    /** {@link #targets(Handle, Unit)} for many units with a few queries (an import touches thousands of booths). */
    public static Map<Long, List<Long>> targets(Handle h, java.util.Collection<Long> unitIds) {
        org.warroom.org.db.UnitDao dao = h.attach(org.warroom.org.db.UnitDao.class);
        List<Long> ids = new ArrayList<>(new java.util.LinkedHashSet<>(unitIds));
        Map<Long, List<Long>> paths = new java.util.HashMap<>();
        InLists.query(ids, dao::byIds).forEach(r -> paths.put(r.unit().id(), r.unit().pathIds()));
        return withLokSabha(h, paths);
    }

    /** Each unit's path followed by the Lok Sabha seats of the units on it (an assembly seat's), one query per 200. */
    private static Map<Long, List<Long>> withLokSabha(Handle h, Map<Long, List<Long>> paths) {
        List<Long> above = new ArrayList<>(paths.values().stream().flatMap(List::stream).collect(java.util.stream.Collectors.toSet()));
        Map<Long, Long> lokSabha = new java.util.HashMap<>();
        InLists.query(above, piece -> h.createQuery("SELECT id, lok_sabha_id FROM unit WHERE id IN (<ids>) AND lok_sabha_id IS NOT NULL")
                .bindList("ids", piece).map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getLong(2))).list())
                .forEach(e -> lokSabha.put(e.getKey(), e.getValue()));
        Map<Long, List<Long>> out = new java.util.HashMap<>();
        paths.forEach((id, path) -> {
            List<Long> t = new ArrayList<>(path);
            path.stream().map(lokSabha::get).filter(java.util.Objects::nonNull).forEach(t::add);
            out.put(id, t);
        });
        return out;
    }

    /** Adds a difference to the unit and everything above it, and leaves a change notice for other windows. */
    public static void apply(Handle h, Unit unit, Coverage delta) {
        if (!delta.isZero()) {
            h.createUpdate("UPDATE coverage SET booths = booths + :d.booths, booths_any = booths_any + :d.boothsAny, "
                            + "booths_full = booths_full + :d.boothsFull, booths_group = booths_group + :d.boothsGroup, "
                            + "group_members = group_members + :d.groupMembers, group_target = group_target + :d.groupTarget, "
                            + "team_seats = team_seats + :d.teamSeats, team_filled = team_filled + :d.teamFilled, "
                            + "volunteers = volunteers + :d.volunteers WHERE unit_id IN (<ids>)")
                    .bindMethods("d", delta)
                    .bindList("ids", targets(h, unit))
                    .execute();
        }
        notice(h, unit.id());
    }

    /** Tells other windows that this unit changed (they refresh it and what they show above it). */
    public static void notice(Handle h, long unitId) {
        h.createUpdate("INSERT INTO unit_change (unit_id, changed_at) VALUES (:id, :at)")
                .bind("id", unitId).bind("at", Timestamp.from(Instant.now())).execute();
    }

    /** A unit as the roll-up needs it: where it hangs in the tree and which Lok Sabha seat counts it. */
    public record Node(long id, Long parent, UnitKind kind, Long lokSabha, int depth) { }

    /** Rebuilds the whole summary after a bulk load: one pass over units, volunteers and groups, summed bottom-up. */
    public static void rebuild(Handle h) {
        Map<Long, long[]> own = new HashMap<>();
        h.createQuery("SELECT unit_id, COUNT(*) AS n, "
                        + "SUM(CASE WHEN role IN ('BOOTH_IT', 'MANDAL_IT', 'DISTRICT_IT') THEN 1 ELSE 0 END) AS team "
                        + "FROM volunteer WHERE active = TRUE GROUP BY unit_id")
                .map((rs, ctx) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)})
                .forEach(r -> own.put(r[0], new long[] {r[1], r[2]}));
        Map<Long, Integer> groups = new HashMap<>();
        h.createQuery("SELECT booth_id, members FROM whatsapp_group")
                .map((rs, ctx) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .forEach(r -> groups.put(r[0], (int) r[1]));
        List<Node> nodes = h.createQuery("SELECT id, parent_id, kind, lok_sabha_id, depth FROM unit")
                .map((rs, ctx) -> {
                    long p = rs.getLong(2);
                    Long parent = rs.wasNull() ? null : p;
                    long l = rs.getLong(4);
                    Long ls = rs.wasNull() ? null : l;
                    return new Node(rs.getLong(1), parent, UnitKind.valueOf(rs.getString(3)), ls, rs.getInt(5));
                }).list();
        h.execute("DELETE FROM coverage");
        insert(h, "coverage", totals(nodes, own, groups));
    }

    /**
     * Every unit's subtree totals, from what each unit holds itself: {@code own} maps a unit to its active
     * volunteers and how many of them fill team seats; {@code groups} maps a booth to its group's members.
     */
    public static Map<Long, Coverage> totals(List<Node> nodes, Map<Long, long[]> own, Map<Long, Integer> groups) {
        List<Node> deepestFirst = new ArrayList<>(nodes);
        deepestFirst.sort(Comparator.comparingInt(Node::depth).reversed());
        Map<Long, Coverage> totals = new HashMap<>(nodes.size() * 2);
        Map<Long, Coverage> lokSabha = new HashMap<>();
        long[] none = {0, 0};
        for (Node n : deepestFirst) {
            long[] o = own.getOrDefault(n.id, none);
            int team = (int) o[1];
            int seats = n.kind.teamSeats();
            Coverage mine;
            if (n.kind == UnitKind.BOOTH) {
                Integer members = groups.get(n.id);
                mine = new Coverage(1, team >= 1 ? 1 : 0, team >= 5 ? 1 : 0, members == null ? 0 : 1,
                        members == null ? 0 : members, 150, seats, Math.min(seats, team), (int) o[0]);
            } else {
                mine = new Coverage(0, 0, 0, 0, 0, 0, seats, Math.min(seats, team), (int) o[0]);
            }
            Coverage total = totals.getOrDefault(n.id, Coverage.ZERO).plus(mine);
            totals.put(n.id, total);
            if (n.kind == UnitKind.LOK_SABHA) {
                continue;
            }
            if (n.parent != null) {
                totals.merge(n.parent, total, Coverage::plus);
            }
            if (n.lokSabha != null) {
                lokSabha.merge(n.lokSabha, total, Coverage::plus);
            }
        }
        lokSabha.forEach((id, c) -> totals.merge(id, c, Coverage::plus));
        return totals;
    }

    /** Writes totals into {@code table} (the coverage table or a bulk load's side copy of it) in key order. */
    public static void insert(Handle h, String table, Map<Long, Coverage> totals) {
        Long[] ids = totals.keySet().toArray(new Long[0]);
        Arrays.sort(ids);
        try (PreparedStatement ps = h.getConnection().prepareStatement("INSERT INTO " + table + " (unit_id, booths, "
                + "booths_any, booths_full, booths_group, group_members, group_target, team_seats, team_filled, volunteers) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int pending = 0;
            for (Long id : ids) {
                Coverage c = totals.get(id);
                ps.setLong(1, id);
                ps.setInt(2, c.booths());
                ps.setInt(3, c.boothsAny());
                ps.setInt(4, c.boothsFull());
                ps.setInt(5, c.boothsGroup());
                ps.setLong(6, c.groupMembers());
                ps.setLong(7, c.groupTarget());
                ps.setInt(8, c.teamSeats());
                ps.setInt(9, c.teamFilled());
                ps.setInt(10, c.volunteers());
                ps.addBatch();
                if (++pending == 5000) {
                    ps.executeBatch();
                    pending = 0;
                }
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("Writing the coverage summary failed: " + e.getMessage(), e);
        }
    }
}
