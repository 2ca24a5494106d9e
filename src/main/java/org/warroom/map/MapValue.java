package org.warroom.map;

import java.time.Instant;

/**
 * A unit's value for one measure. {@code value} is a share 0..1 (coverage, reporting) or the days until silence
 * begins (0 while silent); NaN means the unit is in the war room but has nothing to measure (no booths, nobody
 * expected to report, no poll scheduled) — drawn as "no data", never as zero. {@code part}/{@code whole} are the
 * counts behind a share; {@code silenceFrom}/{@code silenceUntil} the window for the silence measure, else null.
 */
public record MapValue(long unitId, double value, long part, long whole, boolean silent, Instant silenceFrom,
                       Instant silenceUntil) {
    public static MapValue share(long unitId, long part, long whole) {
        return new MapValue(unitId, whole == 0 ? Double.NaN : (double) part / whole, part, whole, false, null, null);
    }

    public boolean hasData() {
        return !Double.isNaN(value);
    }
}
