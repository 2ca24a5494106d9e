package org.warroom.operators;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.warroom.platform.audit.Actor;

/**
 * The one place services ask who is acting and whether they may: every write checks here, inside its own
 * transaction, so the window, the CLI and a direct service call get the same answer. The current person changes at
 * login and logout; until then it is {@link Principal#open}.
 */
public final class Access {
    private final AtomicReference<Principal> current;
    private final String desk;

    public Access(Principal initial, String desk) {
        this.current = new AtomicReference<>(initial);
        this.desk = desk;
    }

    /** Open access as this computer's user: for tests, tools and a war room without accounts. */
    public static Access open(String desk) {
        return new Access(Principal.open(System.getProperty("user.name", "operator")), desk);
    }

    public Principal current() {
        return current.get();
    }

    public void set(Principal p) {
        current.set(p);
    }

    /** The name written on audit rows: the operator, and the desk. */
    public Actor actor() {
        return new Actor(current.get().name(), desk);
    }

    /** Refuses unless the person may change the organisation's data under this unit. */
    public void requireChange(Handle h, long unitId) {
        requireChange(h, List.of(unitId));
    }

    /** Refuses unless the person may change data under every one of these units; names the first one refused. */
    public void requireChange(Handle h, Collection<Long> unitIds) {
        Principal p = current.get();
        if (p.operatorId() < 0) {
            throw new AccessDeniedException("Log in first: this war room has accounts (--operator NAME; the password is "
                    + "asked for, or taken from WARROOM_PASSWORD).");
        }
        if (!p.role().changesOrganisation()) {
            throw new AccessDeniedException(p.name() + " (" + p.role().label() + ") may look but not change anything.");
        }
        String outside = outsideScope(h, p, unitIds);
        if (outside != null) {
            throw new AccessDeniedException(p.name() + " works for " + p.scopeName() + " and may not change " + outside
                    + ", which is outside it.");
        }
    }

    /**
     * The name of the first of these units outside the person's scope (a desk operator's unit and what is below it),
     * or null when all are inside, or the person has no scope. Read in the caller's transaction.
     */
    public static String outsideScope(Handle h, Principal p, Collection<Long> unitIds) {
        if (p.scopePath() == null || unitIds.isEmpty()) {
            return null;
        }
        Map<Long, String[]> units = h.createQuery("SELECT id, path, name_en FROM unit WHERE id IN (<ids>)")
                .bindList("ids", List.copyOf(unitIds))
                .map((rs, ctx) -> Map.entry(rs.getLong(1), new String[] {rs.getString(2), rs.getString(3)}))
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
        for (Long id : unitIds) {
            String[] u = units.get(id);
            if (u == null || u[0] == null || !u[0].startsWith(p.scopePath())) {
                return u == null ? "unit " + id : u[1];
            }
        }
        return null;
    }

    /** Refuses unless the person's role allows this, e.g. administering operators. */
    public void requireRole(boolean allowed, String what) {
        Principal p = current.get();
        if (!allowed && p.operatorId() < 0) {
            throw new AccessDeniedException("Log in first: this war room has accounts (--operator NAME).");
        }
        if (!allowed) {
            throw new AccessDeniedException(p.name() + " (" + p.role().label() + ") may not " + what + ".");
        }
    }
}
