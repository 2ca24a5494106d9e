package org.warroom.reports.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.warroom.org.UnitRow;
import org.warroom.reports.DayRollup;
import org.warroom.reports.Heatmap;
import org.warroom.reports.ReportService;
import org.warroom.reports.UnitRate;

/**
 * What the four charts of a unit show, read together in the background from the roll-ups (never raw reports): the
 * unit's own days, the rate lines (top ten children by size, the rest as "others", and the unit itself), its children
 * ranked by today's rate (worst first) and the children × days heatmap in the same order.
 */
public record ChartData(UnitRow unit, LocalDate today, List<LocalDate> days, List<DayRollup> own, List<RateLine> lines,
                        List<UnitRate> ranking, Heatmap heatmap) {
    /** Days the charts cover, today included. */
    public static final int DAYS = 14;
    /** Lines drawn one by one; the other children are summed into one "others" line (a redraw costs per line). */
    public static final int TOP_LINES = 10;

    public ChartData {
        days = List.copyOf(days);
        own = List.copyOf(own);
        lines = List.copyOf(lines);
        ranking = List.copyOf(ranking);
    }

    /** Reads everything for one unit; runs off the FX thread. */
    public static ChartData load(ReportService reports, UnitRow unit) {
        long id = unit.unit().id();
        LocalDate today = reports.today();
        LocalDate from = today.minusDays(DAYS - 1L);
        List<DayRollup> own = reports.rollup(id, from, today);
        List<UnitRate> ranking = reports.childrenRanking(id, today);
        Heatmap map = inOrder(reports.heatmap(id, from, today), ranking);
        List<RateLine> lines = new ArrayList<>(lines(map, TOP_LINES));
        lines.add(new RateLine(id, unit.unit().nameEn(), unit.unit().nameHi(), RateLine.Kind.TOTAL, 1,
                own.stream().map(DayRollup::rate).toList()));
        return new ChartData(unit, today, map.days(), own, lines, ranking, map);
    }

    /** The heatmap's rows in the ranking's order (worst today first). */
    static Heatmap inOrder(Heatmap map, List<UnitRate> ranking) {
        Map<Long, Integer> order = new HashMap<>();
        for (int i = 0; i < ranking.size(); i++) {
            order.put(ranking.get(i).unitId(), i);
        }
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < map.children().size(); i++) {
            rows.add(i);
        }
        rows.sort(Comparator.comparingInt(i -> order.getOrDefault(map.children().get(i).unitId(), Integer.MAX_VALUE)));
        return new Heatmap(rows.stream().map(map.children()::get).toList(), map.days(), rows.stream().map(map.rates()::get).toList());
    }

    /**
     * The {@code top} largest children (most reporters expected) as their own lines, and the rest as one "others" line
     * whose rate is theirs together: the sum of reporters over the sum expected.
     */
    static List<RateLine> lines(Heatmap map, int top) {
        List<Integer> bySize = new ArrayList<>();
        for (int i = 0; i < map.children().size(); i++) {
            bySize.add(i);
        }
        bySize.sort(Comparator.comparingInt((Integer i) -> -map.children().get(i).expected())
                .thenComparing(i -> map.children().get(i).nameEn()));
        List<RateLine> out = new ArrayList<>();
        for (int i : bySize.subList(0, Math.min(top, bySize.size()))) {
            UnitRate c = map.children().get(i);
            out.add(new RateLine(c.unitId(), c.nameEn(), c.nameHi(), RateLine.Kind.CHILD, 1, map.rates().get(i)));
        }
        List<Integer> rest = bySize.subList(Math.min(top, bySize.size()), bySize.size());
        if (!rest.isEmpty()) {
            List<Double> others = new ArrayList<>();
            for (int d = 0; d < map.days().size(); d++) {
                double reported = 0;
                long expected = 0;
                for (int i : rest) {
                    int exp = map.children().get(i).expected();
                    double rate = map.rates().get(i).get(d);
                    if (exp > 0 && !Double.isNaN(rate)) {
                        reported += rate * exp;
                        expected += exp;
                    }
                }
                others.add(expected == 0 ? Double.NaN : reported / expected);
            }
            out.add(new RateLine(null, "others", "अन्य", RateLine.Kind.OTHERS, rest.size(), others));
        }
        return out;
    }
}
