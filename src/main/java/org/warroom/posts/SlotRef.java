package org.warroom.posts;

import java.time.LocalDate;
import java.util.Objects;

/** One of the six daily slots on one day: what a cell of the week view stands for. */
public record SlotRef(LocalDate date, int slotNo) {
    public SlotRef {
        Objects.requireNonNull(date, "date");
        if (slotNo < 1 || slotNo > DailySlots.COUNT) {
            throw new IllegalArgumentException("slots are numbered 1 to " + DailySlots.COUNT + ": " + slotNo);
        }
    }
}
