package org.warroom.reports;

import java.time.LocalDate;

/** For a unit and half-week: how many of its booths gave their twice-weekly feedback. */
public record BoothFeedbackStatus(long unitId, LocalDate weekStart, int half, int booths, int withFeedback) {
    public int missing() {
        return booths - withFeedback;
    }
}
