package org.warroom.posts;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a post is in its workflow: DRAFT → SUBMITTED → APPROVED | REJECTED → SCHEDULED → RELEASED, or CANCELLED
 * from any state before release. A rejected post goes back to DRAFT when it is edited; an approved or scheduled
 * post goes back to SUBMITTED, because what was approved is no longer what would be sent.
 */
public enum PostStatus {
    DRAFT, SUBMITTED, APPROVED, REJECTED, SCHEDULED, RELEASED, CANCELLED;

    /** The moves the workflow allows (edits that send a post back are listed here too). */
    public Set<PostStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(SUBMITTED, CANCELLED);
            case SUBMITTED -> EnumSet.of(APPROVED, REJECTED, CANCELLED);
            case APPROVED -> EnumSet.of(SCHEDULED, SUBMITTED, CANCELLED);
            case REJECTED -> EnumSet.of(DRAFT, CANCELLED);
            // SCHEDULED → SCHEDULED is a move to another slot
            case SCHEDULED -> EnumSet.of(SCHEDULED, RELEASED, SUBMITTED, CANCELLED);
            case RELEASED, CANCELLED -> EnumSet.noneOf(PostStatus.class);
        };
    }

    public boolean canMoveTo(PostStatus to) {
        return next().contains(to);
    }

    /** Released and cancelled posts are history: nothing changes them any more. */
    public boolean isFinal() {
        return this == RELEASED || this == CANCELLED;
    }

    /** The status an edit leaves a post in: approval is undone, a rejected post becomes a draft again. */
    public PostStatus afterEdit() {
        return switch (this) {
            case DRAFT, REJECTED -> DRAFT;
            case SUBMITTED, APPROVED, SCHEDULED -> SUBMITTED;
            case RELEASED, CANCELLED -> throw new IllegalStateException(this + " posts cannot be edited");
        };
    }

    /** "draft", "submitted": for messages. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
