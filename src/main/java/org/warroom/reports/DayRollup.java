package org.warroom.reports;

import java.time.LocalDate;

/**
 * One unit's reporting on one day, from the roll-up: volunteers who reported against those expected (active booth
 * IT volunteers of its subtree now), booths with any report against all booths, and what was forwarded by slot.
 */
public record DayRollup(LocalDate day, int reported, int expected, int reportingBooths, int booths, long forwarded,
                        long added, SlotTotals slots) {
    /** reported / expected, 0..1 (more when a volunteer reported and was then made inactive); NaN when none expected. */
    public double rate() {
        return expected == 0 ? Double.NaN : (double) reported / expected;
    }

    public double boothRate() {
        return booths == 0 ? Double.NaN : (double) reportingBooths / booths;
    }
}
