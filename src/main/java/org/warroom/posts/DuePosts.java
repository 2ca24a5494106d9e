package org.warroom.posts;

import java.time.Instant;
import java.util.List;

/**
 * Scheduled posts whose slot has come by {@code at} and which are not released: {@code onTime} ones (at most the
 * slot grace late) may go now; {@code missed} ones (later than that, e.g. while the console was closed) are listed
 * for a person to decide — release late, move to another slot, or cancel — and are never sent late on their own.
 */
public record DuePosts(Instant at, List<Post> onTime, List<Post> missed) {
    public DuePosts {
        onTime = List.copyOf(onTime);
        missed = List.copyOf(missed);
    }
}
