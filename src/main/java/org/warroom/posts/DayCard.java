package org.warroom.posts;

import java.util.List;
import java.util.Map;
import org.warroom.org.Unit;

/**
 * One post as the day view shows it: the post, its target units, the seats of its targets that are silent at its slot
 * ({@code blocked} when a whole target is, which the services refuse), the seats a confirmation left out, the other
 * posts in its slot for one of its targets ({@code clashUnit} names the first shared one), and for each slot of the
 * day (1–6) the reason it may not be moved there, absent where it may.
 */
public record DayCard(Post post, List<Unit> targets, List<Integer> silentSeats, boolean blocked, List<Integer> leftOut,
                      List<Long> clashesWith, String clashUnit, Map<Integer, String> refusals) {
    public DayCard {
        targets = List.copyOf(targets);
        silentSeats = List.copyOf(silentSeats);
        leftOut = List.copyOf(leftOut);
        clashesWith = List.copyOf(clashesWith);
        refusals = Map.copyOf(refusals);
    }

    /** Why this post may not be dropped into slot {@code slotNo} of its day, or null when it may. */
    public String refusal(int slotNo) {
        return refusals.get(slotNo);
    }

    public boolean silent() {
        return !silentSeats.isEmpty();
    }

    public boolean clash() {
        return !clashesWith.isEmpty();
    }
}
