package org.warroom.bench;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.warroom.app.AppContext;
import org.warroom.demo.DemoPreset;
import org.warroom.people.PeopleService;
import org.warroom.people.Role;
import org.warroom.people.Volunteer;
import org.warroom.people.VolunteerDraft;
import org.warroom.platform.audit.Actor;
import org.warroom.platform.audit.AuditLog;
import org.warroom.platform.db.DataFolder;
import org.warroom.platform.db.Database;

/**
 * Measure 51 (issue 5): what the chained audit trail costs a write. The same write — a volunteer's edit through
 * PeopleService, and a bare one-row update — with the chained audit row, with the old unchained insert, and with no
 * audit row at all, alternated in one run on one database, many times; p50/p95 and ratios. Run with
 * {@code mvn -B -q -Pbench test-compile exec:exec@bench -Dbench.only=51}; writes bench/results/issue-5-audit-DATE.md.
 * Options: bench.auditRounds (3000), bench.auditThreads (4).
 */
public final class AuditBench {
    private AuditBench() {
    }

    /** How a variant writes its audit row. */
    private enum Variant { CHAINED, UNCHAINED, NONE }

    /** The insert every service made before the chain (V001's columns): the baseline the chain adds to. */
    private static final class Unchained extends AuditLog {
        private final Clock clock;

        Unchained(Clock clock) {
            super(clock);
            this.clock = clock;
        }

        @Override
        public void record(Handle h, Actor actor, String action, String entity, Long entityId, String before, String after) {
            h.createUpdate("INSERT INTO audit_log (at, actor, desk, action, entity, entity_id, before_value, after_value) "
                            + "VALUES (:at, :actor, :desk, :action, :entity, :id, :before, :after)")
                    .bind("at", Timestamp.from(clock.instant())).bind("actor", actor.name()).bind("desk", actor.desk())
                    .bind("action", action).bind("entity", entity).bind("id", entityId).bind("before", before).bind("after", after)
                    .execute();
        }
    }

    /** No audit row: the write alone. */
    private static final class None extends AuditLog {
        None(Clock clock) {
            super(clock);
        }

        @Override
        public void record(Handle h, Actor actor, String action, String entity, Long entityId, String before, String after) {
        }
    }

