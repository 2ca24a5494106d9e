package org.warroom.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.warroom.app.AppContext;
import org.warroom.demo.DemoPreset;
import org.warroom.org.TreeMode;
import org.warroom.org.UnitRow;
import org.warroom.people.Role;
import org.warroom.people.VolunteerDraft;
import org.warroom.platform.audit.Actor;
import org.warroom.platform.db.Backups;
import org.warroom.platform.db.DataFolder;
import org.warroom.platform.db.Database;
import org.warroom.platform.db.DbEncryption;
import org.warroom.platform.db.DbKey;
import org.warroom.reports.ReportDraft;

/**
 * Measure 54 (issue 5): what encrypting the embedded database (H2's CIPHER=AES) costs. The sultanpur demo is built
 * once and copied; one copy is encrypted. Then, in rounds that alternate which copy goes first, the same workload runs
 * on each: open the database and wire the console (with the key stretched, for the encrypted one, as a start does),
 * 100 volunteers added and 300 reports entered (a transaction each, with audit rows), every node of the tree opened
 * from the state down to the booths plus 40 searches, and a backup (written and checked). Medians per phase and the ratio
 * encrypted ÷ plain. Run with {@code mvn -B -q -Pbench test-compile exec:exec@bench -Dbench.only=54}; writes
 * bench/results/issue-5-encryption-DATE.md. Option: bench.encRounds (5).
 */
public final class EncryptionBench {
    private static final String KEY = "bench key for the war room";
    private static int nodesOpened;
    private static final String[] PHASES = {"open + wire", "100 volunteer adds", "300 reports", "whole tree opened + 40 searches", "backup"};
    private static final List<String> SEARCHES = List.of("Isauli", "इसौली", "187", "Isauli 117", "Sultanpur", "Lambhua", "Kadipur 12", "amethi");

