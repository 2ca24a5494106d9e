package org.warroom.org;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

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
        List<Long> ids = new ArrayList<>(unit.pathIds());
        h.createQuery("SELECT lok_sabha_id FROM unit WHERE id IN (<ids>) AND lok_sabha_id IS NOT NULL")
                .bindList("ids", unit.pathIds()).mapTo(Long.class).forEach(ids::add);
        return ids;
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

        record Node(long id, Long parent, UnitKind kind, Long lokSabha, int depth) { }
        List<Node> nodes = h.createQuery("SELECT id, parent_id, kind, lok_sabha_id, depth FROM unit ORDER BY depth DESC")
                .map((rs, ctx) -> {
                    long p = rs.getLong(2);
                    Long parent = rs.wasNull() ? null : p;
                    long l = rs.getLong(4);
                    Long ls = rs.wasNull() ? null : l;
                    return new Node(rs.getLong(1), parent, UnitKind.valueOf(rs.getString(3)), ls, rs.getInt(5));
                }).list();
        Map<Long, Coverage> totals = new HashMap<>(nodes.size() * 2);
        Map<Long, Coverage> lokSabha = new HashMap<>();
        for (Node n : nodes) {
            long[] o = own.getOrDefault(n.id, new long[] {0, 0});
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
        h.execute("DELETE FROM coverage");
        String sql = "INSERT INTO coverage (unit_id, booths, booths_any, booths_full, booths_group, "
                + "group_members, group_target, team_seats, team_filled, volunteers) VALUES "
                + "(:id, :c.booths, :c.boothsAny, :c.boothsFull, :c.boothsGroup, :c.groupMembers, :c.groupTarget, "
                + ":c.teamSeats, :c.teamFilled, :c.volunteers)";
        PreparedBatch batch = h.prepareBatch(sql);
        for (Map.Entry<Long, Coverage> e : totals.entrySet()) {
            batch.bind("id", e.getKey()).bindMethods("c", e.getValue()).add();
            if (batch.size() == 5000) {
                batch.execute();
                batch = h.prepareBatch(sql);
            }
        }
        if (batch.size() > 0) {
            batch.execute();
        }
    }
}
