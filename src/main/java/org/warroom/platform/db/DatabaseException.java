package org.warroom.platform.db;

/** A database problem worded for the person at the desk; the cause keeps the technical detail for the log. */
public class DatabaseException extends RuntimeException {
    public DatabaseException(String message) {
        super(message);
    }

    public DatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
