package org.warroom.testing;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.warroom.app.AppContext;
import org.warroom.demo.DemoPreset;
import org.warroom.platform.audit.Actor;
import org.warroom.platform.db.DataFolder;
import org.warroom.platform.db.Database;

/**
 * A real database, migrated by Flyway, optionally filled with a demo preset: an H2 file in a temporary folder, or with
 * {@code -Dwarroom.test.db=postgres} a fresh database on a real PostgreSQL server ({@link TestPostgres}). Test classes
 * tagged {@link BothEngines} run on both (the pom's second surefire execution).
 */
public final class TestDb {
    private TestDb() {
    }

    /** On PostgreSQL, the database made for each folder: opening the folder again opens the same database. */
    private static final Map<Path, String> POSTGRES_URLS = new ConcurrentHashMap<>();

    public static AppContext open(Path dir) {
        Database db = TestPostgres.selected()
                ? Database.open(postgresUrl(dir), TestPostgres.USER, "")
                : Database.openEmbedded(DataFolder.open(dir));
        return new AppContext(db, Clock.systemDefaultZone(), new Actor("tester", "test-desk"), dir.resolve("media"));
    }

    /** The command-line options that open the database {@link #open} opened for this folder. */
    public static List<String> cliOptions(Path dir) {
        return TestPostgres.selected()
                ? List.of("--db", postgresUrl(dir), "--db-user", TestPostgres.USER, "--db-password=", "--data", dir.toString())
                : List.of("--data", dir.toString());
    }

    /**
     * Makes the database of folder {@code to} a copy of that of {@code from} (closed), so a test can break its own:
     * the file on H2, {@code CREATE DATABASE ... TEMPLATE} on PostgreSQL.
     */
    public static void copy(Path from, Path to) throws java.io.IOException {
        if (TestPostgres.selected()) {
            POSTGRES_URLS.put(key(to), TestPostgres.copyOf(postgresUrl(from)));
        } else {
            java.nio.file.Files.createDirectories(to);
            java.nio.file.Files.copy(from.resolve("warroom.mv.db"), to.resolve("warroom.mv.db"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Runs statements on the folder's database behind the application's back (to break it on purpose). */
    public static void sql(Path dir, String... statements) throws java.sql.SQLException {
        if (TestPostgres.selected()) {
            TestPostgres.sql(postgresUrl(dir), statements);
            return;
        }
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("warroom") + ";AUTO_SERVER=TRUE",
                "warroom", ""); java.sql.Statement st = c.createStatement()) {
            for (String s : statements) {
                st.execute(s);
            }
        }
    }

    /** The statement that drops the audit log's append-only guard on this engine. */
    public static String dropAuditGuard() {
        return TestPostgres.selected() ? "DROP TRIGGER audit_log_append_only ON audit_log" : "DROP TRIGGER audit_log_append_only";
    }

    private static Path key(Path dir) {
        return dir.toAbsolutePath().normalize();
    }

    /** JVM options for a child process that must open the same database as this one for the folder. */
    public static List<String> childJvmOptions(Path dir) {
        return TestPostgres.selected()
                ? List.of("-Dwarroom.test.db=postgres", "-Dwarroom.test.postgresUrl=" + postgresUrl(dir))
                : List.of();
    }

    private static String postgresUrl(Path dir) {
        String given = System.getProperty("warroom.test.postgresUrl");
        if (given != null) {
            return given; // a child process: its parent made the database
        }
        return POSTGRES_URLS.computeIfAbsent(key(dir), d -> TestPostgres.newDatabase());
    }

    /** The Sultanpur preset (1 district, 5 seats, 2,172 booths) with seed 7. */
    public static AppContext sultanpur(Path dir) {
        AppContext ctx = open(dir);
        ctx.demo().build(DemoPreset.SULTANPUR, 7, false, (a, b) -> { });
        return ctx;
    }

    /** The ids of the active booth IT volunteers (those expected to report), in id order. */
    public static java.util.List<Long> boothVolunteers(AppContext ctx) {
        return ctx.db().jdbi().withHandle(h -> h.createQuery("SELECT id FROM volunteer WHERE active = TRUE AND role = 'BOOTH_IT' "
                + "ORDER BY id").mapTo(Long.class).list());
    }
}
