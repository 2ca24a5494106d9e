package org.warroom.reports.importers;

/** What one chat message is to the report reader: a report, a broken attempt at one, or ordinary chatter. */
public sealed interface ReportLine {
    /** A message in the report format. */
    record Report(ParsedReport report) implements ReportLine {
    }

    /** A message that tries to be a report but breaks the format; the volunteer should be asked to resend it. */
    record Broken(ReportParseProblem problem) implements ReportLine {
        /** Why it cannot be read, in words an operator can pass on. */
        public String reason() {
            return problem.reason();
        }
    }

    /** Anything else said in the group, numbers or not. */
    record Chatter() implements ReportLine {
    }
}
