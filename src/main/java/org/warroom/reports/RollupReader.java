package org.warroom.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.warroom.org.UnitKind;
import org.warroom.reports.db.RollupDao;
import org.warroom.reports.db.RollupRow;

/** Chart data, read from the roll-up and the coverage summary only: never from raw reports. */
final class RollupReader {
    private RollupReader() {
    }

    static List<DayRollup> series(Handle h, long unitId, LocalDate from, LocalDate to) {
        UnitInfo unit = UnitInfo.of(h, unitId);
        int expected = Expected.of(h, unit);
        Map<LocalDate, RollupRow> rows = new HashMap<>();
        h.attach(RollupDao.class).series(unitId, from, to).forEach(r -> rows.put(r.reportDay(), r));
        List<DayRollup> out = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            out.add(day(rows.getOrDefault(d, RollupRow.zero(unitId, d)), expected, unit.booths()));
        }
        return out;
    }

    static DayRollup day(RollupRow r, int expected, int booths) {
        return new DayRollup(r.reportDay(), r.reportedVolunteers(), expected, r.reportingBooths(), booths, r.forwarded(),
                r.added(), slots(r));
    }

    static SlotTotals slots(RollupRow r) {
        return new SlotTotals(List.of(r.slot1(), r.slot2(), r.slot3(), r.slot4(), r.slot5(), r.slot6()));
    }

    /** Children with their rate on {@code day}, worst first; children nobody is expected from come last. */
    static List<UnitRate> ranking(Handle h, long unitId, LocalDate day) {
        UnitInfo parent = UnitInfo.of(h, unitId);
        List<UnitInfo> children = UnitInfo.children(h, parent);
        Map<Long, Integer> expected = Expected.of(h, parent, children);
        Map<Long, RollupRow> rows = rows(h, children.stream().map(UnitInfo::id).toList(), day, day);
        List<UnitRate> out = new ArrayList<>();
        for (UnitInfo c : children) {
            RollupRow r = rows.getOrDefault(c.id(), RollupRow.zero(c.id(), day));
            out.add(c.rate(r.reportedVolunteers(), expected.getOrDefault(c.id(), 0), r.reportingBooths()));
        }
        out.sort(Comparator.comparing((UnitRate u) -> Double.isNaN(u.rate()))
                .thenComparingDouble(u -> Double.isNaN(u.rate()) ? 0 : u.rate())
                .thenComparing(UnitRate::nameEn));
        return out;
    }

    /** Every unit of a kind with its rate on {@code day}; expected reporters are counted under each root. */
    static List<UnitRate> ofKind(Handle h, UnitKind kind, LocalDate day) {
        List<UnitInfo> units = UnitInfo.ofKind(h, kind);
        List<UnitRate> out = new ArrayList<>(units.size());
        Map<Long, RollupRow> rows = rows(h, units.stream().map(UnitInfo::id).toList(), day, day);
        for (UnitInfo root : UnitInfo.roots(h)) {
            List<UnitInfo> under = units.stream().filter(u -> u.path().startsWith(root.path())).toList();
            Map<Long, Integer> expected = Expected.of(h, root, under);
            for (UnitInfo u : under) {
                RollupRow r = rows.getOrDefault(u.id(), RollupRow.zero(u.id(), day));
                out.add(u.rate(r.reportedVolunteers(), expected.getOrDefault(u.id(), 0), r.reportingBooths()));
            }
        }
        return out;
    }

    static Heatmap heatmap(Handle h, long unitId, LocalDate from, LocalDate to) {
        UnitInfo parent = UnitInfo.of(h, unitId);
        List<UnitInfo> children = UnitInfo.children(h, parent);
        Map<Long, Integer> expected = Expected.of(h, parent, children);
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            days.add(d);
        }
        Map<Long, Map<LocalDate, RollupRow>> byUnit = new HashMap<>();
        List<Long> ids = children.stream().map(UnitInfo::id).toList();
        for (int i = 0; i < ids.size(); i += 1000) {
            h.attach(RollupDao.class).of(ids.subList(i, Math.min(ids.size(), i + 1000)), from, to)
                    .forEach(r -> byUnit.computeIfAbsent(r.unitId(), k -> new HashMap<>()).put(r.reportDay(), r));
        }
        List<UnitRate> rows = new ArrayList<>();
        List<List<Double>> rates = new ArrayList<>();
        for (UnitInfo c : children) {
            int exp = expected.getOrDefault(c.id(), 0);
            Map<LocalDate, RollupRow> mine = byUnit.getOrDefault(c.id(), Map.of());
            RollupRow last = mine.getOrDefault(to, RollupRow.zero(c.id(), to));
            rows.add(c.rate(last.reportedVolunteers(), exp, last.reportingBooths()));
            List<Double> line = new ArrayList<>(days.size());
            for (LocalDate d : days) {
                RollupRow r = mine.get(d);
                line.add(exp == 0 ? Double.NaN : (r == null ? 0 : r.reportedVolunteers()) / (double) exp);
            }
            rates.add(line);
        }
        return new Heatmap(rows, days, rates);
    }

    static Map<Long, RollupRow> rows(Handle h, Collection<Long> ids, LocalDate from, LocalDate to) {
        Map<Long, RollupRow> out = new HashMap<>();
        List<Long> list = List.copyOf(ids);
        for (int i = 0; i < list.size(); i += 1000) {
            h.attach(RollupDao.class).of(list.subList(i, Math.min(list.size(), i + 1000)), from, to)
                    .forEach(r -> out.put(r.unitId(), r));
        }
        return out;
    }
}
