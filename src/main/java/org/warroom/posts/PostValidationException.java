package org.warroom.posts;

/** Input to the composer that was refused, with a message for the person who gave it and the field at fault. */
public class PostValidationException extends RuntimeException {
    private final String field;

    public PostValidationException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The form field at fault (attachment, slots, ...), so the window can point at it. */
    public String field() {
        return field;
    }
}
