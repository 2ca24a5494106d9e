package org.warroom.platform.db;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Comparator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turning the embedded database's AES encryption on and off (H2's {@code CIPHER=AES}, converted by its
 * ChangeFileEncryption tool), and telling an encrypted file from a plain one. A conversion works on a copy and moves
 * the result over the database in one step, after opening it: killed half-way, the database is as it was. The
 * folder records that it is encrypted in {@value #RECORD}; the key is never written anywhere.
 */
public final class DbEncryption {
    private static final Logger LOG = LoggerFactory.getLogger(DbEncryption.class);
    /** The folder's note that its database is encrypted (the file's own header is what is believed). */
    public static final String RECORD = "encryption.properties";
    private static final byte[] HEADER = "H2encrypt\n".getBytes(StandardCharsets.US_ASCII);
    private static final String WORK = ".encryption-work";

    private DbEncryption() {
    }

    /** Whether an H2 database file is encrypted: H2 starts such a file with a plain "H2encrypt" line. */
    public static boolean isEncryptedFile(Path mvDb) {
        try (InputStream in = Files.newInputStream(mvDb)) {
            return startsWithHeader(in);
        } catch (IOException e) {
            return false;
        }
    }

    static boolean startsWithHeader(InputStream in) throws IOException {
        return Arrays.equals(in.readNBytes(HEADER.length), HEADER);
    }

    /** Encrypts the folder's (closed, plain) database with {@code key}; returns the folder with the key. */
    public static DataFolder encrypt(DataFolder folder, DbKey key) {
        if (!folder.hasDatabase()) {
            throw new DatabaseException("There is no database in " + folder.path() + " to encrypt.");
        }
        if (folder.encrypted()) {
            throw new DatabaseException("The database in " + folder.path() + " is already encrypted. Nothing was changed.");
        }
        convert(folder.withKey(null), null, key);
        return folder.withKey(key);
    }

    /** Decrypts the folder's (closed) database, whose key {@code folder} holds; returns the folder without a key. */
    public static DataFolder decrypt(DataFolder folder) {
        if (!folder.hasDatabase() || !folder.encrypted()) {
            throw new DbKeyException(DbKeyException.Reason.NOT_ENCRYPTED, "The database in " + folder.path()
                    + " is not encrypted. Nothing was changed.");
        }
        folder.checkKeyFits();
        convert(folder, folder.key(), null);
        return folder.withKey(null);
    }

    private static void convert(DataFolder folder, DbKey from, DbKey to) {
        Backups.ensureClosed(folder);
        // H2's tool writes a wrong key's garbage without a word: the key is proved by opening the database first
        open(folder.path().resolve(DataFolder.DB_NAME), from, folder.dbPassword());
        Path work = folder.path().resolve(WORK);
        char[] decrypt = from == null ? null : from.filePassword();
        char[] encrypt = to == null ? null : to.filePassword();
        try {
            delete(work);
            Files.createDirectories(work);
            Files.copy(folder.path().resolve(DataFolder.DB_NAME + ".mv.db"), work.resolve(DataFolder.DB_NAME + ".mv.db"));
            org.h2.tools.ChangeFileEncryption.execute(work.toString(), DataFolder.DB_NAME, "AES", decrypt, encrypt, true);
            open(work.resolve(DataFolder.DB_NAME), to, folder.dbPassword());
            Files.move(work.resolve(DataFolder.DB_NAME + ".mv.db"), folder.path().resolve(DataFolder.DB_NAME + ".mv.db"),
                    StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            record(folder, to != null);
            LOG.info("database in {} is now {}", folder.path(), to != null ? "encrypted (AES)" : "not encrypted");
        } catch (IOException | SQLException e) {
            throw new DatabaseException("The database could not be " + (to != null ? "encrypted" : "decrypted") + " ("
                    + String.valueOf(e.getMessage()).lines().findFirst().orElse("") + "); it is unchanged.", e);
        } finally {
            wipe(decrypt);
            wipe(encrypt);
            delete(work);
        }
    }

    /** Opens and closes the database file {@code base} with this key (null: plain): proves the key and the result. */
    private static void open(Path base, DbKey key, String userPassword) {
        String url = "jdbc:h2:file:" + base + ";IFEXISTS=TRUE;FILE_LOCK=FILE" + (key == null ? "" : ";CIPHER=AES");
        try (Connection c = DriverManager.getConnection(url, "warroom", key == null ? userPassword : key.h2Password(userPassword))) {
            c.isValid(2);
        } catch (SQLException e) {
            if (key != null && (e.getErrorCode() == 90049 || e.getErrorCode() == 28000)) {
                throw new DbKeyException(DbKeyException.Reason.WRONG, "The key is wrong for the encrypted database in "
                        + base.getParent() + ". Nothing was changed.", e);
            }
            throw Database.explain(e, url);
        }
    }

    /** Keeps the folder's note in line with its database (written whole, or removed). */
    public static void record(DataFolder folder, boolean encrypted) throws IOException {
        Path f = folder.path().resolve(RECORD);
        if (!encrypted) {
            Files.deleteIfExists(f);
            return;
        }
        Path tmp = Files.createTempFile(folder.path(), ".encryption", ".tmp");
        Files.writeString(tmp, "# The database in this folder is encrypted with AES (H2's CIPHER=AES).\n"
                + "# Its key is not kept here or anywhere: the window asks for it at start; commands take --db-key or "
                + DbKey.ENV + ".\n# Decrypt with ./warroom decrypt --data THIS_FOLDER.\ncipher=AES\nkey=argon2id-v1\n",
                StandardCharsets.UTF_8);
        Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void wipe(char[] c) {
        if (c != null) {
            Arrays.fill(c, '\0');
        }
    }

    private static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.warn("{} not removed: {}", dir, e.toString());
        }
    }
}
