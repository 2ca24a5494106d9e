package org.warroom.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.warroom.geography.GeographyCatalog;
import org.warroom.geography.GeographyService;
import org.warroom.geography.OrgBuilder;
import org.warroom.geography.OrgPlan;
import org.warroom.org.CoverageRollup;
import org.warroom.people.PhoneNumbers;
import org.warroom.people.Role;
import org.warroom.platform.audit.Actor;
import org.warroom.platform.audit.AuditLog;
import org.warroom.platform.db.Database;

/**
 * The organisation's tables, built beside the live ones under {@link #SUFFIX} and swapped in when complete.
 * A row in app_setting marks a build under way ("LOAD") or swapping ("SWAP"), with the process that owns it;
 * a build that died is undone (LOAD: its side tables dropped, the live data was never touched) or completed
 * (SWAP: the side tables are whole, so the renames are finished) by {@link #recover}. H2 only: it copies the
 * live schema from H2's own SCRIPT, so a later migration's columns, indexes and constraints come along.
 */
final class SideTables {
    private static final Logger LOG = LoggerFactory.getLogger(SideTables.class);

    static final String SUFFIX = "__NEW";
    /** The tables a build fills; tables that refer to them (reports, post targets) come along while empty. */
    private static final List<String> TABLES = List.of("UNIT", "SEAT_DETAIL", "BOOTH_DETAIL", "UNIT_SEARCH",
            "COVERAGE", "VOLUNTEER", "WHATSAPP_GROUP", "BROADCAST_LIST");
    private static final String MARK = "bulk.load";
    /**
     * Kept while the rows go in: a primary key on one column, which H2 uses as the row's own key (rows arrive in
     * key order, so it costs nothing, and adding it afterwards would leave it a second index). Every other index
     * and constraint is built once at the end from the loaded rows (H2 sorts and merges them in blocks): each
     * index kept row by row also costs an undo-log entry at every commit. Measured here on the up preset: held
     * back in part (4 indexes), 16–25 s; held back whole, see bench/results.
     */
    private static final Pattern KEEP = Pattern.compile("^ALTER TABLE .* ADD CONSTRAINT .* PRIMARY KEY\\(\"[^\",]+\"\\)$");
    private static final Pattern LATER = Pattern.compile("^(CREATE (UNIQUE |HASH |UNIQUE HASH )?INDEX |ALTER TABLE .* ADD CONSTRAINT )");
    private static final Pattern NAME = Pattern.compile("\"PUBLIC\"\\.\"([^\"]+)\"");
    private static final Pattern DEFINES = Pattern.compile("(?:ADD CONSTRAINT|INDEX) \"PUBLIC\"\\.\"([^\"]+)\"");
    /** A build running in this process (its marker names this process, which is alive, but may be stale). */
    private static final AtomicBoolean RUNNING_HERE = new AtomicBoolean();
    private static volatile String host;

    private final List<String> later = new ArrayList<>();

    private SideTables() {
    }

    /** Marks the build, refuses an existing organisation unless replacing, and creates empty side tables. */
    static SideTables begin(Handle h, boolean replace, String what) {
        String busy = recover(h);
        if (busy != null) {
            throw new IllegalStateException(busy);
        }
        if (!replace) {
            GeographyService.prepare(h, false);
        }
        if (!RUNNING_HERE.compareAndSet(false, true)) {
            throw new IllegalStateException("A demo is already being built in this window; wait for it to finish.");
        }
        try {
            h.execute("INSERT INTO app_setting (name, val) VALUES ('" + MARK + "', ?)",
                    clip("LOAD " + owner() + " " + Instant.now() + " " + what));
        } catch (RuntimeException e) {
            RUNNING_HERE.set(false);
            throw new IllegalStateException("Another program started building the organisation just now; nothing was changed.", e);
        }
        SideTables side = new SideTables();
        try {
            side.create(h);
        } catch (RuntimeException e) {
            side.abandon(h);
            throw e;
        }
        return side;
    }

    private void create(Handle h) {
        List<String> tables = withDependents(h);
        List<String> script = h.createQuery("SCRIPT NODATA NOPASSWORDS NOSETTINGS TABLE " + String.join(", ", tables))
                .mapTo(String.class).list();
        Set<String> ours = new HashSet<>(tables);
        for (String stmt : script) {
            Matcher d = DEFINES.matcher(stmt);
            if (d.find()) {
                ours.add(d.group(1));
            }
        }
        for (String raw : script) {
            String stmt = raw.strip().replaceAll(";$", "");
            boolean ddl = stmt.startsWith("ALTER TABLE ") || stmt.matches("(?s)^CREATE (CACHED |MEMORY )?TABLE .*")
                    || stmt.matches("(?s)^CREATE (UNIQUE |HASH |UNIQUE HASH )?INDEX .*");
            if (!ddl) {
                continue;
            }
            String renamed = rename(stmt, ours);
            if (LATER.matcher(stmt).find() && !KEEP.matcher(stmt).find()) {
                later.add(renamed);
            } else {
                ddl(h, renamed);
            }
        }
    }

