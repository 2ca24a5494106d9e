package org.warroom.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import org.warroom.app.AppContext;
import org.warroom.platform.audit.Actor;
import org.warroom.platform.db.DataFolder;
import org.warroom.platform.db.Database;

/** Opening the database for a command, and printing results as text or JSON. */
final class CliSupport {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private CliSupport() {
    }

    static AppContext open(GlobalOptions g) {
        Database db;
        if (g.dbUrl != null) {
            db = Database.open(g.dbUrl, g.dbUser, g.dbPassword == null ? "" : g.dbPassword);
        } else {
            db = Database.openEmbedded(DataFolder.open(g.dataDir()));
        }
        org.warroom.demo.DemoService.recoverInterrupted(db);
        return new AppContext(db, Clock.systemDefaultZone(), Actor.ofSystemUser(g.desk == null ? "cli" : g.desk),
                g.dataDir().resolve("media"));
    }

    static void printJson(PrintWriter out, Object value) {
        try {
            out.println(JSON.writeValueAsString(value));
            out.flush();
        } catch (Exception e) {
            throw new IllegalStateException("Could not write JSON: " + e.getMessage(), e);
        }
    }

    static Path path(String p) {
        return Path.of(p).toAbsolutePath().normalize();
    }
}
