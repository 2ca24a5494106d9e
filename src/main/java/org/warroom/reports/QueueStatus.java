package org.warroom.reports;

/** Where a queued chat message stands. */
public enum QueueStatus {
    /** Waiting for an operator. */
    OPEN,
    /** Turned into a report. */
    REPORTED,
    /** Linked to a volunteer, no report made (something they said, kept on their record). */
    ATTACHED,
    /** Nothing to keep. */
    DISMISSED
}
