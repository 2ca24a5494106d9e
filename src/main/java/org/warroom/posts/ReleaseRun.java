package org.warroom.posts;

import java.time.Instant;
import java.util.List;

/**
 * What one pass of the release at a slot did: the posts released, those held because seats fell silent after
 * scheduling (a coordinator must confirm leaving them out), those refused (every seat of a target silent), the
 * missed ones listed for a person (never released late on their own), and the deliveries made.
 */
public record ReleaseRun(Instant at, List<ReleaseOutcome> released, List<ReleaseOutcome> held, List<Refused> refused,
                         List<Post> missed, DeliveryReport deliveries) {
    /** A due post the console could not release, and why. */
    public record Refused(Post post, String reason) {
    }

    public ReleaseRun {
        released = List.copyOf(released);
        held = List.copyOf(held);
        refused = List.copyOf(refused);
        missed = List.copyOf(missed);
    }
}
