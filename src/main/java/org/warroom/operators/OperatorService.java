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
    private final Access access;

    /** Acting as {@code actor} with every right: for tools and tests; the console passes its {@link Access}. */
    public OperatorService(Jdbi jdbi, AuditLog audit, Actor actor) {
        this(jdbi, audit, new Access(Principal.open(actor.name()), actor.desk()));
    }

    public OperatorService(Jdbi jdbi, AuditLog audit, Access access) {
        this.jdbi = jdbi;
        this.audit = audit;
        this.access = access;
    }

    /** Adds an operator; names are unique regardless of case, since the desk picks people by name. */
    public Operator add(String name, OperatorRole role) {
        String n = cleanName(name);
        if (role == null) {
            throw new OperatorException("Choose a role: " + roles() + ".");
        }
        access.requireRole(access.current().role().administers(), "add operators");
        return jdbi.inTransaction(h -> insert(h, n, role));
    }

    private Operator insert(org.jdbi.v3.core.Handle h, String n, OperatorRole role) {
        OperatorDao dao = h.attach(OperatorDao.class);
        if (dao.byName(n).isPresent()) {
            throw new OperatorException("There is already an operator named " + n + ".");
        }
        Operator saved = new Operator(dao.insert(n, role.name()), n, role);
        audit.record(h, access.actor(), "ADD", "operator", saved.id(), null, saved.name() + " (" + role + ")");
        return saved;
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

    /** Every operator with their login state, for the administrator's screen (administrators only). */
    public List<Account> accounts() {
        access().requireRole(access().current().role().administers(), "see the operators' accounts");
        return jdbi.withHandle(h -> h.createQuery("SELECT id, name, role, scope_code, password_hash IS NOT NULL AS login, "
                        + "active, locked_until FROM operator ORDER BY LOWER(name)")
                .map((rs, ctx) -> {
                    java.time.OffsetDateTime locked = rs.getObject(7, java.time.OffsetDateTime.class);
                    return new Account(rs.getLong(1), rs.getString(2), OperatorRole.valueOf(rs.getString(3)), rs.getString(4),
                            rs.getBoolean(5), rs.getBoolean(6), locked == null ? null : locked.toInstant());
                }).list());
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

    /** Who is at this console, as the services see it. */
    public Access access() {
        return access;
    }

    // ---- logins -------------------------------------------------------------------------------------------------

    /** Five wrong passwords in a row lock the account for this long (the administrator can reset it sooner). */
    public static final java.time.Duration LOCKOUT = java.time.Duration.ofMinutes(5);
    private static final int MAX_FAILURES = 5;
    private static final String WRONG = "The name or the password is wrong.";

    /** Whether anyone can log in: once the first administrator exists, every desk logs in. */
    public boolean hasAccounts() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM operator WHERE password_hash IS NOT NULL AND active = TRUE")
                .mapTo(Integer.class).one() > 0);
    }

    /**
     * The first run's step: creates the administrator (or gives an existing operator of that name the administrator
     * role and a password). Refused once any account exists: after that only an administrator adds people.
     */
    public Principal createFirstAdministrator(String name, char[] password) {
        String weak = Passwords.weakness(password);
        if (weak != null) {
            throw new OperatorException(weak);
        }
        String hash = Passwords.hash(password);
        return jdbi.inTransaction(h -> {
            if (h.createQuery("SELECT COUNT(*) FROM operator WHERE password_hash IS NOT NULL").mapTo(Integer.class).one() > 0) {
                throw new AccessDeniedException("The administrator already exists; log in as them to add people.");
            }
            String n = cleanName(name);
            OperatorDao dao = h.attach(OperatorDao.class);
            long id = dao.byName(n).map(Operator::id).orElseGet(() -> dao.insert(n, OperatorRole.ADMIN.name()));
            h.createUpdate("UPDATE operator SET role = 'ADMIN', password_hash = :p, active = TRUE, failed_logins = 0 WHERE id = :id")
                    .bind("p", hash).bind("id", id).execute();
            audit.record(h, new Actor(n, access().actor().desk()), "CREATE_ADMIN", "operator", id, null, n + " (ADMIN)");
            return principal(h, id);
        });
    }

    /**
     * Adds a person who logs in, by an administrator. A desk operator needs the code of the unit they work for
     * (a district such as D-SULTANPUR, a region or a seat).
     */
    public Operator addAccount(String name, OperatorRole role, String scopeCode, char[] password) {
        access().requireRole(access().current().role().administers(), "add operators");
        String weak = Passwords.weakness(password);
        if (weak != null) {
            throw new OperatorException(weak);
        }
        if (role.scoped() && (scopeCode == null || scopeCode.isBlank())) {
            throw new OperatorException("A desk operator works for a unit: give its code, e.g. --scope D-SULTANPUR.");
        }
        String hash = Passwords.hash(password);
        String n = cleanName(name);
        return jdbi.inTransaction(h -> {
            String scope = scopeCode == null || scopeCode.isBlank() ? null : unitByCode(h, scopeCode.strip())[0];
            Operator op = insert(h, n, role);
            h.createUpdate("UPDATE operator SET password_hash = :p, scope_code = :s WHERE id = :id")
                    .bind("p", hash).bind("s", scope).bind("id", op.id()).execute();
            audit.record(h, access().actor(), "ADD_ACCOUNT", "operator", op.id(), null,
                    op.name() + " (" + role + (scope == null ? "" : ", " + scope) + ")");
            return op;
        });
    }

    /**
     * Checks a name and password and returns who that is, with their role and scope; records the attempt.
     * Wrong name and wrong password get the same answer, so the message does not tell which names exist.
     */
    public Principal login(String name, char[] password) {
        java.time.Instant now = java.time.Instant.now();
        Object[] row = jdbi.withHandle(h -> h.createQuery("SELECT id, password_hash, active, failed_logins, locked_until "
                        + "FROM operator WHERE LOWER(name) = LOWER(:n)")
                .bind("n", name == null ? "" : name.strip())
                .map((rs, ctx) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getBoolean(3), rs.getInt(4),
                        rs.getObject(5, java.time.OffsetDateTime.class)})
                .findOne().orElse(null));
        if (row == null || row[1] == null || !(Boolean) row[2]) {
            // the same work as a real check, so timing does not tell either
            Passwords.verify(password, DUMMY);
            throw new AccessDeniedException(AccessDeniedException.Reason.WRONG_CREDENTIALS, WRONG);
        }
        long id = (Long) row[0];
        java.time.OffsetDateTime locked = (java.time.OffsetDateTime) row[4];
        if (locked != null && locked.toInstant().isAfter(now)) {
            throw new AccessDeniedException(AccessDeniedException.Reason.LOCKED_OUT, "Too many wrong passwords: this account is locked until "
                    + locked.atZoneSameInstant(java.time.ZoneId.of("Asia/Kolkata")).toLocalTime().withNano(0)
                    + " IST, or until an administrator resets it.");
        }
        boolean ok = Passwords.verify(password, (String) row[1]);
        return jdbi.inTransaction(h -> {
            if (!ok) {
                int failures = (Integer) row[3] + 1;
                h.createUpdate("UPDATE operator SET failed_logins = :f, locked_until = :l WHERE id = :id")
                        .bind("f", failures >= MAX_FAILURES ? 0 : failures)
                        .bind("l", failures >= MAX_FAILURES ? java.time.OffsetDateTime.ofInstant(now.plus(LOCKOUT), java.time.ZoneOffset.UTC) : null)
                        .bind("id", id).execute();
                audit.record(h, new Actor(name.strip(), access().actor().desk()), "LOGIN_FAILED", "operator", id, null,
                        failures >= MAX_FAILURES ? "locked for " + LOCKOUT.toMinutes() + " minutes" : "attempt " + failures);
                return null;
            }
            h.createUpdate("UPDATE operator SET failed_logins = 0, locked_until = NULL WHERE id = :id").bind("id", id).execute();
            Principal p = principal(h, id);
            audit.record(h, new Actor(p.name(), access().actor().desk()), "LOGIN", "operator", id, null, null);
            return p;
        }) instanceof Principal p ? p : fail();
    }

    private static Principal fail() {
        throw new AccessDeniedException(AccessDeniedException.Reason.WRONG_CREDENTIALS, WRONG);
    }

    /** Changes one's own password: the old one is asked again, so an unlocked, unattended desk cannot do it. */
    public void changePassword(long operatorId, char[] oldPassword, char[] newPassword) {
        String weak = Passwords.weakness(newPassword);
        if (weak != null) {
            throw new OperatorException(weak);
        }
        String stored = jdbi.withHandle(h -> h.createQuery("SELECT password_hash FROM operator WHERE id = :id")
                .bind("id", operatorId).mapTo(String.class).findOne().orElse(null));
        if (!Passwords.verify(oldPassword, stored)) {
            throw new AccessDeniedException("The current password is wrong; nothing was changed.");
        }
        String hash = Passwords.hash(newPassword);
        jdbi.useTransaction(h -> {
            h.createUpdate("UPDATE operator SET password_hash = :p WHERE id = :id").bind("p", hash).bind("id", operatorId).execute();
            audit.record(h, access().actor(), "CHANGE_PASSWORD", "operator", operatorId, null, null);
        });
    }

    /** An administrator sets someone's password (they forgot it) and clears a lock. */
    public void resetPassword(String name, char[] newPassword) {
        access().requireRole(access().current().role().administers(), "reset passwords");
        String weak = Passwords.weakness(newPassword);
        if (weak != null) {
            throw new OperatorException(weak);
        }
        Operator op = byName(name).orElseThrow(() -> new OperatorException("There is no operator named " + name + "."));
        String hash = Passwords.hash(newPassword);
        jdbi.useTransaction(h -> {
            h.createUpdate("UPDATE operator SET password_hash = :p, failed_logins = 0, locked_until = NULL WHERE id = :id")
                    .bind("p", hash).bind("id", op.id()).execute();
            audit.record(h, access().actor(), "RESET_PASSWORD", "operator", op.id(), null, null);
        });
    }

    /** Who this operator is to the services: role, and for a desk operator the unit's id, path and name. */
    public Principal principal(long operatorId) {
        return jdbi.withHandle(h -> principal(h, operatorId));
    }

    /** The same, read in the caller's transaction (a write that checks the person's scope). */
    public Principal principal(org.jdbi.v3.core.Handle h, long id) {
        Object[] r = h.createQuery("SELECT name, role, scope_code FROM operator WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> new Object[] {rs.getString(1), rs.getString(2), rs.getString(3)}).one();
        OperatorRole role = OperatorRole.valueOf((String) r[1]);
        String code = (String) r[2];
        if (code == null) {
            return new Principal(id, (String) r[0], role, null, null, null);
        }
        String[] u = unitByCode(h, code);
        return new Principal(id, (String) r[0], role, Long.parseLong(u[1]), u[2], u[3]);
    }

    /** {code, id, path, name} of a unit by its code, or a message naming the code. */
    private static String[] unitByCode(org.jdbi.v3.core.Handle h, String code) {
        return h.createQuery("SELECT code, id, path, name_en FROM unit WHERE UPPER(code) = UPPER(:c)").bind("c", code)
                .map((rs, ctx) -> new String[] {rs.getString(1), String.valueOf(rs.getLong(2)), rs.getString(3), rs.getString(4)})
                .findOne().orElseThrow(() -> new OperatorException("There is no unit with the code " + code
                        + " (codes look like D-SULTANPUR, AC-187, R-AWADH)."));
    }

    /** A name as people are told apart by it: trimmed, inner spaces single, 1 to 80 characters. */
    private static String cleanName(String name) {
        String n = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (n.isEmpty()) {
            throw new OperatorException("An operator needs a name.");
        }
        if (n.length() > 80) {
            throw new OperatorException("An operator's name is at most 80 characters.");
        }
        return n;
    }

    /**
     * A valid hash of nothing anyone types, checked against when the name is unknown (so an unknown name costs as
     * long as a wrong password). Written out rather than hashed at class load: hashing it cost every start of the
     * window ~270 ms on the way to the tree. {@code OperatorServiceTest} checks it verifies and has today's parameters.
     */
    static final String DUMMY_PASSWORD = "not-a-password-of-anyone";
    static final String DUMMY = "$argon2id$v=19$m=19456,t=2,p=1$kihyULdtj6SK0oWeOrBiIA$QqNMAAOTaO03SVZfaWGIikAOcnSqbreKmoiAS7ZGp9I";
}