    public static void main(String[] args) throws Exception {
        int rounds = Integer.getInteger("bench.auditRounds", 3000);
        int threads = Integer.getInteger("bench.auditThreads", 4);
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        Path work = Files.createTempDirectory("warroom-audit-bench");
        Clock clock = Clock.systemDefaultZone();
        Actor actor = new Actor("bench", "bench-desk");
        List<String> lines = new ArrayList<>();
        List<String> paired = new ArrayList<>();
        try {
            System.out.println("War Room Console bench 51 (issue 5, audit trail); building the sultanpur preset in " + work);
            try (AppContext ctx = new AppContext(Database.openEmbedded(DataFolder.open(work)), clock, actor, work.resolve("media"))) {
                ctx.demo().build(DemoPreset.SULTANPUR, 7, false, (a, b) -> { });
            }
            try (Database db = Database.openEmbedded(DataFolder.open(work))) {
                Jdbi jdbi = db.jdbi();
                AuditLog[] logs = {new AuditLog(clock), new Unchained(clock), new None(clock)};
                PeopleService[] people = new PeopleService[3];
                for (Variant v : Variant.values()) {
                    people[v.ordinal()] = new PeopleService(jdbi, logs[v.ordinal()], actor, clock);
                }
                long booth = jdbi.withHandle(h -> h.createQuery("SELECT MIN(id) FROM unit WHERE kind = 'BOOTH'").mapTo(Long.class).one());
                // the demo's synthetic numbers (+91 50…) are not allocated in India, so an edit would refuse them: one real-looking number
                Volunteer[] v = {people[0].add(new VolunteerDraft(booth, "Bench A", "98765 43210", Role.BOOTH_IT, 1,
                        LocalDate.now().minusDays(1), true))};
                jdbi.useHandle(h -> h.execute("INSERT INTO app_setting (name, val) VALUES ('bench.audit', '0')"));

                // the same write for each variant, in rotating order so that drift and the other engineers' load hit all alike
                Stats[] edit = {new Stats(), new Stats(), new Stats()};
                Stats[] bare = {new Stats(), new Stats(), new Stats()};
                // each round's three timings sit side by side in time: their ratios shrug off bursts of load on the machine
                long[][] editRound = new long[3][rounds];
                long[][] bareRound = new long[3][rounds];
                int warm = Math.max(200, rounds / 10);
                for (int i = 0; i < warm + rounds; i++) {
                    for (int k = 0; k < 3; k++) {
                        Variant var = Variant.values()[(i + k) % 3];
                        String name = (i + k) % 2 == 0 ? "Bench A" : "Bench B";
                        long t0 = System.nanoTime();
                        v[0] = people[var.ordinal()].update(v[0].id(), v[0].version(), new VolunteerDraft(v[0].unitId(), name, v[0].phone(),
                                v[0].role(), v[0].wingId(), v[0].consentDate(), true));
                        long t1 = System.nanoTime();
                        String val = Integer.toString(i * 3 + k);
                        AuditLog log = logs[var.ordinal()];
                        jdbi.useTransaction(h -> {
                            h.createUpdate("UPDATE app_setting SET val = :v WHERE name = 'bench.audit'").bind("v", val).execute();
                            log.record(h, actor, "EDIT", "app_setting", null, null, "bench.audit=" + val);
                        });
                        long t2 = System.nanoTime();
                        if (i >= warm) {
                            edit[var.ordinal()].add(t1 - t0);
                            bare[var.ordinal()].add(t2 - t1);
                            editRound[var.ordinal()][i - warm] = t1 - t0;
                            bareRound[var.ordinal()][i - warm] = t2 - t1;
                        }
                    }
                }
                lines.add(row("Volunteer edit (PeopleService.update)", edit));
                lines.add(row("Bare one-row UPDATE + its audit row", bare));
                paired.add(String.format("- Median of the per-round ratios (the three variants of one round run back to back): volunteer edit "
                                + "chained ÷ none %.2f, chained ÷ unchained %.2f; bare update chained ÷ none %.2f, chained ÷ unchained %.2f.",
                        pairedMedian(editRound, Variant.CHAINED, Variant.NONE), pairedMedian(editRound, Variant.CHAINED, Variant.UNCHAINED),
                        pairedMedian(bareRound, Variant.CHAINED, Variant.NONE), pairedMedian(bareRound, Variant.CHAINED, Variant.UNCHAINED)));

                // many desks at once: the chain's head is one lock that every writer queues on until it commits
                double[] perSecond = new double[3];
                for (Variant var : List.of(Variant.NONE, Variant.CHAINED, Variant.UNCHAINED, Variant.CHAINED, Variant.NONE, Variant.UNCHAINED)) {
                    perSecond[var.ordinal()] += throughput(jdbi, logs[var.ordinal()], actor, threads, Math.max(200, rounds / 6)) / 2;
                }
                lines.add(String.format("| %d writers at once, bare UPDATE + audit row | %,.0f writes/s | %,.0f writes/s | %,.0f writes/s "
                                + "| %.2f (throughput, none ÷ chained) | %.2f |", threads, perSecond[0], perSecond[1], perSecond[2],
                        perSecond[2] / perSecond[0], perSecond[1] / perSecond[0]));
                var verify = new org.warroom.audit.AuditService(jdbi, new org.warroom.org.OrgService(jdbi)).verify((a, b) -> { });
                lines.add("");
                lines.add("After the run, `audit verify` says: " + verify.message() + " (as it should: the unchained baseline's rows "
                        + "were written outside the chain; " + verify.rowsChecked() + " chained rows checked before it)");
            }
        } finally {
            BuildMeasure.delete(work);
        }
        String load = String.format("system load average %.1f at start, %.1f at end (on %d cores)", loadBefore,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), Runtime.getRuntime().availableProcessors());
        StringBuilder md = new StringBuilder("# Issue 5 bench 51: the audit trail's cost on a write, " + ZonedDateTime.now() + "\n\n");
        md.append(String.format("Machine: %d cores, Java %s. Run with `%s -Dbench.only=51`; %d rounds of each variant after %d warm-up "
                        + "rounds, alternated (chained, unchained, none, then rotated), on the sultanpur preset (H2 file, WRITE_DELAY=0).%n%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), Bench.COMMAND, rounds, Math.max(200, rounds / 10)));
        md.append("| write | chained audit (p50 / p95) | unchained insert (p50 / p95) | no audit (p50 / p95) | chained ÷ none (p50 / p95) | "
                + "chained ÷ unchained (p50 / p95) |\n|---|---|---|---|---|---|\n");
        lines.forEach(l -> md.append(l).append('\n'));
        md.append('\n');
        paired.forEach(l -> md.append(l).append('\n'));
        md.append('\n').append(load).append(".\nTarget: chained ≤ 1.20 × no audit on the same write.\n");
        System.out.println();
        System.out.println(md);
        Path out = Path.of(System.getProperty("bench.out", "bench/results"));
        Files.createDirectories(out);
        Path file = out.resolve("issue-5-audit-" + LocalDate.now() + ".md");
        Files.writeString(file, md.toString(), StandardCharsets.UTF_8);
        System.out.println("written to " + file);
        System.exit(0);
    }

    private static double pairedMedian(long[][] t, Variant a, Variant b) {
        List<Double> r = new ArrayList<>();
        for (int i = 0; i < t[0].length; i++) {
            r.add((double) t[a.ordinal()][i] / t[b.ordinal()][i]);
        }
        return Stats.median(r);
    }

    private static String row(String what, Stats[] s) {
        Stats c = s[Variant.CHAINED.ordinal()];
        Stats u = s[Variant.UNCHAINED.ordinal()];
        Stats n = s[Variant.NONE.ordinal()];
        return String.format("| %s | %.3f / %.3f ms | %.3f / %.3f ms | %.3f / %.3f ms | **%.2f** / %.2f | %.2f / %.2f |", what,
                c.p(50), c.p(95), u.p(50), u.p(95), n.p(50), n.p(95), c.p(50) / n.p(50), c.p(95) / n.p(95), c.p(50) / u.p(50),
                c.p(95) / u.p(95));
    }

    /** Writes per second with {@code threads} writers, each its own connection and transaction per write. */
    private static double throughput(Jdbi jdbi, AuditLog log, Actor actor, int threads, int perThread) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int t = 0; t < threads; t++) {
                String key = "bench.audit." + t;
                jdbi.useHandle(h -> h.execute("MERGE INTO app_setting (name, val) KEY (name) VALUES (?, '0')", key));
            }
            long t0 = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                String key = "bench.audit." + t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        String val = Integer.toString(i);
                        jdbi.useTransaction(h -> {
                            h.createUpdate("UPDATE app_setting SET val = :v WHERE name = :k").bind("v", val).bind("k", key).execute();
                            log.record(h, actor, "EDIT", "app_setting", null, null, key + "=" + val);
                        });
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            return threads * (double) perThread / ((System.nanoTime() - t0) / 1e9);
        } finally {
            pool.shutdown();
        }
    }
}
