package org.warroom.reports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.warroom.org.UnitKind;

/**
 * Who is expected to report daily: the active booth IT volunteers of a unit's subtree. The coverage summary
 * already counts a subtree's active volunteers; only booth volunteers report, so the teams that sit above booths
 * (mandal and district IT teams, convenors: a few per mandal) are taken off. Those are read from the few
 * mandal-and-above units of the subtree, never from the booths or their volunteers, so the cost does not grow
 * with the number of booths. Sectors hold no volunteers (no role fits a sector).
 */
final class Expected {
    private static final String TEAMS = "SELECT u.path, COUNT(*) FROM unit u JOIN volunteer v ON v.unit_id = u.id "
            + "WHERE v.active = TRUE AND u.kind IN ('STATE', 'REGION', 'DISTRICT', 'ASSEMBLY', 'MANDAL') AND u.path LIKE :prefix "
            + "GROUP BY u.path";

    private Expected() {
    }

    /** Expected reporters of each unit, by id; all units are assumed to lie under {@code common}'s path. */
    static Map<Long, Integer> of(Handle h, UnitInfo common, List<UnitInfo> units) {
        Map<Long, Integer> out = new HashMap<>();
        List<UnitInfo> above = new ArrayList<>();
        for (UnitInfo u : units) {
            if (u.kind() == UnitKind.BOOTH || u.kind() == UnitKind.SECTOR) {
                out.put(u.id(), u.volunteers());
            } else {
                above.add(u);
            }
        }
        if (above.isEmpty()) {
            return out;
        }
        // team sizes by unit path, sorted: the teams under a path are one contiguous range of keys
        java.util.TreeMap<String, Integer> teams = new java.util.TreeMap<>();
        for (UnitInfo root : UnitInfo.pathRoots(h, common)) {
            h.createQuery(TEAMS).bind("prefix", root.path() + "%")
                    .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getInt(2))).forEach(e -> teams.merge(e.getKey(), e.getValue(), Integer::sum));
        }
        for (UnitInfo u : above) {
            int team = 0;
            if (u.kind() == UnitKind.LOK_SABHA) {
                for (UnitInfo seat : UnitInfo.children(h, u)) {
                    team += under(teams, seat.path());
                }
            } else {
                team = under(teams, u.path());
            }
            out.put(u.id(), Math.max(0, u.volunteers() - team));
        }
        return out;
    }

    /** The team members of units whose path starts with {@code path} (paths end with '/', so no seat swallows another). */
    private static int under(java.util.TreeMap<String, Integer> teams, String path) {
        int n = 0;
        for (int v : teams.subMap(path, path + Character.MAX_VALUE).values()) {
            n += v;
        }
        return n;
    }

    static int of(Handle h, UnitInfo unit) {
        return of(h, unit, List.of(unit)).get(unit.id());
    }
}
