package org.warroom.reports.importers;

/**
 * A report table as a whole cannot be read: empty, not UTF-8, wrong separator, missing columns, a broken quote.
 * The message says what to do and never quotes a phone number; nothing was saved.
 */
public class TableImportException extends RuntimeException {
    private final long line;

    public TableImportException(long line, String message) {
        super(line > 0 ? "Line " + line + ": " + message : message);
        this.line = line;
    }

    /** The physical line at fault (the header is line 1), or 0 when the problem is the whole file. */
    public long line() {
        return line;
    }
}
