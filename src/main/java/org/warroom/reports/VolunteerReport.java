package org.warroom.reports;

import java.time.LocalDate;
import java.util.Set;
import org.warroom.reports.importers.IssueTag;
import org.warroom.reports.importers.Mood;

/** A saved daily report: one per volunteer, booth and day (later reports that day are merged into it). */
public record VolunteerReport(long id, long volunteerId, long boothId, LocalDate day, Set<Integer> slots, Integer forwarded,
                              Integer added, Integer groupSize, Set<IssueTag> issues, Mood mood, String feedback,
                              ReportSource source, String originalText, int version) {
}
