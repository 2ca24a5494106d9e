package org.warroom.reports.importers;

/**
 * The chat export as a whole cannot be read: empty, not a WhatsApp export, not UTF-8, or a damaged zip.
 * The message says what to do and never quotes the file's text.
 */
public class ChatImportException extends RuntimeException {
    private final long line;

    public ChatImportException(long line, String message) {
        super(line > 0 ? "Line " + line + ": " + message : message);
        this.line = line;
    }

    /** The physical line at fault (line 1 is the first), or 0 when the problem is the whole file. */
    public long line() {
        return line;
    }
}
