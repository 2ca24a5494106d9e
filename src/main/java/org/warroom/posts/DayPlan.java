package org.warroom.posts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One day of the schedule for the day view: its six slots with their posts. {@code moveRefusal} says why the person at
 * the desk may not move posts at all (null when they may); each card also says where it may not go and why.
 */
public record DayPlan(LocalDate date, DailySlots times, List<DaySlot> slots, String moveRefusal, Instant readAt) {
    public DayPlan {
        slots = List.copyOf(slots);
    }

    /** Slot {@code slotNo} (1–6). */
    public DaySlot slot(int slotNo) {
        return slots.get(slotNo - 1);
    }

    /** The card of a post on this day, or null. */
    public DayCard card(long postId) {
        for (DaySlot s : slots) {
            for (DayCard c : s.cards()) {
                if (c.post().id() == postId) {
                    return c;
                }
            }
        }
        return null;
    }

    /** Posts on the day, all slots. */
    public int posts() {
        return slots.stream().mapToInt(s -> s.cards().size()).sum();
    }
}
