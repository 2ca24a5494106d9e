package org.warroom.reports.db;

import java.time.LocalDate;

/** A report as stored: slots and issues as bit masks (slot s is bit s-1, an issue tag its ordinal). */
public record ReportRow(long id, long volunteerId, long boothId, LocalDate reportDate, int slotsMask, Integer forwarded,
                        Integer added, Integer groupSize, int issuesMask, String mood, String feedback, String source,
                        String originalText, String sourceKey, Long importId, int version) {
}
