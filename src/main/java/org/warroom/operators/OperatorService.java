package org.warroom.operators;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.warroom.operators.db.OperatorDao;
import org.warroom.platform.audit.Actor;
import org.warroom.platform.audit.AuditLog;

/**
 * The people who work the desks and their roles. Minimal until the login issue lands: the desk chooses who is at
 * it from this list, and the services are told that operator's id.
 */
public final class OperatorService {
    private final Jdbi jdbi;
    private final AuditLog audit;
    private final Actor actor;

    public OperatorService(Jdbi jdbi, AuditLog audit, Actor actor) {
        this.jdbi = jdbi;
        this.audit = audit;
        this.actor = actor;
    }

    /** Adds an operator; names are unique regardless of case, since the desk picks people by name. */
    public Operator add(String name, OperatorRole role) {
        String n = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (n.isEmpty()) {
            throw new OperatorException("An operator needs a name.");
        }
        if (n.length() > 80) {
            throw new OperatorException("An operator's name is at most 80 characters.");
        }
        if (role == null) {
            throw new OperatorException("Choose a role: " + roles() + ".");
        }
        return jdbi.inTransaction(h -> {
            OperatorDao dao = h.attach(OperatorDao.class);
            if (dao.byName(n).isPresent()) {
                throw new OperatorException("There is already an operator named " + n + ".");
            }
            Operator saved = new Operator(dao.insert(n, role.name()), n, role);
            audit.record(h, actor, "ADD", "operator", saved.id(), null, saved.name() + " (" + role + ")");
            return saved;
        });
    }

    /** A role written as people type it: "coordinator", "Leadership viewer", "ADMIN". */
    public static OperatorRole parseRole(String s) {
        String key = s == null ? "" : s.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (OperatorRole r : OperatorRole.values()) {
            if (r.name().equals(key)) {
                return r;
            }
        }
        throw new OperatorException("\"" + s + "\" is not a role; roles are " + roles() + ".");
    }

    private static String roles() {
        return String.join(", ", java.util.Arrays.stream(OperatorRole.values()).map(Enum::name).toList());
    }

    public List<Operator> list() {
        return jdbi.withExtension(OperatorDao.class, OperatorDao::all);
    }

    public Optional<Operator> byName(String name) {
        return name == null ? Optional.empty() : jdbi.withExtension(OperatorDao.class, dao -> dao.byName(name.strip()));
    }

    public Optional<Operator> byId(long id) {
        return jdbi.withExtension(OperatorDao.class, dao -> dao.byId(id));
    }

    /** The operator with this id, or a message saying there is none (the desk's choice went stale). */
    public Operator require(long id) {
        return byId(id).orElseThrow(() -> new OperatorException("There is no operator with id " + id
                + "; choose who is at the desk again."));
    }
}
