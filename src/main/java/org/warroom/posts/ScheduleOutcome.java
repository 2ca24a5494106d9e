package org.warroom.posts;

import java.util.List;

/**
 * What scheduling a post did. When a wider target has some seats in their silence period and the approver has not
 * yet confirmed leaving them out, nothing is scheduled: {@code scheduled} is false and {@code silent} lists those
 * seats with their windows; scheduling again with the confirmation records them as excluded. {@code clashes} are
 * other posts in the same slot for the same target unit: a warning only.
 */
public record ScheduleOutcome(boolean scheduled, Post post, SilenceVerdict silent, List<SlotClash> clashes, String message) {
    public ScheduleOutcome {
        clashes = List.copyOf(clashes);
    }

    /** True when the approver must confirm that the silent seats are left out. */
    public boolean needsConfirmation() {
        return !scheduled && !silent.clear();
    }
}
