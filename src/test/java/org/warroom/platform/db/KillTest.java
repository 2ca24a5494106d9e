package org.warroom.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warroom.app.AppContext;
import org.warroom.testing.ChildProcess;
import org.warroom.testing.TestDb;

/**
 * A desk's process killed with SIGKILL again and again, in the middle of edits and of an import: every change it
 * reported as committed is there, the import is whole or absent, the coverage summary still adds up, the file opens.
 */
class KillTest {
    @TempDir
    Path dir;

    @Test
    void killedAgainAndAgainDuringEditsAndImportsLosesNothingCommittedAndHalvesNothing() throws Exception {
        long booth;
        try (AppContext ctx = TestDb.sultanpur(dir)) {
            booth = ctx.db().jdbi().withHandle(h -> h.createQuery("SELECT id FROM unit WHERE code = 'B-187-5'").mapTo(Long.class).one());
        }
        SplittableRandom rnd = new SplittableRandom(11);
        List<Long> committed = new ArrayList<>();
        long next = 100_000_000L;
        for (int round = 0; round < 4; round++) {
            Process p = ChildProcess.start("edits", dir.toString(), String.valueOf(booth), String.valueOf(next));
            BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            int want = 3 + rnd.nextInt(8);
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("committed ")) {
                    committed.add(Long.parseLong(line.substring(10)));
                    if (--want == 0) {
                        break;
                    }
                }
            }
            p.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // SIGKILL: no shutdown hooks, no clean close
            next = committed.getLast() + 1_000;
        }
        // an import of 400 volunteers killed part-way, a few times; then one that finishes
        StringBuilder csv = new StringBuilder("unit,name,phone,consent_date\n");
        for (int i = 0; i < 400; i++) {
            csv.append("B-187-6,Imported ").append(i).append(',').append(String.format("+91 8%09d", 200_000_000L + i))
                    .append(",01/01/2025\n");
        }
        Path file = Files.writeString(dir.resolve("volunteers.csv"), csv);
        for (int round = 0; round < 3; round++) {
            Process p = ChildProcess.start("import", dir.toString(), file.toString());
            ChildProcess.expectLine(p, "importing", 60);
            Thread.sleep(300 + rnd.nextInt(1500));
            p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            assertImportWholeOrAbsent();
        }
        Process done = ChildProcess.start("import", dir.toString(), file.toString());
        ChildProcess.expectLine(done, "imported", 120);
        done.waitFor(30, TimeUnit.SECONDS);

        try (AppContext ctx = TestDb.open(dir)) {
            for (long n : committed) {
                long found = ctx.db().jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM volunteer WHERE name = :n")
                        .bind("n", "Kill Test " + n).mapTo(Long.class).one());
                assertThat(found).as("volunteer %d was reported committed", n).isEqualTo(1);
            }
            long imported = ctx.db().jdbi().withHandle(h -> h.createQuery(
                    "SELECT COUNT(*) FROM volunteer WHERE name LIKE 'Imported %'").mapTo(Long.class).one());
            assertThat(imported).isEqualTo(400);
            long active = ctx.db().jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM volunteer WHERE active = TRUE")
                    .mapTo(Long.class).one());
            long summary = ctx.db().jdbi().withHandle(h -> h.createQuery(
                    "SELECT c.volunteers FROM coverage c JOIN unit u ON u.id = c.unit_id WHERE u.kind = 'STATE'").mapTo(Long.class).one());
            assertThat(summary).as("the coverage summary moved with every committed change, and only with them").isEqualTo(active);
        }
    }

    private void assertImportWholeOrAbsent() {
        try (AppContext ctx = TestDb.open(dir)) {
            long n = ctx.db().jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM volunteer WHERE name LIKE 'Imported %'")
                    .mapTo(Long.class).one());
            assertThat(n).as("an import is whole or absent").isIn(0L, 400L);
        }
    }
}
