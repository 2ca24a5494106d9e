package org.warroom.people;

/** A write based on a stale copy: someone else changed the record first. Nothing was overwritten. */
public class ConflictException extends RuntimeException {
    public ConflictException(String message) {
        super(message);
    }
}
