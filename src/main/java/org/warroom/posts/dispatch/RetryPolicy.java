package org.warroom.posts.dispatch;

import java.time.Duration;

/**
 * Bounded retries with exponential back-off: attempt n+1 waits {@code first × 2^(n-1)}, at most {@code max}; after
 * {@code attempts} attempts the delivery is marked failed with the last reason.
 */
public record RetryPolicy(int attempts, Duration first, Duration max) {
    public RetryPolicy {
        if (attempts < 1) {
            throw new IllegalArgumentException("at least one attempt");
        }
        if (first.isNegative() || max.compareTo(first) < 0) {
            throw new IllegalArgumentException("0 <= first <= max");
        }
    }

    /** The wait after the {@code attemptsMade}-th failed attempt. */
    public Duration delayAfter(int attemptsMade) {
        Duration d = first;
        for (int i = 1; i < attemptsMade && d.compareTo(max) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(max) > 0 ? max : d;
    }
}
