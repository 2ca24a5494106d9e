package org.warroom.posts;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One slot of the calendar as the desk sees it: posts that will go or went out in it (scheduled or released) per
 * category, posts still on their way through approval that plan it, and the seats of the desk's scope that are
 * silent at its moment. A slot with nothing scheduled or released is empty, however many drafts plan it.
 */
public record SlotSummary(SlotRef slot, Instant at, Map<String, Integer> filledByCategory, int planned,
                          List<Integer> silentSeats, boolean past) {
    public SlotSummary {
        filledByCategory = Collections.unmodifiableMap(new TreeMap<>(filledByCategory));
        silentSeats = List.copyOf(silentSeats);
    }

    /** Scheduled and released posts, all categories. */
    public int filled() {
        return filledByCategory.values().stream().mapToInt(Integer::intValue).sum();
    }

    public boolean empty() {
        return filled() == 0;
    }

    public boolean silent() {
        return !silentSeats.isEmpty();
    }
}
