package org.warroom.operators;

/**
 * Who is working at this console, as the services see it: an operator's role and, for a desk operator, the unit
 * whose subtree they may change ({@code scopePath} is that unit's path, e.g. {@code /1/3/4/}). In a war room with
 * no accounts yet (a laptop, a fresh database) the console runs {@linkplain #open open}: as the computer's user,
 * with every right, until the first administrator is created.
 */
public record Principal(long operatorId, String name, OperatorRole role, Long scopeUnitId, String scopePath,
                        String scopeName) {

    /** Nobody has logged in because the war room has no accounts yet. */
    public static Principal open(String user) {
        return new Principal(0, user, OperatorRole.ADMIN, null, null, null);
    }

    /** A command run without --operator in a war room that has accounts: it may read, and nothing else. */
    public static Principal notLoggedIn() {
        return new Principal(-1, "not logged in", OperatorRole.LEADERSHIP_VIEWER, null, null, null);
    }

    public boolean loggedIn() {
        return operatorId > 0;
    }

    public boolean isOpen() {
        return operatorId == 0;
    }

    /** Whether this person may change data of the unit with this path. */
    public boolean mayChange(String unitPath) {
        if (!role.changesOrganisation()) {
            return false;
        }
        return scopePath == null || (unitPath != null && unitPath.startsWith(scopePath));
    }

    /** Whether this person may see data of the unit with this path (everyone sees the whole organisation read-only). */
    public boolean mayRead(String unitPath) {
        return true;
    }

    /** Phone numbers are shown in full only to those who call volunteers; others see them masked. */
    public boolean seesPhones() {
        return role.seesPhones();
    }
}
