package org.warroom.people;

/** Input that was refused, with a message for the person who typed it; nothing was saved. */
public class ValidationException extends RuntimeException {
    private final String field;

    public ValidationException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The form field at fault (name, phone, role, unit, members), so the window can point at it. */
    public String field() {
        return field;
    }
}
