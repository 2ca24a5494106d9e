package org.warroom.posts;

/** A change based on a stale copy of a post: someone else changed it first. Nothing was overwritten. */
public class PostConflictException extends RuntimeException {
    public PostConflictException(String message) {
        super(message);
    }
}
