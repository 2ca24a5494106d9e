package org.warroom.posts;

import java.util.List;
import java.util.Set;

/** A post with everything it goes out with: target units, channels, attachments and seats excluded as silent. */
public record PostDetail(Post post, List<Long> targetUnitIds, Set<Channel> channels, List<StoredAttachment> attachments,
                         Set<Integer> excludedSeats) {
    public PostDetail {
        targetUnitIds = List.copyOf(targetUnitIds);
        channels = Set.copyOf(channels);
        attachments = List.copyOf(attachments);
        excludedSeats = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(excludedSeats));
    }
}
