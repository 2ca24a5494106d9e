package org.warroom.dashboard;

import java.time.LocalDate;
import java.util.List;

/**
 * A measure's last days, oldest first, today last: one value a day, NaN for a day with no data (before the first
 * snapshot, or nothing expected that day). A trend with fewer days of data than days is drawn as such, never padded.
 */
public record Trend(List<LocalDate> days, List<Double> values) {
    public Trend {
        days = List.copyOf(days);
        values = List.copyOf(values);
        if (days.size() != values.size()) {
            throw new IllegalArgumentException("a value for each day");
        }
    }

    public int daysWithData() {
        return (int) values.stream().filter(v -> !v.isNaN()).count();
    }

    /** True when every day has a value. */
    public boolean complete() {
        return daysWithData() == days.size();
    }
}
