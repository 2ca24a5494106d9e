package org.warroom.posts;

import java.util.List;

/**
 * What moving a post to another slot did. {@code from} is where it was (null if it had no slot), {@code to} where it
 * is asked to go. When a scheduled post's wider target has seats in their silence period at the new slot and the
 * approver has not confirmed leaving them out, nothing moves: {@code moved} is false and {@code silent} names them.
 * {@code clashes} are other posts in the new slot for the same target unit: a warning only.
 */
public record MoveOutcome(boolean moved, Post post, SlotRef from, SlotRef to, SilenceVerdict silent, List<SlotClash> clashes,
                          String message) {
    public MoveOutcome {
        clashes = List.copyOf(clashes);
    }

    /** True when the approver must confirm that the silent seats are left out. */
    public boolean needsConfirmation() {
        return !moved && !silent.clear();
    }
}
