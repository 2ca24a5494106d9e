package org.warroom.reports.importers;

/** A line of a chat export that was skipped, with the reason; its text is never repeated, since it may hold a number. */
public record LineError(long line, String reason) {
    /** The reason with its line, as an operator reads it. */
    public String message() {
        return "line " + line + ": " + reason;
    }
}
