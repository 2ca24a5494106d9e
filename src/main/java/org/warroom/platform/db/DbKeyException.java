package org.warroom.platform.db;

/**
 * The database key is missing, wrong, or given for a database that is not encrypted. The window asks again for the
 * first two; a command says what to do. The message never holds the key.
 */
public final class DbKeyException extends DatabaseException {
    /** What is the matter with the key. */
    public enum Reason { NEEDED, WRONG, NOT_ENCRYPTED }

    private final Reason reason;

    public DbKeyException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public DbKeyException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
