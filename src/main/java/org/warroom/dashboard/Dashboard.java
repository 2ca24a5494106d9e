package org.warroom.dashboard;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.warroom.brief.Brief.Ranked;
import org.warroom.org.UnitRow;

/**
 * The dashboard of one unit at one moment: its tiles, and for the wall the best and worst units below it by today's
 * reporting (empty lists when the ranking was not asked for), with the thresholds its colours came from. Immutable; no personal data (unit names and counts only).
 *
 * @param demoPreset the demo preset the database was built from, or null for a real database
 */
public record Dashboard(UnitRow unit, LocalDate day, ZonedDateTime at, String demoPreset, List<Tile> tiles,
                        List<Ranked> best, List<Ranked> worst, Map<Measure, Threshold> thresholds) {
    public Dashboard {
        tiles = List.copyOf(tiles);
        best = List.copyOf(best);
        worst = List.copyOf(worst);
        thresholds = Map.copyOf(thresholds);
    }

    public Tile tile(Measure m) {
        return tiles.stream().filter(t -> t.measure() == m).findFirst().orElseThrow();
    }

    /** True when none of the unit's own tiles has data (releases and approvals are the whole war room's). */
    public boolean empty() {
        return tiles.stream().noneMatch(t -> t.hasData() && !t.measure().warRoomWide());
    }
}
