package org.warroom.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.warroom.app.AppContext;
import org.warroom.platform.audit.Actor;
import org.warroom.platform.audit.AuditLog;
import org.warroom.platform.db.Backups;
import org.warroom.platform.db.DataFolder;
import org.warroom.platform.db.Database;
import org.warroom.platform.db.DatabaseException;
import org.warroom.platform.db.DbEncryption;
import org.warroom.platform.db.DbKeyException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * `warroom encrypt` and `warroom decrypt`: the administrator turns the data folder's database encryption (AES) on or
 * off. The database must be closed; the change is audited; the key is never written (decision 0017).
 */
final class EncryptionCommands {
    private EncryptionCommands() {
    }

    @Command(name = "encrypt", description = "Encrypt the data folder's database with AES (H2's CIPHER=AES), for a laptop "
            + "that may be lost or stolen. Every War Room program on the folder must be closed. The new key is asked twice "
            + "(scripts: WARROOM_DB_KEY); from then on the window asks for it at start and commands take --db-key or "
            + "WARROOM_DB_KEY. Without the key the data cannot be read: keep it safe. Administrators only.")
    static final class Encrypt implements Callable<Integer> {
        @Mixin
        GlobalOptions global;

        @Option(names = "--delete-plain-backups", description = "Also delete the backups made before, which are not encrypted.")
        boolean deletePlain;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            DataFolder folder = folder(global);
            if (folder.encrypted()) {
                throw new DatabaseException("The database in " + folder.path() + " is already encrypted. Nothing was changed.");
            }
            Actor who = administrator(global, folder);
            DataFolder keyed = DbEncryption.encrypt(folder, DbKeys.newKey(global.dbKey));
            audit(keyed, who, "ENCRYPT", "not encrypted", "encrypted (AES)");
            PrintWriter out = spec.commandLine().getOut();
            out.println("The database in " + folder.path() + " is now encrypted (AES). Keep the key safe: without it the data "
                    + "cannot be read. The window asks for it at start; commands take --db-key or WARROOM_DB_KEY.");
            List<Path> plain = plainBackups(folder);
            if (!plain.isEmpty() && deletePlain) {
                for (Path p : plain) {
                    delete(p);
                }
                out.println("Deleted " + plain.size() + " earlier backup(s) that were not encrypted.");
            } else if (!plain.isEmpty()) {
                out.println("Note: " + plain.size() + " earlier backup(s) in " + folder.path().resolve("backups")
                        + " are NOT encrypted; delete them (--delete-plain-backups) or keep them somewhere safe:");
                plain.forEach(p -> out.println("  " + p.getFileName()));
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "decrypt", description = "Turn the data folder's database encryption off again (the key is asked for, "
            + "or WARROOM_DB_KEY). Every War Room program on the folder must be closed. Backups made while it was encrypted "
            + "stay encrypted and still need the key. Administrators only.")
    static final class Decrypt implements Callable<Integer> {
        @Mixin
        GlobalOptions global;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            DataFolder folder = folder(global);
            if (!folder.encrypted()) {
                throw new DbKeyException(DbKeyException.Reason.NOT_ENCRYPTED, "The database in " + folder.path()
                        + " is not encrypted; there is nothing to decrypt.");
            }
            DataFolder keyed = global.folder();
            Actor who = administrator(global, keyed);
            DataFolder plain = DbEncryption.decrypt(keyed);
            audit(plain, who, "DECRYPT", "encrypted (AES)", "not encrypted");
            PrintWriter out = spec.commandLine().getOut();
            out.println("The database in " + folder.path() + " is no longer encrypted: anyone with the file can read it. "
                    + "Backups made while it was encrypted still need the key.");
            out.flush();
            return 0;
        }
    }

    private static DataFolder folder(GlobalOptions global) {
        if (global.dbUrl() != null) {
            throw new DatabaseException("Encryption is for the data folder's own database (an H2 file). A PostgreSQL server's "
                    + "data is protected by its own disk encryption; a served war room is encrypted on the server machine.");
        }
        DataFolder folder = DataFolder.open(global.dataDir());
        if (!folder.hasDatabase()) {
            throw new DatabaseException("There is no database in " + folder.path() + ".");
        }
        return folder;
    }

    /** Logs in (once the war room has accounts) and checks the person administers; the database is closed again. */
    private static Actor administrator(GlobalOptions global, DataFolder folder) {
        try (AppContext ctx = CliSupport.open(global, Clock.systemDefaultZone(), folder)) {
            ctx.access().requireRole(ctx.access().current().role().administers(), "encrypt or decrypt the database");
            return ctx.access().actor();
        }
    }

    private static void audit(DataFolder folder, Actor who, String action, String before, String after) {
        try (Database db = Database.openEmbedded(folder)) {
            db.jdbi().useTransaction(h -> new AuditLog(Clock.systemDefaultZone()).record(h, who, action, "database", null,
                    before, after));
        }
    }

    /** Backups and replaced databases in backups/ whose database file is not encrypted. */
    static List<Path> plainBackups(DataFolder folder) {
        Path dir = folder.path().resolve("backups");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> {
                String n = p.getFileName().toString();
                return n.endsWith(".zip") ? !Backups.encrypted(p) : n.endsWith(".mv.db") && !DbEncryption.isEncryptedFile(p);
            }).sorted().toList();
        } catch (IOException e) {
            throw new DatabaseException("Cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    private static void delete(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new DatabaseException("Could not delete " + p + ": " + e.getMessage(), e);
        }
    }
}
