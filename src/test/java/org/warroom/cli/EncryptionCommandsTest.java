package org.warroom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warroom.app.AppContext;
import org.warroom.platform.db.DataFolder;
import org.warroom.platform.db.Database;
import org.warroom.testing.Cli;
import org.warroom.testing.TestDb;

/** `encrypt`, `decrypt` and the key on every other command, run in-process as the shell would run them. */
class EncryptionCommandsTest {
    private static final String KEY = "--db-key=the right key 1";

    @TempDir
    Path dir;

    private Cli.Run run(String... args) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--data";
        all[args.length + 1] = dir.toString();
        return Cli.run(all);
    }

    @Test
    void theAdministratorEncryptsCommandsNeedTheKeyAndEveryMistakeIsOneSentence() throws Exception {
        try (AppContext ctx = TestDb.open(dir)) {
            ctx.settings().put("test.mark", "kept through it all");
        }
        Cli.Run plainBackup = run("backup");
        assertThat(plainBackup.exit()).as(plainBackup.err()).isZero();
        assertThat(run("stats", "--db-key=the right key 1").err())
                .contains("is not encrypted, but a key was given").contains("./warroom encrypt");
        assertThat(run("encrypt", "--db-key=short").err()).contains("at least 10 characters");

        Cli.Run encrypted = run("encrypt", KEY);
        assertThat(encrypted.exit()).as(encrypted.err()).isZero();
        assertThat(encrypted.out()).contains("is now encrypted (AES)").contains("1 earlier backup(s)").contains("NOT encrypted");
        assertThat(DataFolder.open(dir).encrypted()).isTrue();

        Cli.Run noKey = run("stats");
        assertThat(noKey.exit()).isEqualTo(1);
        assertThat(noKey.err()).startsWith("warroom: The database in").contains("is encrypted").contains("--db-key")
                .contains("WARROOM_DB_KEY").doesNotContain("Exception");
        Cli.Run wrong = run("stats", "--db-key=a wrong key 22");
        assertThat(wrong.exit()).isEqualTo(1);
        assertThat(wrong.err()).contains("key is wrong").doesNotContain("a wrong key 22").doesNotContain("Exception");
        assertThat(run("stats", KEY).exit()).isZero();
        assertThat(run("encrypt", KEY).err()).contains("already encrypted");

        Cli.Run backup = run("backup", KEY);
        assertThat(backup.exit()).as(backup.err()).isZero();
        assertThat(backup.out()).contains("encrypted with the database's key");
        assertThat(run("backup", "--list").out()).contains("(encrypted)").contains("(not encrypted)");
        Cli.Run restoreNoKey = run("restore", "--latest", "--yes");
        assertThat(restoreNoKey.exit()).isEqualTo(1);
        assertThat(restoreNoKey.err()).contains("is an encrypted backup: give its key");
        Cli.Run restored = run("restore", "--latest", "--yes", KEY);
        assertThat(restored.exit()).as(restored.err()).isZero();
        assertThat(restored.out()).contains("open it with the same key");

        Cli.Run decrypted = run("decrypt", KEY);
        assertThat(decrypted.exit()).as(decrypted.err()).isZero();
        assertThat(DataFolder.open(dir).encrypted()).isFalse();
        assertThat(run("decrypt").err()).contains("is not encrypted; there is nothing to decrypt");
        try (Database db = Database.openEmbedded(DataFolder.open(dir))) {
            String mark = db.jdbi().withHandle(h -> h.createQuery("SELECT val FROM app_setting WHERE name = 'test.mark'")
                    .mapTo(String.class).one());
            assertThat(mark).isEqualTo("kept through it all");
            java.util.List<String> actions = db.jdbi().withHandle(h -> h.createQuery("SELECT action FROM audit_log WHERE "
                    + "entity = 'database' AND action IN ('ENCRYPT', 'DECRYPT') ORDER BY id").mapTo(String.class).list());
            assertThat(actions).containsExactly("ENCRYPT", "DECRYPT");
        }
    }
}
