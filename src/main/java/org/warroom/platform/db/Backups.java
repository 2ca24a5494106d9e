package org.warroom.platform.db;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Online backups of the embedded database into the data folder's {@code backups/} (H2's {@code BACKUP TO}: a
 * consistent copy while desks keep working), each checked by opening it, the last N kept; and restoring one,
 * which checks the backup first, refuses to overwrite without confirmation, and keeps the database it replaces.
 */
public final class Backups {
    private static final Logger LOG = LoggerFactory.getLogger(Backups.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    public static final int DEFAULT_KEEP = 10;

    /** A checked backup: its file, when the data in it was current, and what it holds. */
    public record Checked(Path file, long bytes, int schemaVersion, long units, long volunteers, long reports) { }

    private final DataFolder folder;
    private final Clock clock;

    public Backups(DataFolder folder, Clock clock) {
        this.folder = folder;
        this.clock = clock;
    }

    public Path dir() {
        return folder.path().resolve("backups");
    }

    /** Backs the open database up into backups/ (or {@code target}), checks the copy, and keeps the newest {@code keep}. */
    /** What {@code warroom backup} and {@code restore} say on PostgreSQL: its own tools do that job. */
    public static final String POSTGRES_BACKUPS = "This war room is on a PostgreSQL server: back it up with PostgreSQL's "
            + "own tools, e.g. pg_dump -Fc -f warroom.dump warroom (restore with pg_restore -d warroom warroom.dump), or the "
            + "server's continuous archiving. ./warroom backup and restore handle the embedded H2 database only; nothing was changed.";

    public Checked backup(Database db, Path target, int keep) {
        if (!db.isH2()) {
            throw new DatabaseException(POSTGRES_BACKUPS);
        }
        Path out = target != null ? target : freeName("warroom-" + STAMP.format(LocalDateTime.now(clock)));
        try {
            Files.createDirectories(out.toAbsolutePath().getParent());
            Path partial = out.resolveSibling(out.getFileName() + ".part");
            Files.deleteIfExists(partial);
            db.jdbi().useHandle(h -> h.execute("BACKUP TO ?", partial.toString()));
            Checked c = check(partial);
            Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            if (target == null) {
                prune(keep);
            }
            LOG.info("backup written: {} ({} bytes)", out, c.bytes());
            return new Checked(out, c.bytes(), c.schemaVersion(), c.units(), c.volunteers(), c.reports());
        } catch (IOException e) {
            throw new DatabaseException("The backup could not be written to " + out + " (" + e.getMessage()
                    + "). The database itself is untouched.", e);
        }
    }

    /**
     * backups/NAME.zip, or NAME-2.zip, NAME-3.zip … when a backup of the same second is there: two backups in one
     * second (an operator's and the timed one) must not replace each other.
     */
    private Path freeName(String name) {
        Path out = dir().resolve(name + ".zip");
        for (int n = 2; Files.exists(out); n++) {
            out = dir().resolve(name + "-" + n + ".zip");
        }
        return out;
    }

    /** Orders backups by their time and then their number within the second (warroom-DATE-TIME[-N].zip). */
    private static final Comparator<Path> OLDEST_FIRST = Comparator
            .comparing((Path p) -> stampOf(p.getFileName().toString()))
            .thenComparingInt(p -> numberOf(p.getFileName().toString()));

    private static String stampOf(String file) {
        String base = base(file);
        return base.length() > 23 ? base.substring(0, 23) : base; // "warroom-" + yyyyMMdd-HHmmss
    }

    private static int numberOf(String file) {
        String base = base(file);
        try {
            return base.length() > 24 && base.charAt(23) == '-' ? Integer.parseInt(base.substring(24)) : 1;
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static String base(String file) {
        return file.endsWith(".zip") ? file.substring(0, file.length() - 4) : file;
    }

    /** The backups in backups/, newest first. */
    public List<Path> list() {
        List<Path> all = new ArrayList<>();
        if (!Files.isDirectory(dir())) {
            return all;
        }
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir(), "warroom-*.zip")) {
            s.forEach(all::add);
        } catch (IOException e) {
            throw new DatabaseException("Cannot list " + dir() + ": " + e.getMessage(), e);
        }
        all.sort(OLDEST_FIRST.reversed());
        return all;
    }

    public Optional<Path> latest() {
        return list().stream().findFirst();
    }

    private void prune(int keep) throws IOException {
        List<Path> all = list();
        for (Path old : all.subList(Math.min(Math.max(1, keep), all.size()), all.size())) {
            Files.deleteIfExists(old);
            LOG.info("old backup removed: {}", old);
        }
    }

    /**
     * Opens a backup in a scratch folder and reads it: a zip holding the database, a schema this console knows, and
     * its tables readable. Anything else is refused with the reason; the live database is never touched.
     */
    public Checked check(Path zip) {
        if (!Files.isRegularFile(zip)) {
            throw new DatabaseException("There is no backup file " + zip + ".");
        }
        try (ZipFile z = new ZipFile(zip.toFile())) {
            if (z.getEntry(DataFolder.DB_NAME + ".mv.db") == null) {
                throw new DatabaseException(zip.getFileName() + " is a zip but holds no War Room database (no "
                        + DataFolder.DB_NAME + ".mv.db in it).");
            }
        } catch (IOException e) {
            throw new DatabaseException(zip.getFileName() + " is not a readable backup (" + e.getMessage() + ").", e);
        }
        boolean encrypted = encrypted(zip);
        if (encrypted && folder.key() == null) {
            throw new DbKeyException(DbKeyException.Reason.NEEDED, zip.getFileName() + " is an encrypted backup: give its "
                    + "key (--db-key asks for it, or set " + DbKey.ENV + ").");
        }
        Path scratch = null;
        try {
            scratch = Files.createTempDirectory("warroom-check");
            org.h2.tools.Restore.execute(zip.toString(), scratch.toString(), DataFolder.DB_NAME);
            String url = "jdbc:h2:file:" + scratch.resolve(DataFolder.DB_NAME) + ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE"
                    + (encrypted ? ";CIPHER=AES" : "");
            String password = encrypted ? folder.key().h2Password(folder.dbPassword()) : folder.dbPassword();
            try (Connection c = DriverManager.getConnection(url, "warroom", password);
                 Statement st = c.createStatement()) {
                int version = (int) one(st, "SELECT MAX(CAST(\"version\" AS INT)) FROM \"flyway_schema_history\" WHERE \"success\"");
                if (version > Database.LATEST_MIGRATION) {
                    throw new DatabaseException(zip.getFileName() + " was made by a newer War Room Console (schema "
                            + version + "); this one knows up to " + Database.LATEST_MIGRATION + ".");
                }
                return new Checked(zip, Files.size(zip), version, one(st, "SELECT COUNT(*) FROM unit"),
                        one(st, "SELECT COUNT(*) FROM volunteer"), one(st, "SELECT COUNT(*) FROM report"));
            }
        } catch (SQLException | RuntimeException e) {
            if (e instanceof DatabaseException d) {
                throw d;
            }
            if (encrypted && e instanceof SQLException s && (s.getErrorCode() == 90049 || s.getErrorCode() == 28000)) {
                throw new DbKeyException(DbKeyException.Reason.WRONG, "The key given does not open " + zip.getFileName()
                        + " (an encrypted backup): it was made with another key, or the key is mistyped. Nothing was changed.", e);
            }
            throw new DatabaseException(zip.getFileName() + " is damaged and cannot be restored ("
                    + String.valueOf(e.getMessage()).lines().findFirst().orElse("") + ").", e);
        } catch (IOException e) {
            throw new DatabaseException("Cannot check " + zip + ": " + e.getMessage(), e);
        } finally {
            delete(scratch);
        }
    }

    /**
     * Replaces the database with a checked backup. Refused while any program has the database open, and, when a
     * database is there, unless {@code confirmed}; the database replaced is kept as backups/replaced-….mv.db.
     */
    public Checked restore(Path zip, boolean confirmed) {
        Checked c = check(zip);
        Path live = folder.path().resolve(DataFolder.DB_NAME + ".mv.db");
        if (Files.exists(live) && !confirmed) {
            throw new DatabaseException("Restoring replaces the database in " + folder.path() + " with " + zip.getFileName()
                    + " (" + c.units() + " units, " + c.volunteers() + " volunteers, " + c.reports()
                    + " reports). Confirm to go on; the present database is kept in backups/.");
        }
        try {
            Files.createDirectories(dir());
            if (Files.exists(live)) {
                ensureClosed(folder);
                Path kept = dir().resolve("replaced-" + STAMP.format(LocalDateTime.now(clock)) + ".mv.db");
                Files.move(live, kept, StandardCopyOption.ATOMIC_MOVE);
                LOG.info("database replaced by a restore kept as {}", kept);
            }
            Files.deleteIfExists(folder.path().resolve(DataFolder.DB_NAME + ".trace.db"));
            org.h2.tools.Restore.execute(zip.toString(), folder.path().toString(), DataFolder.DB_NAME);
            // the folder now holds what the backup held, encrypted or not
            DbEncryption.record(folder, encrypted(zip));
            LOG.info("restored {} into {}", zip, folder.path());
            return c;
        } catch (IOException e) {
            throw new DatabaseException("The restore failed (" + e.getMessage() + "); the database was not changed.", e);
        }
    }

    /**
     * Refuses while another program holds the database (its lock file, or its lock on the file): opening it without
     * AUTO_SERVER fails at once with "in use" then. Any other failure (no key for an encrypted file, say) means nobody
     * holds it.
     */
    static void ensureClosed(DataFolder folder) {
        if (folder.hasDatabase()) {
            String url = "jdbc:h2:file:" + folder.path().resolve(DataFolder.DB_NAME) + ";IFEXISTS=TRUE;FILE_LOCK=FILE"
                    + (folder.encrypted() ? ";CIPHER=AES" : "");
            try (Connection c = DriverManager.getConnection(url, "warroom", folder.h2Password())) {
                c.isValid(1);
            } catch (SQLException e) {
                if (e.getErrorCode() == 90020 || String.valueOf(e.getMessage()).contains("already in use")) {
                    throw new DatabaseException("The database is open in another window or command. Close every War Room "
                            + "program using " + folder.path() + ", then try again. Nothing was changed.", e);
                }
            }
        }
    }

    /** Whether a backup holds an encrypted database (its file starts with H2's "H2encrypt" line); false if unreadable. */
    public static boolean encrypted(Path zip) {
        try (ZipFile z = new ZipFile(zip.toFile())) {
            var entry = z.getEntry(DataFolder.DB_NAME + ".mv.db");
            if (entry == null) {
                return false;
            }
            try (var in = z.getInputStream(entry)) {
                return DbEncryption.startsWithHeader(in);
            }
        } catch (IOException e) {
            return false;
        }
    }

    private static long one(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.debug("scratch folder not removed: {}", e.toString());
        }
    }
}
