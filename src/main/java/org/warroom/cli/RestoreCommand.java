package org.warroom.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.warroom.platform.db.Backups;
import org.warroom.platform.db.DataFolder;
import org.warroom.platform.db.DatabaseException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** `warroom restore FILE`: checks the backup, then replaces the database with it, keeping the one it replaces. */
@Command(name = "restore", description = "Replace the database with a backup (FILE, or --latest). The backup is checked "
        + "first; every War Room program on this data folder must be closed; without --yes it asks. The database it "
        + "replaces is kept in backups/replaced-….mv.db.")
public final class RestoreCommand implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE.zip")
    Path file;

    @Option(names = "--latest", description = "Restore the newest backup in backups/.")
    boolean latest;

    @Option(names = "--yes", description = "Do not ask before replacing the database.")
    boolean yes;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter w = spec.commandLine().getOut();
        if (global.dbUrl() != null && org.warroom.platform.db.Dialect.of(global.dbUrl()) == org.warroom.platform.db.Dialect.POSTGRES) {
            throw new DatabaseException(Backups.POSTGRES_BACKUPS);
        }
        DataFolder plain = DataFolder.open(global.dataDir());
        Path zip = file != null ? CliSupport.path(file.toString()) : latest ? new Backups(plain, Clock.systemDefaultZone()).latest()
                .orElseThrow(() -> new DatabaseException("There are no backups in " + plain.path().resolve("backups") + ".")) : null;
        if (zip == null) {
            throw new DatabaseException("Name the backup to restore, or use --latest.");
        }
        // the key is the backup's, not the folder's: an encrypted backup needs it, a plain one does not
        boolean encrypted = Backups.encrypted(zip);
        DataFolder folder = encrypted ? DbKeys.withKeyFor(plain, zip, global.dbKey) : plain;
        Backups backups = new Backups(folder, Clock.systemDefaultZone());
        Backups.Checked c = backups.check(zip);
        if (!encrypted && plain.encrypted()) {
            spec.commandLine().getErr().println("warroom: note: " + zip.getFileName() + " is not encrypted, so the database "
                    + "restored from it will not be; encrypt it again afterwards with ./warroom encrypt.");
        }
        if (!CliSupport.confirmed(yes, "Replace the database with %s (%,d units, %,d volunteers, %,d reports)? Type yes: ",
                zip.getFileName(), c.units(), c.volunteers(), c.reports())) {
            spec.commandLine().getErr().println("warroom: nothing was changed (confirm with --yes in scripts).");
            return 1;
        }
        backups.restore(zip, true);
        w.println("Restored " + zip.getFileName() + " into " + global.dataDir() + (encrypted ? " (encrypted: open it with the same key)" : "")
                + "; the database it replaced is in backups/.");
        w.flush();
        return 0;
    }
}
