package org.warroom.dashboard.db;

import java.time.LocalDate;

/** One snapshot row: a measure's part and whole for a unit on a day. */
public record DayValue(LocalDate snapDay, String measure, long part, long whole) {
}
