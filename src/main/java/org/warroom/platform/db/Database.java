package org.warroom.platform.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the war room's database (embedded H2 by default, or a PostgreSQL server by a jdbc:postgresql: URL), migrates
 * it with Flyway and hands out Jdbi.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final Jdbi jdbi;
    private final AutoCloseable closer;
    private final String url;

    private Database(Jdbi jdbi, AutoCloseable closer, String url) {
        this.jdbi = jdbi;
        this.closer = closer;
        this.url = url;
    }

    /** The embedded database in a data folder: created and migrated when missing. */
    public static Database openEmbedded(DataFolder folder) {
        folder.checkKeyFits();
        try {
            return open(folder.h2Url(), "warroom", folder.h2Password());
        } catch (DatabaseException e) {
            if (folder.encrypted() && e.getCause() instanceof SQLException s && (s.getErrorCode() == 90049
                    || s.getErrorCode() == 28000)) {
                // 90049 opening the file; 28000 when another process serves it and checks the key for us
                throw new DbKeyException(DbKeyException.Reason.WRONG, "The key is wrong for the encrypted database in "
                        + folder.path() + ". Nothing was opened.", e);
            }
            if (e.getMessage().contains("damaged")) {
                java.util.Optional<java.nio.file.Path> b = new Backups(folder, java.time.Clock.systemDefaultZone()).latest();
                throw new DatabaseException("The database file in " + folder.path() + " is damaged. " + b.map(p ->
                        "The newest backup is " + p.getFileName() + ": restore it with ./warroom restore --latest --data "
                                + folder.path() + " (the damaged file is kept in backups/).").orElse(
                        "There is no backup in " + folder.path().resolve("backups") + "; a copy from another machine can be "
                                + "restored with ./warroom restore FILE.zip.") + " Nothing was changed.", e);
            }
            throw e;
        }
    }

    public static Database open(String url, String user, String password) {
        Dialect dialect = Dialect.of(url);
        ReopeningPool pool;
        try {
            pool = new ReopeningPool(dialect, url, user, password);
            try (Connection c = pool.getConnection()) {
                c.isValid(2);
            }
        } catch (SQLException | RuntimeException e) {
            throw explain(e, url);
        }
        try {
            migrate(pool);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        Jdbi jdbi = Jdbi.create(pool).installPlugin(new SqlObjectPlugin());
        jdbi.setSqlLogger(new org.jdbi.v3.core.statement.SqlLogger() {
            @Override
            public void logException(org.jdbi.v3.core.statement.StatementContext context, SQLException ex) {
                pool.noticeFailure(ex);
            }
        });
        try {
            // after the chain's migration: its guard, and the earlier rows sealed into it (once; one query after that)
            org.warroom.platform.audit.AuditSetup.prepare(jdbi, dialect == Dialect.H2);
        } catch (RuntimeException e) {
            pool.close();
            throw new DatabaseException("The audit log could not be prepared: " + e.getMessage(), e);
        }
        LOG.info("database open: {}", redact(url));
        return new Database(jdbi, pool, url);
    }

    /** The newest migration this build ships; a test checks it against db/migration. */
    public static final int LATEST_MIGRATION = 13;

    private static void migrate(DataSource ds) {
        if (upToDate(ds)) {
            // Flyway's classpath scan and validation cost about a second at every start; skip them when nothing is due
            return;
        }
        Flyway flyway = Flyway.configure().dataSource(ds).locations("classpath:db/migration")
                .javaMigrations(new LeanReportIndexes()).load();
        MigrationInfo[] all = flyway.info().all();
        Optional<MigrationInfo> future = Arrays.stream(all)
                .filter(m -> m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED)
                .findFirst();
        if (future.isPresent()) {
            throw new DatabaseException("This database was made by a newer War Room Console (schema version "
                    + future.get().getVersion() + "; this console knows up to " + latestKnown(all)
                    + "). Open it with the newer console; nothing was changed.");
        }
        try {
            flyway.migrate();
        } catch (FlywayException e) {
            throw new DatabaseException("The database could not be brought up to date: " + e.getMessage(), e);
        }
    }

    /** True when every migration up to the newest one this build ships was applied, and none beyond it. */
    private static boolean upToDate(DataSource ds) {
        try (Connection c = ds.getConnection();
             var st = c.createStatement();
             var rs = st.executeQuery("SELECT \"version\", \"success\" FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL")) {
            java.util.Set<Integer> applied = new java.util.HashSet<>();
            while (rs.next()) {
                if (!rs.getBoolean(2)) {
                    return false;
                }
                applied.add(Integer.parseInt(rs.getString(1).replaceAll("\\D", "").replaceFirst("^0+(?=\\d)", "")));
            }
            for (int v = 1; v <= LATEST_MIGRATION; v++) {
                if (!applied.contains(v) && shipped(v)) {
                    return false;
                }
            }
            return applied.stream().allMatch(v -> v <= LATEST_MIGRATION);
        } catch (SQLException | RuntimeException e) {
            return false; // a new database, or anything unusual: let Flyway decide
        }
    }

    /** Whether this build has a migration numbered {@code v} (numbers may have gaps). */
    private static boolean shipped(int v) {
        return SHIPPED.contains(v);
    }

    /** The migration numbers in src/main/resources/db/migration (MigrationsListTest keeps this true). */
    public static final java.util.Set<Integer> SHIPPED = java.util.Set.of(1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, LeanReportIndexes.VERSION);

    /** The migrations written in Java (registered with Flyway above), by number. */
    public static final java.util.Set<Integer> JAVA_MIGRATIONS = java.util.Set.of(LeanReportIndexes.VERSION);

    private static String latestKnown(MigrationInfo[] all) {
        return Arrays.stream(all)
                .filter(m -> m.getState() != MigrationState.FUTURE_SUCCESS && m.getState() != MigrationState.FUTURE_FAILED)
                .map(m -> m.getVersion().toString())
                .reduce((a, b) -> b)
                .orElse("none");
    }

    /** Turns H2's errors into messages about files and folders, which is what the person can act on. */
    static DatabaseException explain(Exception e, String url) {
        if (e instanceof SQLException s0 && Dialect.of(url) == Dialect.POSTGRES) {
            String pg = Dialect.explainPostgres(s0, redact(url));
            if (pg != null) {
                return new DatabaseException(pg, e);
            }
        }
        String msg = String.valueOf(e.getMessage());
        int code = e instanceof SQLException s ? s.getErrorCode() : -1;
        if (code == 90020 || msg.contains("already in use") || msg.contains("locked by another process")) {
            return new DatabaseException("The database is in use by another program that does not share it "
                    + "(" + redact(url) + "). Close that program, or wait for it to finish, then try again. Nothing was changed.", e);
        }
        if (code == 90049 || code == 90050 || msg.contains("Wrong password") || msg.contains("encryption")) {
            return new DatabaseException("The database is encrypted or the password is wrong.", e);
        }
        if (code == 90030 || msg.contains("corrupted") || msg.contains("File corrupted")) {
            return new DatabaseException("The database file is damaged. Restore it from a backup (./warroom restore). Nothing was changed.", e);
        }
        if (msg.contains("Connection refused") || msg.contains("Connection is broken")) {
            return new DatabaseException("Cannot reach the database server at " + redact(url) + ". Is it running?", e);
        }
        return new DatabaseException("Cannot open the database " + redact(url) + ": " + firstLine(msg), e);
    }

    private static String firstLine(String s) {
        int i = s.indexOf('\n');
        return i < 0 ? s : s.substring(0, i);
    }

    static String redact(String url) {
        return url.replaceAll("(?i)(password|cipher)=[^;]*", "$1=***");
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public String url() {
        return url;
    }

    public boolean isH2() {
        return dialect() == Dialect.H2;
    }

    /** Which engine this is: the one place engine-specific SQL is chosen (docs/decisions/0014-postgresql.md). */
    public Dialect dialect() {
        return Dialect.of(url);
    }

    /** After a bulk load: make sure it is on disk before reporting success. */
    public void checkpoint() {
        if (isH2()) {
            jdbi.useHandle(h -> h.execute("CHECKPOINT SYNC"));
        }
    }

    @Override
    public void close() {
        try {
            closer.close();
        } catch (Exception e) {
            LOG.warn("closing the database: {}", e.toString());
        }
    }
}