    /**
     * The build's tables and every table that refers to them, directly or not: the swap replaces them together,
     * so no foreign key is left pointing at a dropped table. Those others must be empty: replacing the
     * organisation under existing reports or posts would orphan them, so that is refused before anything changes.
     */
    private static List<String> withDependents(Handle h) {
        List<String> all = new ArrayList<>(TABLES);
        for (boolean grew = true; grew; ) {
            List<String> refs = h.createQuery("SELECT DISTINCT fk.TABLE_NAME "
                            + "FROM INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS rc "
                            + "JOIN INFORMATION_SCHEMA.TABLE_CONSTRAINTS fk ON fk.CONSTRAINT_SCHEMA = rc.CONSTRAINT_SCHEMA "
                            + "AND fk.CONSTRAINT_NAME = rc.CONSTRAINT_NAME "
                            + "JOIN INFORMATION_SCHEMA.TABLE_CONSTRAINTS pk ON pk.CONSTRAINT_SCHEMA = rc.UNIQUE_CONSTRAINT_SCHEMA "
                            + "AND pk.CONSTRAINT_NAME = rc.UNIQUE_CONSTRAINT_NAME "
                            + "WHERE fk.TABLE_SCHEMA = 'PUBLIC' AND pk.TABLE_NAME IN (<t>) AND fk.TABLE_NAME NOT IN (<t>) "
                            + "AND fk.TABLE_NAME NOT LIKE '%!_!_NEW' ESCAPE '!'")
                    .bindList("t", all).mapTo(String.class).list();
            all.addAll(refs);
            grew = !refs.isEmpty();
        }
        List<String> problems = new ArrayList<>(h.createQuery(
                "SELECT 'view ' || TABLE_NAME FROM INFORMATION_SCHEMA.VIEWS WHERE TABLE_SCHEMA = 'PUBLIC'").mapTo(String.class).list());
        for (String t : all.subList(TABLES.size(), all.size())) {
            long rows = h.createQuery("SELECT COUNT(*) FROM \"" + t + "\"").mapTo(Long.class).one();
            if (rows > 0) {
                problems.add(rows + " rows in " + t.toLowerCase());
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The organisation cannot be replaced while other records depend on it ("
                    + String.join(", ", problems) + "). Nothing was changed.");
        }
        return all;
    }

    /** After the rows: the indexes held back. */
    void finish(Handle h) {
        // indexes first, so that the unique and foreign keys after them find an index to use instead of making one
        later.sort(java.util.Comparator.comparingInt(SideTables::laterOrder));
        for (String stmt : later) {
            long t0 = System.nanoTime();
            ddl(h, stmt);
            LOG.debug("{} ms: {}", (System.nanoTime() - t0) / 1_000_000, stmt);
        }
    }

    private static int laterOrder(String stmt) {
        return stmt.startsWith("CREATE ") ? 0 : stmt.contains(" FOREIGN KEY") ? 2 : 1;
    }

    /** Replaces the live tables with the side tables, then runs {@code last} in one transaction with the unmark. */
    void swap(Handle h, Runnable last) {
        h.execute("UPDATE app_setting SET val = ? WHERE name = '" + MARK + "'",
                clip("SWAP " + owner() + " " + Instant.now()));
        rollForward(h);
        h.useTransaction(t -> {
            t.execute("DELETE FROM app_setting WHERE name = '" + MARK + "'");
            last.run();
        });
        RUNNING_HERE.set(false);
    }

    /** After a failure: undo a load (drop the side tables) or, once swapping had begun, finish the swap. */
    void abandon(Handle h) {
        try {
            rollbackQuietly(h);
            String mark = mark(h);
            if (mark != null && mark.startsWith("SWAP ")) {
                rollForward(h);
            } else {
                dropSideTables(h);
            }
            h.execute("DELETE FROM app_setting WHERE name = '" + MARK + "'");
        } catch (RuntimeException e) {
            LOG.warn("cleaning up after a failed build: {} (the next start cleans up)", e.toString());
        } finally {
            RUNNING_HERE.set(false);
        }
    }

    /**
     * Cleans up after a build whose process died; returns why it cannot (a build is running elsewhere) or null.
     * Without a mark there is nothing to do, except side tables left by a clean-up that itself died.
     */
    static String recover(Handle h) {
        String mark = mark(h);
        if (mark == null) {
            if (!RUNNING_HERE.get()) {
                dropSideTables(h);
            }
            return null;
        }
        String[] f = mark.split(" ", 4);
        String who = f.length > 1 ? f[1] : "?";
        if (alive(who, f.length > 2 ? f[2] : null)) {
            return "Another War Room program (" + who + ") is building the organisation since "
                    + (f.length > 2 ? f[2] : "?") + ". Wait for it to finish; nothing was changed.";
        }
        LOG.warn("a build by {} did not finish ({}); {}", who, f[0], f[0].equals("SWAP") ? "completing its swap" : "dropping its side tables");
        if (f[0].equals("SWAP")) {
            rollForward(h);
            h.useTransaction(t -> {
                t.execute("DELETE FROM app_setting WHERE name = '" + MARK + "'");
                CoverageRollup.notice(t, 0);
            });
        } else {
            dropSideTables(h);
            h.execute("DELETE FROM app_setting WHERE name = '" + MARK + "'");
        }
        return null;
    }

    /** Drops the live tables that have a complete side table, renames the side tables and their objects. */
    private static void rollForward(Handle h) {
        List<String> ready = sideTables(h).stream().map(t -> t.substring(0, t.length() - SUFFIX.length())).toList();
        List<String> old = ready.stream().filter(t -> exists(h, t)).map(t -> "\"" + t + "\"").toList();
        if (!old.isEmpty()) {
            ddlRetrying(h, "DROP TABLE " + String.join(", ", old));
        }
        for (String t : ready) {
            ddlRetrying(h, "ALTER TABLE \"" + t + SUFFIX + "\" RENAME TO \"" + t + "\"");
        }
        for (String[] c : h.createQuery("SELECT TABLE_NAME, CONSTRAINT_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS "
                + "WHERE TABLE_SCHEMA = 'PUBLIC' AND CONSTRAINT_NAME LIKE '%!_!_NEW%' ESCAPE '!'")
                .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)}).list()) {
            ddl(h, "ALTER TABLE \"" + c[0] + "\" RENAME CONSTRAINT \"" + c[1] + "\" TO \"" + c[1].replace(SUFFIX, "") + "\"");
        }
        for (String i : h.createQuery("SELECT INDEX_NAME FROM INFORMATION_SCHEMA.INDEXES WHERE TABLE_SCHEMA = 'PUBLIC' "
                + "AND INDEX_NAME LIKE '%!_!_NEW%' ESCAPE '!'").mapTo(String.class).list()) {
            ddl(h, "ALTER INDEX \"" + i + "\" RENAME TO \"" + i.replace(SUFFIX, "") + "\"");
        }
    }

    private static void dropSideTables(Handle h) {
        List<String> side = sideTables(h).stream().map(t -> "\"" + t + "\"").toList();
        if (!side.isEmpty()) {
            ddl(h, "DROP TABLE " + String.join(", ", side));
        }
    }

    private static List<String> sideTables(Handle h) {
        return h.createQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' "
                + "AND TABLE_NAME LIKE '%!_!_NEW' ESCAPE '!'").mapTo(String.class).list();
    }

    private static String rename(String stmt, Set<String> ours) {
        Matcher m = NAME.matcher(stmt);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String n = m.group(1);
            m.appendReplacement(b, Matcher.quoteReplacement("\"PUBLIC\".\"" + (ours.contains(n) ? n + SUFFIX : n) + "\""));
        }
        m.appendTail(b);
        return b.toString();
    }

    private static String mark(Handle h) {
        return h.createQuery("SELECT val FROM app_setting WHERE name = '" + MARK + "'").mapTo(String.class).findOne().orElse(null);
    }

    private static boolean exists(Handle h, String table) {
        return h.createQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = ?")
                .bind(0, table).mapTo(Integer.class).one() > 0;
    }

    /** DDL as plain JDBC: H2's own SQL may hold colons that a named-parameter parser would take for parameters. */
    private static void ddl(Handle h, String sql) {
        try (var st = h.getConnection().createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Preparing the tables failed: " + e.getMessage(), e);
        }
    }

    /** Dropping or renaming a live table waits for other windows' statements; try a few times before giving up. */
    private static void ddlRetrying(Handle h, String sql) {
        for (int attempt = 1; ; attempt++) {
            try {
                ddl(h, sql);
                return;
            } catch (IllegalStateException e) {
                if (attempt == 5) {
                    throw new IllegalStateException("The organisation tables are busy in another window; "
                            + "the new data is kept and goes live at the next start. (" + e.getMessage() + ")", e);
                }
                try {
                    Thread.sleep(200L * attempt);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private static void rollbackQuietly(Handle h) {
        try {
            Connection c = h.getConnection();
            if (!c.getAutoCommit()) {
                c.rollback();
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            LOG.debug("rollback after a failed build: {}", e.toString());
        }
    }

    private static String owner() {
        return ProcessHandle.current().pid() + "@" + host();
    }

    private static String host() {
        if (host == null) {
            try {
                host = java.net.InetAddress.getLocalHost().getHostName();
            } catch (java.io.IOException e) {
                host = "localhost";
            }
        }
        return host;
    }

    /** The owner is alive if it is this process with a build under way, or another live process on this machine. */
    private static boolean alive(String who, String started) {
        int at = who.indexOf('@');
        if (at < 0) {
            return false;
        }
        long pid;
        try {
            pid = Long.parseLong(who.substring(0, at));
        } catch (NumberFormatException e) {
            return false;
        }
        if (!who.substring(at + 1).equals(host())) {
            // another machine sharing the file: trust its mark for a day
            try {
                return Instant.parse(started).isAfter(Instant.now().minus(java.time.Duration.ofDays(1)));
            } catch (RuntimeException e) {
                return false;
            }
        }
        if (pid == ProcessHandle.current().pid()) {
            return RUNNING_HERE.get();
        }
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    private static String clip(String s) {
        return s.length() <= 400 ? s : s.substring(0, 400);
    }
}
