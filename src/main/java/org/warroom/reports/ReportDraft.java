package org.warroom.reports;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import org.warroom.reports.importers.IssueTag;
import org.warroom.reports.importers.Mood;

/**
 * A daily report as an operator types it (or as an importer read it). {@code boothId} may be null: the volunteer's
 * own booth. A field left out is null (numbers, mood, feedback) or empty (slots, issues).
 */
public record ReportDraft(long volunteerId, Long boothId, LocalDate day, Set<Integer> slots, Integer forwarded,
                          Integer added, Integer groupSize, Set<IssueTag> issues, Mood mood, String feedback) {
    public ReportDraft {
        slots = slots == null ? Set.of() : Collections.unmodifiableSortedSet(new TreeSet<>(slots));
        issues = issues == null || issues.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(issues));
        feedback = feedback == null || feedback.isBlank() ? null : feedback.strip();
    }

    /** Only the numbers most people type: forwarded, added and the group's size now. */
    public static ReportDraft numbers(long volunteerId, LocalDate day, Integer forwarded, Integer added, Integer groupSize) {
        return new ReportDraft(volunteerId, null, day, Set.of(), forwarded, added, groupSize, Set.of(), null, null);
    }

    public ReportDraft withSlots(Set<Integer> s) {
        return new ReportDraft(volunteerId, boothId, day, s, forwarded, added, groupSize, issues, mood, feedback);
    }

    public ReportDraft withBooth(Long booth) {
        return new ReportDraft(volunteerId, booth, day, slots, forwarded, added, groupSize, issues, mood, feedback);
    }
}
