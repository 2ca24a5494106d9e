package org.warroom.posts;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** A half-open stretch of time [start, end): it contains its start and not its end. */
public record Interval(Instant start, Instant end) {
    public Interval {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("interval ends before it starts: " + start + " .. " + end);
        }
    }

    public boolean contains(Instant at) {
        return !at.isBefore(start) && at.isBefore(end);
    }

    public Duration length() {
        return Duration.between(start, end);
    }
}
