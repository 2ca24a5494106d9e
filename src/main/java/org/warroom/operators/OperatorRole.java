package org.warroom.operators;

/** What an operator may do. Desk operators are limited to their unit's subtree; the others see the whole state. */
public enum OperatorRole {
    /** Drafts and submits posts at the content desk. */
    WRITER,
    /** Sees everything, approves, rejects, schedules and releases posts (never their own). */
    COORDINATOR,
    /** A coordinator who also looks after operators, backups and settings. */
    ADMIN,
    /** Sees everything, changes nothing; phone numbers masked. */
    LEADERSHIP_VIEWER,
    /** Works a district's (or region's, or seat's) table: changes volunteers, groups and reports of that subtree. */
    DESK_OPERATOR,
    /** Reads the audit trail and verifies it; changes nothing; phone numbers masked. */
    AUDITOR;

    public boolean canWrite() {
        return this != LEADERSHIP_VIEWER && this != AUDITOR;
    }

    public boolean canApprove() {
        return this == COORDINATOR || this == ADMIN;
    }

    /** Volunteers, groups, lists and reports. */
    public boolean changesOrganisation() {
        return this == ADMIN || this == COORDINATOR || this == DESK_OPERATOR;
    }

    public boolean administers() {
        return this == ADMIN;
    }

    /** Whether this role works with volunteers' phone numbers (calls them); others see them masked. */
    public boolean seesPhones() {
        return this == ADMIN || this == COORDINATOR || this == DESK_OPERATOR;
    }

    /**
     * Who may read the audit trail (it names people and holds earlier values): administrators, coordinators, auditors,
     * and desk operators, who read only the rows about their unit and below it (the audit service sees to that).
     */
    public boolean readsAudit() {
        return this == ADMIN || this == COORDINATOR || this == AUDITOR || this == DESK_OPERATOR;
    }

    /** Desk operators must be given the unit they work for. */
    public boolean scoped() {
        return this == DESK_OPERATOR;
    }

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
