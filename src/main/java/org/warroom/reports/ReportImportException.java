package org.warroom.reports;

/** A report file as a whole cannot be imported; the message says why and what to do. Nothing was saved. */
public class ReportImportException extends RuntimeException {
    private final long line;

    public ReportImportException(long line, String message) {
        super(message);
        this.line = line;
    }

    /** The physical line at fault, or 0 for the whole file. */
    public long line() {
        return line;
    }
}
