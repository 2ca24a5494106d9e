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
        List<Map.Entry<String, Integer>> teams = new ArrayList<>();
        for (UnitInfo root : UnitInfo.pathRoots(h, common)) {
            h.createQuery(TEAMS).bind("prefix", root.path() + "%")
                    .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getInt(2))).forEach(teams::add);
        }
        for (UnitInfo u : above) {
            int team = 0;
            if (u.kind() == UnitKind.LOK_SABHA) {
                List<String> seats = UnitInfo.children(h, u).stream().map(UnitInfo::path).toList();
                for (Map.Entry<String, Integer> t : teams) {
                    if (seats.stream().anyMatch(t.getKey()::startsWith)) {
                        team += t.getValue();
                    }
                }
            } else {
                for (Map.Entry<String, Integer> t : teams) {
                    if (t.getKey().startsWith(u.path())) {
                        team += t.getValue();
                    }
                }
            }
            out.put(u.id(), Math.max(0, u.volunteers() - team));
        }
        return out;
    }

    static int of(Handle h, UnitInfo unit) {
        return of(h, unit, List.of(unit)).get(unit.id());
    }
}
