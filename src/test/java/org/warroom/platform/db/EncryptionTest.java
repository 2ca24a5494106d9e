package org.warroom.platform.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded database encrypted with AES: the file holds no readable data, it opens only with its key (and says
 * plainly when the key is missing, wrong, or given for a plain database), backups stay encrypted and restore with the
 * key, it decrypts again, and {@code warroom serve} serves it to desks that know only the server password.
 */
class EncryptionTest {
    private static final String MARK = "pineapple-marker-7731";

    @TempDir
    Path dir;

    private static DbKey key(String k) {
        return DbKey.derive(k.toCharArray());
    }

    private DataFolder plainDatabase() {
        DataFolder folder = DataFolder.open(dir);
        try (Database db = Database.openEmbedded(folder)) {
            db.jdbi().useHandle(h -> h.execute("INSERT INTO app_setting (name, val) VALUES ('test.mark', ?)", MARK));
            db.checkpoint();
        }
        return folder;
    }

    private static String mark(DataFolder folder) {
        try (Database db = Database.openEmbedded(folder)) {
            return db.jdbi().withHandle(h -> h.createQuery("SELECT val FROM app_setting WHERE name = 'test.mark'")
                    .mapTo(String.class).one());
        }
    }

    private static boolean holdsInClear(Path file) throws Exception {
        return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(MARK);
    }

    @Test
    void anEncryptedDatabaseOpensOnlyWithItsKeyAndEachMistakeIsNamed() throws Exception {
        DataFolder folder = plainDatabase();
        Path file = dir.resolve("warroom.mv.db");
        assertThat(holdsInClear(file)).as("a plain file holds its text as it is").isTrue();
        assertThat(folder.encrypted()).isFalse();
        // a key given for a plain database is refused, not silently ignored
        assertThatThrownBy(() -> Database.openEmbedded(folder.withKey(key("the right key 1"))))
                .isInstanceOfSatisfying(DbKeyException.class, e -> assertThat(e.reason()).isEqualTo(DbKeyException.Reason.NOT_ENCRYPTED))
                .hasMessageContaining("is not encrypted");

        assertThatThrownBy(() -> Database.openEmbedded(DataFolder.open(dir.resolve("new")).withKey(key("the right key 1"))))
                .isInstanceOfSatisfying(DbKeyException.class, e -> assertThat(e.reason()).isEqualTo(DbKeyException.Reason.NOT_ENCRYPTED))
                .hasMessageContaining("no database").hasMessageContaining("./warroom encrypt");

        DataFolder keyed = DbEncryption.encrypt(folder, key("the right key 1"));
        assertThat(folder.encrypted()).isTrue();
        assertThat(holdsInClear(file)).as("the encrypted file holds no readable text").isFalse();
        String record = Files.readString(dir.resolve(DbEncryption.RECORD));
        assertThat(record).contains("cipher=AES").doesNotContain("the right key 1");
        assertThat(dir.resolve(".encryption-work")).doesNotExist();

        assertThatThrownBy(() -> Database.openEmbedded(folder))
                .isInstanceOfSatisfying(DbKeyException.class, e -> assertThat(e.reason()).isEqualTo(DbKeyException.Reason.NEEDED))
                .hasMessageContaining("is encrypted").hasMessageContaining("--db-key").hasMessageContaining(DbKey.ENV);
        assertThatThrownBy(() -> Database.openEmbedded(folder.withKey(key("a wrong key 22"))))
                .isInstanceOfSatisfying(DbKeyException.class, e -> assertThat(e.reason()).isEqualTo(DbKeyException.Reason.WRONG))
                .hasMessageContaining("key is wrong").hasMessageNotContaining("a wrong key 22");
        assertThat(mark(keyed)).isEqualTo(MARK);
        // the key typed again later (a new derivation) opens it too
        assertThat(mark(folder.withKey(key("the right key 1")))).isEqualTo(MARK);
        assertThatThrownBy(() -> DbEncryption.encrypt(folder, key("another key 333"))).hasMessageContaining("already encrypted");
    }

