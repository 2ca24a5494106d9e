package org.warroom.cli;

import java.util.Arrays;
import org.warroom.platform.db.DataFolder;
import org.warroom.platform.db.DbKey;
import org.warroom.platform.db.DbKeyException;

/**
 * Where a command gets the database key: {@code WARROOM_DB_KEY}, else {@code --db-key} (picocli asks for it without
 * echo), else, for an encrypted database, the terminal. Typed keys are wiped once stretched; none is ever printed.
 */
final class DbKeys {
    private DbKeys() {
    }

    /** The folder with the key given, or asked for when its database is encrypted; without a key when none is. */
    static DataFolder withKey(DataFolder folder, char[] option) {
        return keyed(folder, option, folder.encrypted(), "Key of the encrypted database in %s: ", folder.path());
    }

    /** The folder with the key of an encrypted backup (the environment, the option, or asked); refused without one. */
    static DataFolder withKeyFor(DataFolder folder, java.nio.file.Path backup, char[] option) {
        DataFolder f = keyed(folder, option, true, "Key of the encrypted backup %s: ", backup.getFileName());
        if (f.key() == null) {
            throw new DbKeyException(DbKeyException.Reason.NEEDED, backup.getFileName() + " is an encrypted backup: give its "
                    + "key (--db-key asks for it, or set " + DbKey.ENV + ").");
        }
        return f;
    }

    private static DataFolder keyed(DataFolder folder, char[] option, boolean ask, String prompt, Object about) {
        char[] typed = given(option);
        if (typed == null && ask && System.console() != null && System.console().isTerminal()) {
            typed = System.console().readPassword(prompt, about);
        }
        if (typed == null || typed.length == 0) {
            return folder;
        }
        try {
            return folder.withKey(DbKey.derive(typed));
        } finally {
            Arrays.fill(typed, '\0');
        }
    }

    /** The key from the environment or the option, or null. */
    static char[] given(char[] option) {
        String env = System.getenv(DbKey.ENV);
        if (env != null && !env.isEmpty()) {
            return env.toCharArray();
        }
        return option == null || option.length == 0 ? null : option.clone();
    }

    /** A new key: from the environment or the option, else typed twice on the terminal; refused if too short. */
    static DbKey newKey(char[] option) {
        char[] a = given(option);
        if (a == null) {
            java.io.Console console = System.console();
            if (console == null || !console.isTerminal()) {
                throw new DbKeyException(DbKeyException.Reason.NEEDED, "No terminal to ask for the new database key on; "
                        + "set " + DbKey.ENV + " for scripts.");
            }
            a = console.readPassword("New database key (at least %d characters; without it the data cannot be read): ",
                    DbKey.MIN_LENGTH);
            char[] b = console.readPassword("The same again: ");
            boolean same = a != null && Arrays.equals(a, b);
            if (b != null) {
                Arrays.fill(b, '\0');
            }
            if (!same) {
                throw new DbKeyException(DbKeyException.Reason.NEEDED, "The two keys differ; nothing was changed.");
            }
        }
        try {
            String weak = DbKey.weakness(a);
            if (weak != null) {
                throw new DbKeyException(DbKeyException.Reason.NEEDED, weak + " Nothing was changed.");
            }
            return DbKey.derive(a);
        } finally {
            Arrays.fill(a, '\0');
        }
    }
}
