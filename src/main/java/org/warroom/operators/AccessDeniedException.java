package org.warroom.operators;

/** A change outside what the person at the console may do: their role, or their desk's part of the organisation. */
public final class AccessDeniedException extends RuntimeException {
    public AccessDeniedException(String message) {
        super(message);
    }
}
