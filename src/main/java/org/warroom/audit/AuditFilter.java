package org.warroom.audit;

import java.time.Instant;

/**
 * What the viewer, `audit list` and the CSV export select; every part may be null (no condition). {@code actor}: a
 * part of the actor's name, any case. {@code unit}: a unit's code or name; rows about records in its subtree.
 * {@code kind}: an action (ADD, EDIT, …) or an entity (volunteer, post, …), any case. {@code since} inclusive,
 * {@code until} exclusive. The values are bound as parameters, never written into the SQL.
 */
public record AuditFilter(String actor, String unit, String kind, Instant since, Instant until) {
    public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null);

    public AuditFilter {
        actor = blankToNull(actor);
        unit = blankToNull(unit);
        kind = blankToNull(kind);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
