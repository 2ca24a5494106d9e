package org.warroom.platform.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warroom.app.AppContext;
import org.warroom.people.Role;
import org.warroom.people.VolunteerDraft;
import org.warroom.people.importers.ImportReport;
import org.warroom.people.importers.VolunteerCsvImporter;
import org.warroom.testing.TestDb;

/**
 * The disk fills up during an import, for real: the data folder sits on a small tmpfs (mounting one needs root, as
 * CI has), the free space is taken by a filler file, and a 20,000-volunteer import runs into the end of the disk. The
 * import fails with a message, saves none of its rows, and once space is freed the same database takes a write and
 * opens again with everything it had.
 */
class DiskFullTest {
    @TempDir
    Path dir;

    @Test
    void anImportThatFillsTheDiskFailsCleanlyAndTheDatabaseStaysUsable() throws Exception {
        Path small = Files.createDirectories(dir.resolve("small"));
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", small.toString()),
                "mounting a small tmpfs needs root (CI runs as root)");
        try {
            Path data = small.resolve("data");
            Path csv = dir.resolve("volunteers.csv");
            StringBuilder text = new StringBuilder("seat,booth,name,phone,consent_date\n");
            for (int i = 0; i < 20_000; i++) {
                text.append(187 + i % 5).append(',').append(1 + i % 150).append(",Disk Test ").append(i).append(",98")
                        .append(String.format("%08d", i)).append(",01/01/2025\n");
            }
            Files.writeString(csv, text, StandardCharsets.UTF_8);
            long before;
            long booth;
            Path filler = small.resolve("filler");
            try (AppContext ctx = TestDb.sultanpur(data)) {
                before = volunteers(ctx);
                booth = ctx.db().jdbi().withHandle(h -> h.createQuery("SELECT MIN(id) FROM unit WHERE kind = 'BOOTH'")
                        .mapTo(Long.class).one());
                fill(filler, Files.getFileStore(small), 512 * 1024);
                VolunteerCsvImporter importer = new VolunteerCsvImporter(ctx.org(), ctx.people());
                ImportReport report = importer.importFile(csv, ImportReport.Mode.KEEP_GOOD, false);
                assertThat(report.rowsRead()).isEqualTo(20_000);
                assertThat(report.saved()).isFalse();
                assertThat(report.imported()).isZero();
                assertThat(report.errors()).singleElement().satisfies(e -> assertThat(e.reason())
                        .startsWith("The disk is full, so nothing was saved."));
                Files.delete(filler);
                assertThat(volunteers(ctx)).as("no half import").isEqualTo(before);
                ctx.people().add(new VolunteerDraft(booth, "After The Disk Filled", "+91 91234 56770", Role.BOOTH_IT, 1,
                        LocalDate.now().minusDays(1), true));
                assertThat(volunteers(ctx)).isEqualTo(before + 1);
            }
            try (AppContext again = TestDb.open(data)) {
                assertThat(volunteers(again)).isEqualTo(before + 1);
            }
        } finally {
            run("umount", "-l", small.toString());
        }
    }

    private static long volunteers(AppContext ctx) {
        return ctx.db().jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM volunteer").mapTo(Long.class).one());
    }

    /** Takes the free space of {@code store} but {@code leave} bytes. */
    private static void fill(Path filler, FileStore store, long leave) throws IOException {
        long size = store.getUsableSpace() - leave;
        try (RandomAccessFile f = new RandomAccessFile(filler.toFile(), "rw")) {
            byte[] block = new byte[1 << 20];
            long written = 0;
            while (written < size) {
                int n = (int) Math.min(block.length, size - written);
                f.write(block, 0, n);
                written += n;
            }
        }
    }

    private static boolean run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    }
}
