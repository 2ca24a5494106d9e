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

    @Option(names = "--db-key", arity = "0..1", interactive = true, paramLabel = "KEY",
            description = "The key of the data folder's encrypted database (asked for when given without a value; scripts: "
                    + "the WARROOM_DB_KEY environment variable). Without either, a terminal asks when the database is encrypted.")
    char[] dbKey;

    @Option(names = "--desk", paramLabel = "UNIT",
            description = "Scope this desk to one district (or region, seat): its tree starts there, e.g. --desk Sultanpur.")
    String desk;

    @Option(names = "--operator", paramLabel = "NAME", defaultValue = "${env:WARROOM_OPERATOR}",
            description = "Log in as this operator (once the war room has accounts, commands that change data need it). "
                    + "The password is asked for, or read from the WARROOM_PASSWORD environment variable.")
    String operator;

    @Option(names = "--lang", paramLabel = "hi|en", description = "Language of the window: hi or en.")
    String lang;

    private DataFolder folder;

    /**
     * The data folder, with its database key when the database is encrypted (asked for once per command); refused
     * with a message when a key is needed and not given, or given for a database that is not encrypted.
     */
    public DataFolder folder() {
        if (folder == null) {
            if (dbUrl != null && dbKey != null) {
                throw new org.warroom.platform.db.DbKeyException(org.warroom.platform.db.DbKeyException.Reason.NOT_ENCRYPTED,
                        "--db-key is for the data folder's own database; desks of a served war room give only --db-password.");
            }
            folder = DbKeys.withKey(DataFolder.open(dataDir()), dbKey);
            folder.checkKeyFits();
        }
        return folder;
    }

    /** The key given with --db-key for the window (stretched, the typed one wiped); null: the window asks if need be. */
    public org.warroom.platform.db.DbKey windowKey() {
        if (dbKey == null || dbKey.length == 0) {
            return null;
        }
        try {
            return org.warroom.platform.db.DbKey.derive(dbKey);
        } finally {
            java.util.Arrays.fill(dbKey, '\0');
        }
    }

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
