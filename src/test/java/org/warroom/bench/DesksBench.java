package org.warroom.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.warroom.app.AppContext;
import org.warroom.demo.DemoPreset;
import org.warroom.org.TreeMode;
import org.warroom.org.Unit;
import org.warroom.people.Volunteer;
import org.warroom.people.VolunteerDraft;
import org.warroom.platform.audit.Actor;
import org.warroom.platform.db.DataFolder;
import org.warroom.platform.db.Database;
import org.warroom.platform.db.DbServer;
import org.warroom.reports.ReportDraft;

/**
 * Measure 53 (issue 5): 20 desks, each a thread with its own {@link AppContext} (own connection pool), browsing the
 * tree, entering reports and editing volunteers against one server for {@code bench.seconds} (300 by default) —
 * on H2's server ({@code warroom serve}) and on PostgreSQL (zonky's PostgreSQL 14, default settings) in the same run,
 * same Sultanpur demo, same workload and seed. Each desk owns a disjoint share of the volunteers, so every report is
 * a new row and every edit must raise the version by one: at the end the rows are counted against the successes
 * (none lost, none doubled) and the audit chain is verified. Baseline per engine: SELECT 1 on an idle server.
 */
public final class DesksBench {
    private static final String[] OPS = {"browse", "report", "edit"};

