package org.warroom.reports;

import org.warroom.org.UnitKind;

/** A unit's reporting on one day, for rankings and heatmap rows. */
public record UnitRate(long unitId, UnitKind kind, String code, String nameEn, String nameHi, int reported, int expected,
                       int reportingBooths, int booths) {
    public double rate() {
        return expected == 0 ? Double.NaN : (double) reported / expected;
    }

    public String name(boolean hindi) {
        return hindi && nameHi != null && !nameHi.isBlank() ? nameHi : nameEn;
    }
}
