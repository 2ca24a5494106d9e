package org.warroom.operators;

/** A change outside what the person at the console may do: their role, or their desk's part of the organisation. */
public final class AccessDeniedException extends RuntimeException {
    /** Why, for a screen that words it in its own language. */
    public enum Reason {
        /** The name or the password at login is wrong (the two are not told apart). */
        WRONG_CREDENTIALS,
        /** Too many wrong passwords: the account waits, or an administrator resets it. */
        LOCKED_OUT,
        /** The role or the scope does not allow it. */
        NOT_ALLOWED
    }

    private final Reason reason;

    public AccessDeniedException(String message) {
        this(Reason.NOT_ALLOWED, message);
    }

    public AccessDeniedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
