package org.warroom.posts;

import java.time.LocalDate;
import java.util.List;

/**
 * The calendar of {@code days} days from {@code from}, six slots a day, as counts (never one object per post, so a
 * state-wide week of 19,000 posts is 42 cells), with the empty slots of the next 48 hours for the desk's warning.
 */
public record WeekGrid(LocalDate from, int days, DailySlots slots, List<SlotSummary> cells, List<SlotSummary> emptyAhead) {
    public WeekGrid {
        cells = List.copyOf(cells);
        emptyAhead = List.copyOf(emptyAhead);
    }

    /** The cell of a slot in this grid; null if the slot lies outside it. */
    public SlotSummary cell(SlotRef slot) {
        for (SlotSummary c : cells) {
            if (c.slot().equals(slot)) {
                return c;
            }
        }
        return null;
    }

    /** The last day shown. */
    public LocalDate to() {
        return from.plusDays(days - 1L);
    }
}
