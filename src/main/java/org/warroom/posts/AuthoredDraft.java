package org.warroom.posts;

/** A draft with the operator who wrote it, for creating many posts at once (a schedule file). */
public record AuthoredDraft(long operatorId, PostDraft draft) {
}
