package org.warroom.posts;

/**
 * Where one delivery of a released post (to one district, through one channel) stands: PENDING (waiting for its
 * next attempt), SENDING (an attempt is under way), then PACKED (the district's pack is written), SENT (the webhook
 * took it), FAILED (with the reason; a person may redeliver) or EXCLUDED_SILENT (every targeted seat of the district
 * is in its silence period: nothing goes there).
 */
public enum ReleaseStatus {
    PENDING, SENDING, SENT, FAILED, PACKED, EXCLUDED_SILENT;

    /** Nothing more happens to it on its own. */
    public boolean isFinal() {
        return this != PENDING && this != SENDING;
    }
}
