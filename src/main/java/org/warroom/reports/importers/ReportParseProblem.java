package org.warroom.reports.importers;

/**
 * A message that clearly tries to be a report but cannot be read as one, with the reason to send back to the
 * volunteer; {@code boothPart} is the booth it names, or null when even that could not be read.
 */
public record ReportParseProblem(Integer boothPart, String reason) {
}
