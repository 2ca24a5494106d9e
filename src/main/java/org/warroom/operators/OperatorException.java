package org.warroom.operators;

/**
 * An operator that cannot be added or found, said for the person at the desk; nothing was saved. An
 * {@link IllegalArgumentException}, so the command line reports it as one sentence like other input errors.
 */
public class OperatorException extends IllegalArgumentException {
    public OperatorException(String message) {
        super(message);
    }
}
