package org.warroom.operators;

/** What an operator at a desk may do: write posts, approve them, administer, or only look. */
public enum OperatorRole {
    /** Drafts and submits posts at the content desk. */
    WRITER,
    /** Approves, rejects, schedules and releases posts; never their own. */
    COORDINATOR,
    /** A coordinator who also looks after operators and categories. */
    ADMIN,
    /** Sees everything, changes nothing. */
    LEADERSHIP_VIEWER;

    public boolean canWrite() {
        return this != LEADERSHIP_VIEWER;
    }

    public boolean canApprove() {
        return this == COORDINATOR || this == ADMIN;
    }
}
