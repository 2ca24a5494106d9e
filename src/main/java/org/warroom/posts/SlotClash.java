package org.warroom.posts;

import java.time.LocalDate;

/** Another post in the same slot for the same target unit: a warning for the desk, not a refusal. */
public record SlotClash(long otherPostId, String otherTitle, LocalDate slotDate, int slotNo, long unitId, String unitCode) {
    public String message() {
        return "Post #" + otherPostId + " (" + otherTitle + ") is also in slot " + slotNo + " on "
                + org.warroom.platform.i18n.IndianFormat.date(slotDate) + " for " + unitCode + ".";
    }
}
