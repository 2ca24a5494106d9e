package org.warroom.reports.ui;

import java.util.List;

/**
 * One line of the reporting-rate chart: a child unit, "others" (the children beyond the top ten, summed), or the
 * selected unit as a whole. {@code rates} has one value per day, 0..1, NaN where nobody is expected.
 */
public record RateLine(Long unitId, String nameEn, String nameHi, Kind kind, int units, List<Double> rates) {
    public enum Kind { CHILD, OTHERS, TOTAL }

    public RateLine {
        rates = List.copyOf(rates);
    }

    public String name(boolean hindi) {
        return hindi && nameHi != null && !nameHi.isBlank() ? nameHi : nameEn;
    }
}