    private DesksBench() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = Integer.getInteger("bench.seconds", 300);
        int desks = Integer.getInteger("bench.desks", 20);
        int thinkMs = Integer.getInteger("bench.thinkMs", 200);
        Engine h2 = onH2(seconds, desks, thinkMs);
        Engine pg = onPostgres(seconds, desks, thinkMs);
        StringBuilder t = new StringBuilder("| operation | H2 server p95 (p50) | PostgreSQL p95 (p50) | PostgreSQL / H2 (p95) |\n|---|---|---|---|\n");
        for (String op : OPS) {
            Stats a = h2.stats.get(op);
            Stats b = pg.stats.get(op);
            t.append(String.format("| %s (n = %,d / %,d) | %.1f ms (%.1f) | %.1f ms (%.1f) | %.2f |%n", op, a.count(), b.count(),
                    a.p(95), a.p(50), b.p(95), b.p(50), b.p(95) / a.p(95)));
        }
        t.append(String.format("| baseline: SELECT 1, idle server | %.2f ms | %.2f ms | %.2f |%n", h2.selectOne, pg.selectOne,
                pg.selectOne / h2.selectOne));
        String body = "# Issue 5: 20 desks on one server, H2 and PostgreSQL side by side, " + java.time.Instant.now() + "\n\n"
                + "Run with `mvn -B -q -Pbench test-compile exec:exec@bench -Dbench.only=53 -Dbench.seconds=" + seconds + "`. "
                + desks + " desk threads, each with its own AppContext (its own connection pool) in one JVM, against one server "
                + "on loopback: H2 2.5 via `warroom serve` (DbServer, TCP) and PostgreSQL 14 (zonky embedded, default "
                + "settings with fsync and synchronous_commit on, as H2 runs with WRITE_DELAY=0). Sultanpur demo (2,172 booths, 13,054 volunteers). Each desk loops: think "
                + thinkMs / 2 + "–" + thinkMs * 3 / 2 + " ms, then browse (children of a random district, seat, mandal or sector; "
                + "50 %), enter a report (a new volunteer-day of its own share; 25 %) or edit a volunteer of its own share "
                + "(25 %). **" + seconds + " s per engine** (the issue asks for 300 s; `-Dbench.seconds`). The machine has 2 "
                + "cores shared with other work; server and desks share them.\n\n" + t + "\n"
                + h2.checks + "\n" + pg.checks;
        System.out.println(body);
        Path out = Path.of("bench", "results", "issue-5-desks-" + LocalDate.now() + ".md");
        Files.writeString(out, body);
        System.out.println("written to " + out);
    }

    private static Engine onH2(int seconds, int desks, int thinkMs) throws Exception {
        Path dir = Files.createTempDirectory("warroom-desks");
        try {
            try (AppContext setup = context(Database.openEmbedded(DataFolder.open(dir)), "setup")) {
                setup.demo().build(DemoPreset.SULTANPUR, 7, false, (a, b) -> { });
            }
            int port;
            try (ServerSocket s = new ServerSocket(0)) {
                port = s.getLocalPort();
            }
            char[] pw = "bench database password".toCharArray();
            try (DbServer server = DbServer.start(DataFolder.open(dir), null, port, pw)) {
                return run("H2 server", () -> Database.open(server.url(), "warroom", new String(pw)), seconds, desks, thinkMs);
            }
        } finally {
            BuildMeasure.delete(dir);
        }
    }

    private static Engine onPostgres(int seconds, int desks, int thinkMs) throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setServerConfig("max_connections", "400")
                // zonky turns synchronous_commit off; on, like H2's WRITE_DELAY=0: a commit is on disk when it returns
                .setServerConfig("synchronous_commit", "on").start()) {
            try (Connection c = pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
                st.execute("CREATE DATABASE warroom");
            }
            String url = pg.getJdbcUrl("postgres", "warroom");
            try (AppContext setup = context(Database.open(url, "postgres", ""), "setup")) {
                setup.demo().build(DemoPreset.SULTANPUR, 7, false, (a, b) -> { });
            }
            return run("PostgreSQL", () -> Database.open(url, "postgres", ""), seconds, desks, thinkMs);
        }
    }

    private static AppContext context(Database db, String desk) {
        return new AppContext(db, Clock.systemDefaultZone(), new Actor("bench", desk), Path.of("target", "media-bench"));
    }

    /** The workload on one engine, then the checks of what it wrote. */
    private static Engine run(String name, Supplier<Database> connect, int seconds, int desks, int thinkMs) throws Exception {
        Map<String, Stats> stats = new ConcurrentHashMap<>();
        for (String op : OPS) {
            stats.put(op, new Stats());
        }
        List<AppContext> contexts = new ArrayList<>();
        for (int d = 0; d < desks; d++) {
            contexts.add(context(connect.get(), "desk " + d));
        }
        AppContext first = contexts.getFirst();
        double selectOne = selectOne(first);
        List<Unit> browsable = first.db().jdbi().withHandle(h -> h.createQuery(
                "SELECT id FROM unit WHERE kind IN ('DISTRICT', 'ASSEMBLY', 'MANDAL', 'SECTOR') ORDER BY id").mapTo(Long.class).list())
                .stream().map(id -> first.org().unit(id).orElseThrow().unit()).toList();
        List<Long> volunteers = first.db().jdbi().withHandle(h -> h.createQuery("SELECT v.id FROM volunteer v JOIN unit u ON u.id = v.unit_id "
                + "WHERE u.kind = 'BOOTH' AND v.active ORDER BY v.id").mapTo(Long.class).list());
        long reportsBefore = count(first, "SELECT COUNT(*) FROM report");
        long auditBefore = count(first, "SELECT COUNT(*) FROM audit_log");
        List<Desk> work = new ArrayList<>();
        for (int d = 0; d < desks; d++) {
            List<Long> own = new ArrayList<>();
            for (int i = d; i < volunteers.size(); i += desks) {
                own.add(volunteers.get(i));
            }
            work.add(new Desk(contexts.get(d), own, browsable, stats, new SplittableRandom(53 + d), thinkMs));
        }
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(desks);
        List<Future<?>> done = new ArrayList<>();
        for (Desk w : work) {
            done.add(pool.submit(() -> w.loop(end)));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        long reports = work.stream().mapToLong(w -> w.reports).sum();
        long edits = work.stream().mapToLong(w -> w.edits.values().stream().mapToLong(Integer::longValue).sum()).sum();
        long errors = work.stream().mapToLong(w -> w.errors).sum();
        long reportRows = count(first, "SELECT COUNT(*) FROM report") - reportsBefore;
        long doubled = count(first, "SELECT COUNT(*) FROM (SELECT volunteer_id, report_date FROM report GROUP BY volunteer_id, report_date "
                + "HAVING COUNT(*) > 1) d");
        long lostEdits = work.stream().mapToLong(w -> w.lostEdits()).sum();
        long auditRows = count(first, "SELECT COUNT(*) FROM audit_log") - auditBefore;
        var verify = first.audit().verify((a, b) -> { });
        String checks = String.format("- %s: %,d operations, **%d errors**%s; reports saved %,d, new report rows %,d, volunteer-days "
                        + "with two reports %d; edits saved %,d, volunteers whose version is not their edit count %d; audit rows "
                        + "added %,d (expected %,d); audit chain %s.%n", name, stats.values().stream().mapToInt(Stats::count).sum(),
                errors, errorKinds(work),
                reports, reportRows, doubled, edits, lostEdits, auditRows, reports + edits, verify.ok() ? "verified" : "BROKEN: " + verify.message());
        System.out.print(checks);
        contexts.forEach(AppContext::close);
        return new Engine(stats, selectOne, checks);
    }

    private static String errorKinds(List<Desk> work) {
        Map<String, Integer> all = new java.util.TreeMap<>();
        work.forEach(w -> w.errorKinds.forEach((k, n) -> all.merge(k, n, Integer::sum)));
        return all.isEmpty() ? "" : all.entrySet().stream().map(e -> e.getValue() + " × " + e.getKey().replace('|', '/'))
                .collect(java.util.stream.Collectors.joining("; ", " (", ")"));
    }

    private static double selectOne(AppContext ctx) {
        Stats s = new Stats();
        for (int i = 0; i < 500; i++) {
            long t0 = System.nanoTime();
            ctx.db().jdbi().withHandle(h -> h.createQuery("SELECT 1").mapTo(Integer.class).one());
            if (i >= 100) {
                s.add(System.nanoTime() - t0);
            }
        }
        return s.p(95);
    }

    private static long count(AppContext ctx, String sql) {
        return ctx.db().jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    private record Engine(Map<String, Stats> stats, double selectOne, String checks) { }

    /** One desk: its own context, its own share of volunteers, its own random choices. */
    private static final class Desk {
        final AppContext ctx;
        final List<Long> own;
        final List<Unit> browsable;
        final Map<String, Stats> stats;
        final SplittableRandom rnd;
        final int thinkMs;
        final Map<Long, Integer> edits = new java.util.HashMap<>();
        final Map<String, Integer> errorKinds = new java.util.TreeMap<>();
        long reports;
        long errors;
        int nextReport;

        Desk(AppContext ctx, List<Long> own, List<Unit> browsable, Map<String, Stats> stats, SplittableRandom rnd, int thinkMs) {
            this.ctx = ctx;
            this.own = own;
            this.browsable = browsable;
            this.stats = stats;
            this.rnd = rnd;
            this.thinkMs = thinkMs;
        }

        Void loop(long end) throws InterruptedException {
            while (System.nanoTime() < end) {
                Thread.sleep(thinkMs / 2 + rnd.nextInt(thinkMs + 1));
                int dice = rnd.nextInt(4);
                String op = dice < 2 ? "browse" : dice == 2 ? "report" : "edit";
                long t0 = System.nanoTime();
                try {
                    switch (op) {
                        case "browse" -> ctx.org().children(browsable.get(rnd.nextInt(browsable.size())), TreeMode.ORGANISATION);
                        case "report" -> report();
                        default -> edit();
                    }
                    long took = System.nanoTime() - t0;
                    Stats s = stats.get(op);
                    synchronized (s) {
                        s.add(took);
                    }
                } catch (RuntimeException e) {
                    errors++;
                    Throwable root = e;
                    while (root.getCause() != null) {
                        root = root.getCause();
                    }
                    String msg = String.valueOf(root.getMessage()).lines().findFirst().orElse("");
                    errorKinds.merge(op + ": " + root.getClass().getSimpleName() + ": " + msg.substring(0, Math.min(140, msg.length())), 1, Integer::sum);
                }
            }
            return null;
        }

        /** A new report: the next volunteer of this desk's share, one day further back each round. */
        private void report() {
            int k = nextReport++;
            long volunteer = own.get(k % own.size());
            LocalDate day = ctx.reports().today().minusDays(k / own.size());
            var saved = ctx.reports().add(ReportDraft.numbers(volunteer, day, 1 + rnd.nextInt(20), rnd.nextInt(30), 100 + rnd.nextInt(50)));
            if (saved.merged()) {
                throw new IllegalStateException("report of volunteer " + volunteer + " on " + day + " was merged: it existed already");
            }
            reports++;
        }

        private void edit() {
            long id = own.get(rnd.nextInt(own.size()));
            Volunteer v = ctx.people().volunteer(id).orElseThrow();
            ctx.people().update(id, v.version(), new VolunteerDraft(v.unitId(), "Desk edit " + rnd.nextInt(1_000_000), v.phone(), v.role(),
                    v.wingId(), v.consentDate(), v.active()));
            edits.merge(id, 1, Integer::sum);
        }

        /** Volunteers of this share whose version is not the number of edits this desk saved (one lost or doubled). */
        long lostEdits() {
            return edits.entrySet().stream().filter(e -> ctx.people().volunteer(e.getKey()).orElseThrow().version() != e.getValue()).count();
        }
    }
}
