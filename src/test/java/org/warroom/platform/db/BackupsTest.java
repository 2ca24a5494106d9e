package org.warroom.platform.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warroom.app.AppContext;
import org.warroom.people.Role;
import org.warroom.people.VolunteerDraft;
import org.warroom.testing.TestDb;

/** Backups taken while the database is open, checked, pruned and restored; damaged files and bad backups refused. */
class BackupsTest {
    @TempDir
    Path dir;

    private static long volunteers(Database db) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM volunteer").mapTo(Long.class).one());
    }

    @Test
    void onlineBackupsAreCheckedKeptAndRestoredOnlyWhenConfirmedAndClosed() throws Exception {
        DataFolder folder = DataFolder.open(dir);
        Clock[] clock = {Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Asia/Kolkata"))};
        long atFirst;
        Path first;
        try (AppContext ctx = TestDb.sultanpur(dir)) {
            atFirst = volunteers(ctx.db());
            Backups.Checked c = new Backups(folder, clock[0]).backup(ctx.db(), null, 10);
            first = c.file();
            assertThat(first.getFileName().toString()).isEqualTo("warroom-20261123-153000.zip");
            assertThat(c.volunteers()).isEqualTo(atFirst);
            assertThat(c.units()).isGreaterThan(2000);
            ctx.people().add(new VolunteerDraft(ctx.db().jdbi().withHandle(h -> h.createQuery(
                    "SELECT id FROM unit WHERE kind = 'BOOTH' ORDER BY id LIMIT 1").mapTo(Long.class).one()),
                    "After Backup", "+91 91234 56779", Role.BOOTH_IT, 1, LocalDate.now().minusDays(1), true));
            Backups later = new Backups(folder, Clock.offset(clock[0], java.time.Duration.ofHours(1)));
            Path sameSecond1 = later.backup(ctx.db(), null, 10).file();
            Path sameSecond2 = later.backup(ctx.db(), null, 10).file();
            // two backups in the same second keep both, the second numbered and listed as the newer
            assertThat(sameSecond2.getFileName().toString()).isEqualTo("warroom-20261123-163000-2.zip");
            assertThat(later.list()).containsExactly(sameSecond2, sameSecond1, first);
            // one more, keeping one: the older ones go
            Backups third = new Backups(folder, Clock.offset(clock[0], java.time.Duration.ofHours(2)));
            Backups.Checked newest = third.backup(ctx.db(), null, 1);
            assertThat(third.list()).containsExactly(newest.file());
            assertThat(first).doesNotExist();
            assertThat(newest.volunteers()).isEqualTo(atFirst + 1);
            Path copy = dir.resolve("copy.zip");
            Files.copy(newest.file(), copy);
            assertThatThrownBy(() -> third.restore(copy, false)).hasMessageContaining("Confirm to go on");
        }
        // while another program has the database open, a restore is refused and nothing changes
        Process holder = org.warroom.testing.ChildProcess.start("serve", dir.toString());
        try {
            org.warroom.testing.ChildProcess.expectLine(holder, "ready", 60);
            assertThatThrownBy(() -> new Backups(folder, clock[0]).restore(dir.resolve("copy.zip"), true))
                    .hasMessageContaining("open in another window");
        } finally {
            holder.getOutputStream().write('\n');
            holder.getOutputStream().flush();
            holder.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
        }
        // a backup made earlier (with one volunteer fewer) comes back, and the replaced database is kept
        Path older = dir.resolve("older.zip");
        try (AppContext ctx = TestDb.open(dir)) {
            ctx.db().jdbi().useHandle(h -> h.execute("DELETE FROM volunteer WHERE name = 'After Backup'"));
            ctx.db().jdbi().useHandle(h -> h.execute("BACKUP TO ?", older.toString()));
            ctx.people().add(new VolunteerDraft(ctx.db().jdbi().withHandle(h -> h.createQuery(
                    "SELECT id FROM unit WHERE kind = 'BOOTH' ORDER BY id LIMIT 1").mapTo(Long.class).one()),
                    "After Backup", "+91 91234 56779", Role.BOOTH_IT, 1, LocalDate.now().minusDays(1), true));
        }
        Backups b = new Backups(folder, clock[0]);
        b.restore(older, true);
        try (Database db = Database.openEmbedded(folder)) {
            assertThat(volunteers(db)).isEqualTo(atFirst);
        }
        try (var s = Files.list(b.dir())) {
            assertThat(s.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("replaced-") && n.endsWith(".mv.db"));
        }
    }

    @Test
    void badBackupsAndADamagedDatabaseGetAClearMessage() throws Exception {
        DataFolder folder = DataFolder.open(dir);
        Backups b = new Backups(folder, Clock.systemDefaultZone());
        Path notZip = Files.writeString(dir.resolve("notes.zip"), "this is not a zip");
        assertThatThrownBy(() -> b.check(notZip)).isInstanceOf(DatabaseException.class).hasMessageContaining("not a readable backup");
        Path empty = dir.resolve("empty.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(empty))) {
            z.putNextEntry(new ZipEntry("readme.txt"));
            z.write("hello".getBytes());
        }
        assertThatThrownBy(() -> b.check(empty)).hasMessageContaining("holds no War Room database");
        assertThatThrownBy(() -> b.check(dir.resolve("missing.zip"))).hasMessageContaining("There is no backup file");

        try (AppContext ctx = TestDb.sultanpur(dir)) {
            b.backup(ctx.db(), null, 10);
        }
        // a truncated backup
        Path good = b.latest().orElseThrow();
        Path cut = dir.resolve("cut.zip");
        byte[] bytes = Files.readAllBytes(good);
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertThatThrownBy(() -> b.check(cut)).isInstanceOf(DatabaseException.class);
        // a damaged database file: the message names the newest backup and the command that restores it
        Path live = dir.resolve("warroom.mv.db");
        try (RandomAccessFile f = new RandomAccessFile(live.toFile(), "rw")) {
            // both file headers overwritten (H2 survives losing its newest chunks by opening an older version, but
            // not this)
            f.seek(0);
            f.write(new byte[8192]);
        }
        assertThatThrownBy(() -> Database.openEmbedded(folder)).isInstanceOf(DatabaseException.class)
                .hasMessageContaining("damaged").hasMessageContaining("restore --latest");
        assertThat(b.restore(good, true).units()).isGreaterThan(2000);
        try (Database db = Database.openEmbedded(folder)) {
            assertThat(volunteers(db)).isPositive();
        }
    }
}