    @Test
    void backupsOfAnEncryptedDatabaseStayEncryptedAndRestoreWithTheKey() throws Exception {
        DataFolder keyed = DbEncryption.encrypt(plainDatabase(), key("the right key 1"));
        Backups backups = new Backups(keyed, Clock.systemDefaultZone());
        Backups.Checked made;
        try (Database db = Database.openEmbedded(keyed)) {
            made = backups.backup(db, null, 10);
        }
        assertThat(Backups.encrypted(made.file())).isTrue();
        assertThat(holdsInClear(made.file())).isFalse();
        assertThatThrownBy(() -> new Backups(keyed.withKey(null), Clock.systemDefaultZone()).check(made.file()))
                .isInstanceOfSatisfying(DbKeyException.class, e -> assertThat(e.reason()).isEqualTo(DbKeyException.Reason.NEEDED))
                .hasMessageContaining("encrypted backup");
        assertThatThrownBy(() -> new Backups(keyed.withKey(key("a wrong key 22")), Clock.systemDefaultZone()).check(made.file()))
                .isInstanceOfSatisfying(DbKeyException.class, e -> assertThat(e.reason()).isEqualTo(DbKeyException.Reason.WRONG));

        // on another machine: a fresh folder, the backup file and the key are all it takes
        DataFolder elsewhere = DataFolder.open(dir.resolve("elsewhere")).withKey(key("the right key 1"));
        new Backups(elsewhere, Clock.systemDefaultZone()).restore(made.file(), true);
        assertThat(elsewhere.encrypted()).isTrue();
        assertThat(elsewhere.path().resolve(DbEncryption.RECORD)).exists();
        assertThat(mark(elsewhere)).isEqualTo(MARK);

        // a plain backup restored over an encrypted folder: the folder says it is plain again
        Path plainZip = dir.resolve("plain.zip");
        DataFolder other = DataFolder.open(dir.resolve("other"));
        try (Database db = Database.openEmbedded(other)) {
            db.jdbi().useHandle(h -> h.execute("BACKUP TO ?", plainZip.toString()));
        }
        new Backups(elsewhere, Clock.systemDefaultZone()).restore(plainZip, true);
        assertThat(elsewhere.encrypted()).isFalse();
        assertThat(elsewhere.path().resolve(DbEncryption.RECORD)).doesNotExist();
        try (Database db = Database.openEmbedded(elsewhere.withKey(null))) {
            assertThat(db.isH2()).isTrue();
        }
    }

    @Test
    void decryptingNeedsTheRightKeyAndLeavesAPlainDatabase() throws Exception {
        DataFolder folder = DbEncryption.encrypt(plainDatabase(), key("the right key 1")).withKey(null);
        assertThatThrownBy(() -> DbEncryption.decrypt(folder.withKey(key("a wrong key 22"))))
                .isInstanceOfSatisfying(DbKeyException.class, e -> assertThat(e.reason()).isEqualTo(DbKeyException.Reason.WRONG));
        assertThat(folder.encrypted()).as("a wrong key changes nothing").isTrue();
        assertThat(mark(folder.withKey(key("the right key 1")))).isEqualTo(MARK);

        DataFolder plain = DbEncryption.decrypt(folder.withKey(key("the right key 1")));
        assertThat(plain.encrypted()).isFalse();
        assertThat(dir.resolve(DbEncryption.RECORD)).doesNotExist();
        assertThat(mark(plain)).isEqualTo(MARK);
        assertThatThrownBy(() -> DbEncryption.decrypt(plain.withKey(key("the right key 1"))))
                .isInstanceOfSatisfying(DbKeyException.class, e -> assertThat(e.reason()).isEqualTo(DbKeyException.Reason.NOT_ENCRYPTED));
    }

    @Test
    void anEncryptedDatabaseIsServedToDesksThatKnowOnlyTheServerPassword() throws Exception {
        DataFolder keyed = DbEncryption.encrypt(plainDatabase(), key("the right key 1"));
        char[] serverPassword = "war room db secret".toCharArray();
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        try (DbServer server = DbServer.start(keyed, null, port, serverPassword)) {
            assertThat(server.port()).isEqualTo(port);
            // a desk: the usual URL and the server password, no key
            try (Database desk = Database.open(server.url(), "warroom", "war room db secret")) {
                String seen = desk.jdbi().withHandle(h -> h.createQuery("SELECT val FROM app_setting WHERE name = 'test.mark'")
                        .mapTo(String.class).one());
                assertThat(seen).isEqualTo(MARK);
                desk.jdbi().useHandle(h -> h.execute("INSERT INTO app_setting (name, val) VALUES ('test.desk', 'written by a desk')"));
            }
            assertThatThrownBy(() -> Database.open(server.url(), "warroom", "not the password"))
                    .isInstanceOf(DatabaseException.class);
            // the server machine's own console opens the folder with the key (and the kept password)
            try (Database local = Database.openEmbedded(keyed)) {
                String written = local.jdbi().withHandle(h -> h.createQuery("SELECT val FROM app_setting WHERE name = 'test.desk'")
                        .mapTo(String.class).one());
                assertThat(written).isEqualTo("written by a desk");
            }
            assertThatThrownBy(() -> Database.openEmbedded(keyed.withKey(key("a wrong key 22"))))
                    .isInstanceOfSatisfying(DbKeyException.class, e -> assertThat(e.reason()).isEqualTo(DbKeyException.Reason.WRONG));
        }
        assertThat(holdsInClear(dir.resolve("warroom.mv.db"))).isFalse();
    }

    @Test
    void aDatabaseInUseIsNotConverted() throws Exception {
        DataFolder folder = plainDatabase();
        Process holder = org.warroom.testing.ChildProcess.start("hold", dir.toString());
        try {
            org.warroom.testing.ChildProcess.expectLine(holder, "ready", 60);
            assertThatThrownBy(() -> DbEncryption.encrypt(folder, key("the right key 1")))
                    .hasMessageContaining("open in another window");
        } finally {
            holder.destroy();
            holder.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
        }
        assertThat(folder.encrypted()).isFalse();
        assertThat(mark(folder)).isEqualTo(MARK);
    }
}
