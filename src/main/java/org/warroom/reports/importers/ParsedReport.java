package org.warroom.reports.importers;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * A volunteer's report as written in the group (format: docs/report-format.md). Only the booth is required;
 * a field the volunteer left out is null (numbers, mood, feedback) or empty (slots, issues). {@code seatNo} and
 * {@code seatName} are as written ("AC 187", "Isauli") and still to be looked up; slots are 1 to 6 in order.
 */
public record ParsedReport(Integer seatNo, String seatName, int boothPart, Integer forwarded, Integer added,
                           Integer members, Set<Integer> slots, Set<IssueTag> issues, Mood mood, String feedback) {
    public ParsedReport {
        slots = Collections.unmodifiableSortedSet(new TreeSet<>(slots));
        issues = Collections.unmodifiableSet(issues.isEmpty() ? EnumSet.noneOf(IssueTag.class) : EnumSet.copyOf(issues));
    }
}
