package org.warroom.posts;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * What one channel accepts as attachments: the types it takes with the largest file of each (in bytes), how many
 * files one post may carry, and whether a video or GIF must travel alone (X: four photos, or one GIF, or one video).
 */
public record ChannelRule(Map<MediaType, Long> maxBytes, int maxAttachments, boolean videoOrGifAlone) {
    public ChannelRule {
        EnumMap<MediaType, Long> copy = new EnumMap<>(MediaType.class);
        copy.putAll(maxBytes);
        maxBytes = Collections.unmodifiableMap(copy);
        if (maxAttachments < 0) {
            throw new IllegalArgumentException("maxAttachments < 0");
        }
    }

    /** The largest file of this type the channel takes; empty if it does not take the type at all. */
    public Optional<Long> maxBytes(MediaType type) {
        return Optional.ofNullable(maxBytes.get(type));
    }
}
