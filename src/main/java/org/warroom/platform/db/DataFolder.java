package org.warroom.platform.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The per-user folder that holds the database, logs, backups and settings; with the database key when its database
 * is encrypted ({@link #withKey}). The key lives only in memory: the folder records that the database is encrypted
 * ({@code encryption.properties}), never the key.
 */
public record DataFolder(Path path, DbKey key) {

    public static final String DB_NAME = "warroom";

    /** The default: $WARROOM_DATA, else $XDG_DATA_HOME/warroom, else ~/.local/share/warroom. */
    public static Path defaultPath() {
        String env = System.getenv("WARROOM_DATA");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank()
                ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".local", "share");
        return base.resolve("warroom");
    }

    /** The folder given on the command line, else the default. */
    public static Path defaultPathFor(String given) {
        return given == null || given.isBlank() ? defaultPath() : Path.of(given).toAbsolutePath().normalize();
    }

    /** Creates the folder if needed and checks that it can be written, with a message a person understands. */
    public static DataFolder open(Path path) {
        Path p = path.toAbsolutePath().normalize();
        try {
            if (Files.exists(p) && !Files.isDirectory(p)) {
                throw new DatabaseException("The data folder " + p + " is a file, not a folder. Choose another with --data.");
            }
            Files.createDirectories(p);
            Path probe = Files.createTempFile(p, ".write-check", ".tmp");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            throw new DatabaseException("Cannot use the data folder " + p + ": it cannot be created or written ("
                    + e.getClass().getSimpleName() + "). Check its permissions or choose another with --data.", e);
        }
        return new DataFolder(p, null);
    }

    /** The same folder, opened with this key (null: none). */
    public DataFolder withKey(DbKey k) {
        return new DataFolder(path, k);
    }

    /**
     * Whether the database here is encrypted: read from the database file itself (H2 writes a plain header before
     * the encrypted pages), else, with no file yet, from the folder's record of it.
     */
    public boolean encrypted() {
        Path db = path.resolve(DB_NAME + ".mv.db");
        return Files.exists(db) ? DbEncryption.isEncryptedFile(db) : Files.exists(path.resolve(DbEncryption.RECORD));
    }

    /**
     * Refuses a key that does not fit: none for an encrypted database, or one for a database that is not encrypted
     * (the person believes it is, and it is not).
     */
    public void checkKeyFits() {
        if (encrypted() && key == null) {
            throw new DbKeyException(DbKeyException.Reason.NEEDED, "The database in " + path + " is encrypted: give its "
                    + "key (commands: --db-key asks for it, or set " + DbKey.ENV + "; the window asks for it at start).");
        }
        if (!encrypted() && key != null && !hasDatabase()) {
            throw new DbKeyException(DbKeyException.Reason.NOT_ENCRYPTED, "There is no database in " + path + " yet, so a key "
                    + "(--db-key or " + DbKey.ENV + ") has nothing to open. Build it without one, then encrypt it with "
                    + "./warroom encrypt --data " + path + ".");
        }
        if (!encrypted() && key != null) {
            throw new DbKeyException(DbKeyException.Reason.NOT_ENCRYPTED, "The database in " + path + " is not encrypted, "
                    + "but a key was given (--db-key or " + DbKey.ENV + "). Encrypt it first with ./warroom encrypt --data "
                    + path + ", or give no key. Nothing was opened.");
        }
    }

    /** The password H2 is given for user warroom: with the file password in front when the database is encrypted. */
    public String h2Password() {
        return encrypted() && key != null ? key.h2Password(dbPassword()) : dbPassword();
    }

    /**
     * The war-room database's password, set by {@code warroom serve} (desks connecting over the network need it);
     * kept in {@code server.secret}, readable by this user only, so consoles on the server machine still open the
     * file directly. Empty when the database has never been served.
     */
    public String dbPassword() {
        Path f = path.resolve(SECRET);
        try {
            return Files.exists(f) ? Files.readString(f, java.nio.charset.StandardCharsets.UTF_8).strip() : "";
        } catch (IOException e) {
            throw new DatabaseException("Cannot read " + f + " (" + e.getClass().getSimpleName()
                    + "); it holds the database password that warroom serve set. Check its permissions.", e);
        }
    }

    /** Keeps the database password for this machine's own consoles (owner read/write only where the OS allows). */
    public void keepDbPassword(char[] password) {
        Path f = path.resolve(SECRET);
        try {
            Path tmp = Files.createTempFile(path, ".secret", ".tmp");
            try {
                Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system (Windows): the user's profile folder protects it
            }
            Files.writeString(tmp, new String(password), java.nio.charset.StandardCharsets.UTF_8);
            Files.move(tmp, f, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new DatabaseException("Cannot write " + f + ": " + e.getMessage(), e);
        }
    }

    public boolean hasDatabase() {
        return Files.exists(path.resolve(DB_NAME + ".mv.db"));
    }

    public Path logs() {
        return path.resolve("logs");
    }

    private static final String SECRET = "server.secret";

    public String h2Url() {
        // AUTO_SERVER lets a terminal import and an open window share the file; when the process that serves
        // it exits, the others reconnect and one of them takes over serving (H2 enables auto-reconnect then).
        // WRITE_DELAY=0: a killed process loses no committed work.
        return "jdbc:h2:file:" + path.resolve(DB_NAME).toString().replace('\\', '/')
                + ";AUTO_SERVER=TRUE;WRITE_DELAY=0;MAX_LENGTH_INPLACE_LOB=4096" + (encrypted() ? ";CIPHER=AES" : "");
    }
}
