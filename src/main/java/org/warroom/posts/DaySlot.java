package org.warroom.posts;

import java.util.List;

/**
 * One slot of the day view: its counts and the desk's silent seats as the week shows them, whether it is an empty
 * slot within the next 48 hours (warned), and its posts as cards in id order.
 */
public record DaySlot(SlotSummary summary, boolean emptySoon, List<DayCard> cards) {
    public DaySlot {
        cards = List.copyOf(cards);
    }
}
