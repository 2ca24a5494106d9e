package org.warroom.posts.dispatch;

/**
 * What one attempt to deliver did: {@code PACKED} or {@code SENT} (done; {@code detail} is where, e.g. the pack's
 * folder), {@code RETRY} (a timeout, a 5xx, a refused connection, a reply that could not be read: worth another
 * attempt later with the same idempotency key) or {@code FAILED} (retrying cannot help, e.g. a 4xx). {@code reason}
 * says why in words a desk understands; it never holds a secret.
 */
public record Attempt(Outcome outcome, String reason, String detail) {
    public enum Outcome { PACKED, SENT, RETRY, FAILED }

    public static Attempt packed(String folder) {
        return new Attempt(Outcome.PACKED, null, folder);
    }

    public static Attempt sent(String detail) {
        return new Attempt(Outcome.SENT, null, detail);
    }

    public static Attempt retry(String reason) {
        return new Attempt(Outcome.RETRY, reason, null);
    }

    public static Attempt failed(String reason) {
        return new Attempt(Outcome.FAILED, reason, null);
    }

    public boolean delivered() {
        return outcome == Outcome.PACKED || outcome == Outcome.SENT;
    }
}
