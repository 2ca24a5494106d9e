package org.warroom.dashboard;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.warroom.platform.i18n.IndianFormat;
import org.warroom.posts.SilencePeriods;
import org.warroom.reports.DayRollup;

/** Builds a fortnight's trend from each source: snapshots, the reports' roll-up, the releases, the silence windows. */
final class Trends {
    private final List<LocalDate> days = new ArrayList<>();

    Trends(LocalDate from, LocalDate to) {
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            days.add(d);
        }
    }

    /** A rate's value (NaN with nothing to divide by) or a count's. */
    static double value(Measure m, long part, long whole) {
        if (!m.rate()) {
            return part;
        }
        return whole == 0 ? Double.NaN : (double) part / whole;
    }

    static long slotsWithRelease(List<Integer> bySlot, int due) {
        long n = 0;
        for (int s = 0; s < due && s < bySlot.size(); s++) {
            n += bySlot.get(s) > 0 ? 1 : 0;
        }
        return n;
    }

    Trend fromSnapshots(Measure m, Map<LocalDate, long[]> byDay) {
        List<Double> v = new ArrayList<>();
        for (LocalDate d : days) {
            long[] x = byDay.get(d);
            v.add(x == null ? Double.NaN : value(m, x[0], x[1]));
        }
        return new Trend(days, v);
    }

    Trend fromRollup(List<DayRollup> series) {
        return new Trend(days, series.stream().map(DayRollup::rate).toList());
    }

    /** Past days had all six slots due; today only those whose time has come. */
    Trend fromReleases(Map<LocalDate, List<Integer>> released, LocalDate today, int dueToday) {
        List<Double> v = new ArrayList<>();
        for (LocalDate d : days) {
            int due = d.equals(today) ? dueToday : 6;
            v.add(value(Measure.RELEASED, slotsWithRelease(released.get(d), due), due));
        }
        return new Trend(days, v);
    }

    /** Seats of the unit silent at noon (IST) of each day; no data without an election calendar. */
    Trend fromSilence(SilencePeriods periods, Set<Integer> seats) {
        List<Double> v = new ArrayList<>();
        for (LocalDate d : days) {
            v.add(periods.size() == 0 ? Double.NaN : (double) periods.silentSeats(d.atTime(LocalTime.NOON)
                    .atZone(IndianFormat.IST).toInstant()).stream().filter(seats::contains).count());
        }
        return new Trend(days, v);
    }
}
