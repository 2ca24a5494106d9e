package org.warroom.reports;

/** What saving did: a new report, or the day's earlier report with this one merged into it. */
public record SavedReport(VolunteerReport report, boolean merged) {
}
