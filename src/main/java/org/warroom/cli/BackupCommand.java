package org.warroom.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.warroom.app.AppContext;
import org.warroom.platform.db.Backups;
import org.warroom.platform.db.DataFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** `warroom backup`: an online backup now, checked, into the data folder's backups/ (or --out). */
@Command(name = "backup", description = "Back the database up now, while desks keep working: into backups/ in the data "
        + "folder (the newest --keep are kept) or to --out FILE.zip. The backup is opened and checked before it counts. "
        + "--list shows the backups.")
public final class BackupCommand implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @Option(names = "--out", paramLabel = "FILE.zip")
    Path out;

    @Option(names = "--keep", defaultValue = "10", description = "How many backups to keep in backups/ (default ${DEFAULT-VALUE}).")
    int keep;

    @Option(names = "--list", description = "List the backups instead.")
    boolean list;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter w = spec.commandLine().getOut();
        if (list) {
            Backups backups = new Backups(DataFolder.open(global.dataDir()), Clock.systemDefaultZone());
            var all = backups.list();
            if (json) {
                CliSupport.printJson(w, all.stream().map(p -> Map.of("file", p.toString(), "encrypted", Backups.encrypted(p))).toList());
            } else if (all.isEmpty()) {
                w.println("No backups yet in " + backups.dir());
            } else {
                // say what each one is: an encrypted one needs the key to restore, a plain one is readable by anyone
                all.forEach(p -> w.println(p + (Backups.encrypted(p) ? "  (encrypted)" : "  (not encrypted)")));
            }
            w.flush();
            return 0;
        }
        Backups backups = new Backups(global.folder(), Clock.systemDefaultZone());
        try (AppContext ctx = CliSupport.open(global)) {
            ctx.access().requireRole(ctx.access().current().role().administers()
                    || ctx.access().current().role() == org.warroom.operators.OperatorRole.COORDINATOR, "make backups");
            Backups.Checked c = backups.backup(ctx.db(), out == null ? null : CliSupport.path(out.toString()), keep);
            if (json) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("file", c.file().toString());
                m.put("bytes", c.bytes());
                m.put("schema", c.schemaVersion());
                m.put("units", c.units());
                m.put("volunteers", c.volunteers());
                m.put("reports", c.reports());
                m.put("encrypted", Backups.encrypted(c.file()));
                CliSupport.printJson(w, m);
            } else {
                w.printf("Backup written and checked: %s (%,d bytes; %,d units, %,d volunteers, %,d reports)%s%n",
                        c.file(), c.bytes(), c.units(), c.volunteers(), c.reports(),
                        Backups.encrypted(c.file()) ? "; encrypted with the database's key" : "");
            }
            w.flush();
        }
        return 0;
    }
}
