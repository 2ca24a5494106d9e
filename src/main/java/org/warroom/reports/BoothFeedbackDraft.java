package org.warroom.reports;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;
import org.warroom.reports.importers.IssueTag;
import org.warroom.reports.importers.Mood;

/**
 * Twice-weekly feedback on a booth: the half of the week is taken from {@code day} (Monday to Wednesday is the
 * first half, Thursday to Sunday the second). A second entry for the same booth and half replaces the first.
 */
public record BoothFeedbackDraft(long boothId, LocalDate day, Long volunteerId, Mood mood, Set<IssueTag> issues, String feedback) {
    public BoothFeedbackDraft {
        issues = issues == null ? Set.of() : Set.copyOf(issues);
    }

    public LocalDate weekStart() {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** 1 for Monday to Wednesday, 2 for Thursday to Sunday. */
    public int half() {
        return halfOf(day);
    }

    public static int halfOf(LocalDate day) {
        return day.getDayOfWeek().getValue() <= 3 ? 1 : 2;
    }
}
