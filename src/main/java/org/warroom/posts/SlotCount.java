package org.warroom.posts;

import java.time.LocalDate;

/** How many posts of one category and status sit in one slot: one row of the calendar's grouped count. */
public record SlotCount(LocalDate slotDate, int slotNo, String category, PostStatus status, int posts) {
}
