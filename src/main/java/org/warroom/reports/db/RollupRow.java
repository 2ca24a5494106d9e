package org.warroom.reports.db;

import java.time.LocalDate;

/** One unit's report totals for one day (or a difference to add to them). */
public record RollupRow(long unitId, LocalDate reportDay, int reportedVolunteers, int reportingBooths, long forwarded,
                        long added, int slot1, int slot2, int slot3, int slot4, int slot5, int slot6) {

    public int slot(int s) {
        return switch (s) {
            case 1 -> slot1;
            case 2 -> slot2;
            case 3 -> slot3;
            case 4 -> slot4;
            case 5 -> slot5;
            case 6 -> slot6;
            default -> throw new IllegalArgumentException("slot " + s);
        };
    }

    public static RollupRow zero(long unitId, LocalDate day) {
        return new RollupRow(unitId, day, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }
}
