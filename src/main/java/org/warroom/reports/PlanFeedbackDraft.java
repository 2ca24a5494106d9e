package org.warroom.reports;

import java.time.LocalDate;
import java.util.Set;
import org.warroom.reports.importers.IssueTag;
import org.warroom.reports.importers.Mood;

/** Feedback from a booth before or after a named plan's work (one per plan, booth and phase; a second replaces it). */
public record PlanFeedbackDraft(String plan, long boothId, PlanPhase phase, LocalDate day, Long volunteerId, Mood mood,
                                Set<IssueTag> issues, String feedback) {
    public PlanFeedbackDraft {
        issues = issues == null ? Set.of() : Set.copyOf(issues);
    }
}
