package org.warroom.posts.dispatch;

/**
 * A way a released post leaves the console: the district's message pack on disk, a webhook, later perhaps a
 * WhatsApp Business sender. The dispatcher calls {@link #deliver} once per attempt and decides about retries from
 * the answer; a channel never retries by itself and never throws for a failure it can name. Delivering the same
 * {@link Dispatch} twice must be harmless (the same pack folder; the same idempotency key).
 */
public interface DispatchChannel {
    /** The release log's name for it: "PACK", "WEBHOOK". */
    String name();

    /** One attempt. */
    Attempt deliver(Dispatch d);

    /** How often and how patiently to try. */
    RetryPolicy retryPolicy();
}
