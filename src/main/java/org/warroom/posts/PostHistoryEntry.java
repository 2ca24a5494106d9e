package org.warroom.posts;

import java.time.Instant;

/** One step of a post's history: who moved it from what to what, and why (a rejection's reason, a note). */
public record PostHistoryEntry(long id, long postId, Instant at, Long operatorId, PostStatus fromStatus,
                               PostStatus toStatus, String note) {
}
