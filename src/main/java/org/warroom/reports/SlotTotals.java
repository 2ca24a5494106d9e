package org.warroom.reports;

import java.util.List;

/** How many reports said each of the six daily sends was forwarded (index 0 is slot 1). */
public record SlotTotals(List<Integer> counts) {
    public static final SlotTotals NONE = new SlotTotals(List.of(0, 0, 0, 0, 0, 0));

    public SlotTotals {
        counts = List.copyOf(counts);
        if (counts.size() != 6) {
            throw new IllegalArgumentException("six slots a day");
        }
    }

    /** The count for slot 1..6. */
    public int slot(int s) {
        return counts.get(s - 1);
    }
}
