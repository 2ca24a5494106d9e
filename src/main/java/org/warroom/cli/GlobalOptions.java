package org.warroom.cli;

import java.nio.file.Path;
import org.warroom.platform.db.DataFolder;
import picocli.CommandLine.Option;

/** Options every command takes, before or after its name. */
public final class GlobalOptions {
    @Option(names = "--data", paramLabel = "DIR",
            description = "The data folder (database, logs, backups). Default: ${DEFAULT-VALUE}.",
            defaultValue = "${env:WARROOM_DATA}")
    String data;

    @Option(names = "--db", paramLabel = "URL",
            description = "A JDBC URL of a shared war-room database instead of the embedded one.")
    String dbUrl;

    @Option(names = "--db-user", defaultValue = "warroom", description = "User for --db.")
    String dbUser;

    @Option(names = "--db-password", arity = "0..1", interactive = true,
            description = "Password for --db (asked for when given without a value).")
    String dbPassword;

    @Option(names = "--desk", paramLabel = "UNIT",
            description = "Scope this desk to one district (or region, seat): its tree starts there, e.g. --desk Sultanpur.")
    String desk;

    @Option(names = "--operator", paramLabel = "NAME", defaultValue = "${env:WARROOM_OPERATOR}",
            description = "Log in as this operator (once the war room has accounts, commands that change data need it). "
                    + "The password is asked for, or read from the WARROOM_PASSWORD environment variable.")
    String operator;

    @Option(names = "--lang", paramLabel = "hi|en", description = "Language of the window: hi or en.")
    String lang;

    public Path dataDir() {
        return data == null || data.isBlank() ? DataFolder.defaultPath() : CliSupport.path(data);
    }

    public String desk() {
        return desk;
    }

    public String lang() {
        return lang;
    }

    public String dbUrl() {
        return dbUrl;
    }
}