    private EncryptionBench() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = Integer.getInteger("bench.encRounds", 5);
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        Path work = Files.createTempDirectory("warroom-encryption-bench");
        Actor actor = new Actor("bench", "bench-desk");
        StringBuilder md = new StringBuilder("# Issue 5 bench 54: the cost of encrypting the database (AES), " + ZonedDateTime.now() + "\n\n");
        try {
            System.out.println("War Room Console bench 54 (issue 5, encryption); building the sultanpur preset in " + work);
            Path plain = work.resolve("plain");
            Path aes = work.resolve("aes");
            try (AppContext ctx = new AppContext(Database.openEmbedded(DataFolder.open(plain)), Clock.systemDefaultZone(), actor,
                    plain.resolve("media"))) {
                ctx.demo().build(DemoPreset.SULTANPUR, 7, false, (a, b) -> { });
            }
            long bytes = Files.size(plain.resolve("warroom.mv.db"));
            Files.createDirectories(aes);
            long c0 = System.nanoTime();
            Files.copy(plain.resolve("warroom.mv.db"), aes.resolve("warroom.mv.db"));
            long copied = System.nanoTime() - c0;
            long d0 = System.nanoTime();
            DbKey key = DbKey.derive(KEY.toCharArray());
            long derived = System.nanoTime() - d0;
            long e0 = System.nanoTime();
            DbEncryption.encrypt(DataFolder.open(aes), key);
            long encrypted = System.nanoTime() - e0;

            Stats[][] t = new Stats[2][PHASES.length];
            for (Stats[] s : t) {
                for (int p = 0; p < PHASES.length; p++) {
                    s[p] = new Stats();
                }
            }
            List<double[]> perRound = new ArrayList<>();
            for (int r = 0; r < rounds + 1; r++) {
                long[][] round = new long[2][];
                for (int k = 0; k < 2; k++) {
                    int variant = (r + k) % 2; // 0 plain, 1 encrypted; which goes first alternates
                    round[variant] = workload(variant == 0 ? plain : aes, variant == 1, r, actor);
                }
                if (r == 0) {
                    continue; // warm-up: class loading and the JIT, on both alike
                }
                double[] ratios = new double[PHASES.length];
                for (int p = 0; p < PHASES.length; p++) {
                    t[0][p].add(round[0][p]);
                    t[1][p].add(round[1][p]);
                    ratios[p] = (double) round[1][p] / round[0][p];
                }
                perRound.add(ratios);
                System.out.printf("round %d: %s%n", r, java.util.Arrays.toString(ratios));
            }
            md.append(String.format("Machine: %d cores, Java %s. Run with `%s -Dbench.only=54`: the sultanpur preset (%,d bytes on disk), "
                            + "%d rounds after a warm-up round, the two copies alternating which goes first. Every phase is the "
                            + "same work on the same data; only `CIPHER=AES` (and the key) differs.%n%n",
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), Bench.COMMAND, bytes, rounds));
            md.append("| phase | plain file (p50 / max) | AES file (p50 / max) | AES ÷ plain (p50) | median of per-round ratios |\n|---|---|---|---|---|\n");
            for (int p = 0; p < PHASES.length; p++) {
                final int q = p;
                md.append(String.format("| %s | %.0f / %.0f ms | %.0f / %.0f ms | **%.2f** | %.2f |%n", PHASES[p], t[0][p].p(50),
                        t[0][p].max(), t[1][p].p(50), t[1][p].max(), t[1][p].p(50) / t[0][p].p(50),
                        Stats.median(perRound.stream().map(a -> a[q]).toList())));
            }
            double plainTotal = 0;
            double aesTotal = 0;
            for (int p = 0; p < PHASES.length; p++) {
                plainTotal += t[0][p].p(50);
                aesTotal += t[1][p].p(50);
            }
            md.append(String.format("| **the whole workload** | %.0f ms | %.0f ms | **%.2f** | |%n%n", plainTotal, aesTotal, aesTotal / plainTotal));
            md.append(String.format("- The tree walk opens %,d nodes (every unit above the booths), each a query as in the window.%n",
                    nodesOpened));
            md.append(String.format("- Stretching the key (Argon2id, 19 MiB, 2 passes), paid once per start and inside \"open\" above: %.0f ms.%n",
                    derived / 1e6));
            md.append(String.format("- Encrypting the database once (`./warroom encrypt`, H2's ChangeFileEncryption on a copy, then opened "
                    + "to check): %.1f s, against %.2f s to copy the same file.%n", encrypted / 1e9, copied / 1e9));
        } finally {
            BuildMeasure.delete(work);
        }
        BenchReport.finish(md, "issue-5-encryption", loadBefore);
    }

    /** One round of the workload on one copy: the nanoseconds of each phase. */
    private static long[] workload(Path dir, boolean encrypted, int round, Actor actor) {
        long[] ns = new long[PHASES.length];
        long t0 = System.nanoTime();
        DataFolder folder = DataFolder.open(dir);
        if (encrypted) {
            folder = folder.withKey(DbKey.derive(KEY.toCharArray()));
        }
        try (AppContext ctx = new AppContext(Database.openEmbedded(folder), Clock.systemDefaultZone(), actor, dir.resolve("media"))) {
            UnitRow state = ctx.org().roots().getFirst();
            ns[0] = System.nanoTime() - t0;

            long booth = ctx.db().jdbi().withHandle(h -> h.createQuery("SELECT MIN(id) FROM unit WHERE kind = 'BOOTH'").mapTo(Long.class).one());
            long t1 = System.nanoTime();
            for (int i = 0; i < 100; i++) {
                ctx.people().add(new VolunteerDraft(booth, "Bench " + round + "-" + i, String.format("98%08d", round * 1000 + i),
                        Role.BOOTH_IT, 1, LocalDate.now().minusDays(1), true));
            }
            ns[1] = System.nanoTime() - t1;

            List<Long> reporters = ctx.db().jdbi().withHandle(h -> h.createQuery("SELECT id FROM volunteer WHERE active = TRUE "
                    + "AND role = 'BOOTH_IT' ORDER BY id LIMIT 300").mapTo(Long.class).list());
            LocalDate day = ctx.reports().today().minusDays(round + 1);
            long t2 = System.nanoTime();
            for (long v : reporters) {
                ctx.reports().add(ReportDraft.numbers(v, day, 4, 2, 120));
            }
            ns[2] = System.nanoTime() - t2;

            long t3 = System.nanoTime();
            List<UnitRow> level = List.of(state);
            int opened = 0;
            while (!level.isEmpty()) {
                List<UnitRow> next = new ArrayList<>();
                for (UnitRow u : level) {
                    if (u.unit().kind() != org.warroom.org.UnitKind.BOOTH) {
                        next.addAll(ctx.org().children(u.unit(), TreeMode.ORGANISATION));
                        opened++;
                    }
                }
                level = next;
            }
            nodesOpened = opened;
            for (int i = 0; i < 5; i++) {
                for (String q : SEARCHES) {
                    ctx.org().search(q, null, 20);
                }
            }
            ns[3] = System.nanoTime() - t3;

            long t4 = System.nanoTime();
            new Backups(folder, Clock.systemDefaultZone()).backup(ctx.db(), dir.resolve("bench-" + round + ".zip"), 1);
            ns[4] = System.nanoTime() - t4;
        }
        return ns;
    }
}
