package org.warroom.reports;

/** A line or message that was refused or skipped: its physical line in the file (0: the file as a whole) and why. */
public record ImportProblem(long line, String reason) {
    public String message() {
        return line == 0 ? reason : "line " + line + ": " + reason;
    }
}
