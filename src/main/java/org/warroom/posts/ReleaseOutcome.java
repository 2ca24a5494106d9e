package org.warroom.posts;

import java.util.Set;

/**
 * What releasing a post did: the seats it went to, or, when seats of a wider target have fallen silent since it was
 * scheduled and nobody has confirmed leaving them out, nothing ({@code released} false, {@code silent} lists them).
 */
public record ReleaseOutcome(boolean released, Post post, Set<Integer> seats, SilenceVerdict silent, String message) {
    public ReleaseOutcome {
        seats = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(seats));
    }
}
