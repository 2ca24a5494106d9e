package org.warroom.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.warroom.app.AppContext;
import org.warroom.app.LaunchOptions;
import org.warroom.app.WarRoomApp;
import org.warroom.platform.db.Backups;
import org.warroom.platform.db.DataFolder;

/** `warroom demo --replay`: copies the demo database into a temporary folder and opens the window replaying on it. */
final class DemoReplay {
    private DemoReplay() {
    }

    static int open(GlobalOptions global, double speed, PrintWriter out) {
        if (speed < 1 || speed > 3600) {
            throw new IllegalArgumentException("--speed must be between 1 and 3600 (times real time), not " + speed + ".");
        }
        DataFolder source = global.folder();
        if (!source.hasDatabase()) {
            throw new IllegalArgumentException("There is no database in " + source.path() + ": build one first with "
                    + "./warroom demo --preset sultanpur --data " + source.path());
        }
        Path copy;
        try {
            copy = Files.createTempDirectory("warroom-replay-");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("No temporary folder for the replay's copy: " + e.getMessage(), e);
        }
        Path zip = copy.resolve("source.zip");
        try (AppContext ctx = CliSupport.open(global)) {
            if (ctx.settings().get("demo.preset").isEmpty()) {
                throw new IllegalArgumentException("The time-lapse demo runs on a demo database only; " + source.path()
                        + " holds a real war room. Build a demo elsewhere: ./warroom demo --preset sultanpur --data DIR");
            }
            new Backups(source, Clock.systemDefaultZone()).backup(ctx.db(), zip, Integer.MAX_VALUE);
        }
        // an encrypted demo's copy stays encrypted: the replay's window asks for the same key
        new Backups(DataFolder.open(copy).withKey(source.key()), Clock.systemDefaultZone()).restore(zip, true);
        out.println("Replaying a campaign day at " + (int) speed + "× on a copy in " + copy + " (the demo itself is not changed).");
        out.flush();
        WarRoomApp.launchWith(new LaunchOptions(copy, null, global.desk(), global.lang()).replaying(speed));
        return 0;
    }
}
