package org.warroom.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jdbi.v3.core.Jdbi;
import org.warroom.app.AppContext;
import org.warroom.audit.AuditFilter;
import org.warroom.audit.db.AuditQueries;
import org.warroom.audit.db.AuditUnitIndex;
import org.warroom.demo.DemoPreset;
import org.warroom.platform.audit.Actor;
import org.warroom.platform.audit.AuditLog;
import org.warroom.platform.db.DataFolder;
import org.warroom.platform.db.Database;

/**
 * Measure 55 (issue 5): the audit viewer's unit filter on a trail of 100,000 rows (the sultanpur preset, rows about
 * its volunteers spread over every booth, one in ten about no unit). A page of the viewer (101 rows, newest first)
 * for a unit, through the unit index, against the same page by the query it replaced (a correlated look-up from every
 * audit row to its record's unit: a scan of the whole trail per filter change), alternated in one run; plus the
 * index's one-time build and its catch-up after new rows. Run with
 * {@code mvn -B -q -Pbench test-compile exec:exec@bench -Dbench.only=55}; writes bench/results/issue-5-audit-filter-DATE.md.
 * Options: bench.auditRows (100000), bench.filterRounds (20).
 */
public final class AuditFilterBench {
    /** The filter before the index (the removed AuditQueries.IN_UNIT): the baseline. */
    private static final String OLD_IN_UNIT = "(EXISTS (SELECT 1 FROM unit u WHERE u.path LIKE :unitPath ESCAPE '!' AND u.id = CASE "
            + "WHEN a.entity IN ('whatsapp_group', 'booth_feedback', 'plan_feedback') THEN a.entity_id "
            + "WHEN a.entity = 'volunteer' THEN (SELECT v.unit_id FROM volunteer v WHERE v.id = a.entity_id) "
            + "WHEN a.entity = 'broadcast_list' THEN (SELECT b.seat_id FROM broadcast_list b WHERE b.id = a.entity_id) "
            + "WHEN a.entity = 'report' THEN (SELECT r.booth_id FROM report r WHERE r.id = a.entity_id) "
            + "WHEN a.entity = 'review_queue' THEN (SELECT q.booth_id FROM review_queue q WHERE q.id = a.entity_id) END) "
            + "OR (a.entity = 'post' AND EXISTS (SELECT 1 FROM post_target t JOIN unit tu ON tu.id = t.unit_id "
            + "WHERE t.post_id = a.entity_id AND tu.path LIKE :unitPath ESCAPE '!')))";
    private static final String COLUMNS = "a.id, a.seq, a.at, a.actor, a.desk, a.action, a.entity, a.entity_id, a.before_value, "
            + "a.after_value, a.hash";
    private static final List<String> UNITS = List.of("D-SULTANPUR", "AC-187", "AC-188", "AC-189", "AC-190", "AC-191", "B-187-1",
            "B-189-40", "B-190-117");

    private AuditFilterBench() {
    }

    public static void main(String[] args) throws Exception {
        int rows = Integer.getInteger("bench.auditRows", 100_000);
        int rounds = Integer.getInteger("bench.filterRounds", 20);
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        Path work = Files.createTempDirectory("warroom-audit-filter-bench");
        Actor actor = new Actor("bench", "bench-desk");
        StringBuilder md = new StringBuilder("# Issue 5 bench 55: the audit viewer's unit filter, " + ZonedDateTime.now() + "\n\n");
        try (AppContext ctx = new AppContext(Database.openEmbedded(DataFolder.open(work)), Clock.systemDefaultZone(), actor,
                work.resolve("media"))) {
            System.out.println("War Room Console bench 55 (issue 5, audit filter); building the sultanpur preset in " + work);
            ctx.demo().build(DemoPreset.SULTANPUR, 7, false, (a, b) -> { });
            Jdbi jdbi = ctx.db().jdbi();
            List<Long> volunteers = jdbi.withHandle(h -> h.createQuery("SELECT id FROM volunteer ORDER BY id").mapTo(Long.class).list());
            long have = jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM audit_log").mapTo(Long.class).one());
            Random random = new Random(55);
            AuditLog log = new AuditLog(Clock.systemDefaultZone());
            for (long written = have; written < rows; ) {
                List<AuditLog.Row> batch = new ArrayList<>();
                for (int i = 0; i < 5000 && written + i < rows; i++) {
                    batch.add(random.nextInt(10) == 0 ? new AuditLog.Row("operator", 1L, null, "login " + i)
                            : new AuditLog.Row("volunteer", volunteers.get(random.nextInt(volunteers.size())), "name=Before " + i,
                            "name=After " + i));
                }
                jdbi.useTransaction(h -> log.recordAll(h, actor, "EDIT", batch));
                written += batch.size();
            }
            ctx.db().checkpoint();
            long total = jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM audit_log").mapTo(Long.class).one());
            System.out.println(total + " audit rows");

            long b0 = System.nanoTime();
            AuditUnitIndex.catchUp(jdbi);
            double build = (System.nanoTime() - b0) / 1e6;
            long indexRows = jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM audit_unit").mapTo(Long.class).one());

            Stats indexed = new Stats();
            Stats scanned = new Stats();
            List<Double> ratios = new ArrayList<>();
            for (int r = 0; r < rounds + 1; r++) {
                for (String code : UNITS) {
                    long n0 = System.nanoTime();
                    int a = ctx.audit().page(new AuditFilter(null, code, null, null, null), null, 101).size();
                    long n1 = System.nanoTime();
                    // the same work as the service did before: find the unit, then the page with every column
                    String path = ctx.org().byCode(code).orElseThrow().unit().path();
                    int b = jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM audit_log a WHERE " + OLD_IN_UNIT
                            + " ORDER BY a.id DESC LIMIT 101").bind("unitPath", path + "%").mapToMap().list()).size();
                    long n2 = System.nanoTime();
                    if (a != b) {
                        throw new IllegalStateException(code + ": the index gave " + a + " rows, the old query " + b);
                    }
                    if (r > 0) {
                        indexed.add(n1 - n0);
                        scanned.add(n2 - n1);
                        ratios.add((double) (n1 - n0) / (n2 - n1));
                    }
                }
            }
            // new rows since the last look: the next filter change indexes them first
            List<AuditLog.Row> more = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                more.add(new AuditLog.Row("volunteer", volunteers.get(random.nextInt(volunteers.size())), null, "name=Later " + i));
            }
            jdbi.useTransaction(h -> log.recordAll(h, actor, "EDIT", more));
            long c0 = System.nanoTime();
            ctx.audit().page(new AuditFilter(null, "AC-187", null, null, null), null, 101);
            double catchUp = (System.nanoTime() - c0) / 1e6;
            AuditQueries.Where w = AuditQueries.Where.of(null, ctx.org().byCode("AC-187").orElseThrow().unit().id(), null, null, null);
            String plan = jdbi.withHandle(h -> {
                var q = h.createQuery("EXPLAIN " + AuditQueries.pageSql(w, false));
                w.values().forEach(q::bind);
                return q.bind("limit", 101).mapTo(String.class).one();
            });

            md.append(String.format("Machine: %d cores, Java %s. Run with `%s -Dbench.only=55`: the sultanpur preset with %,d audit rows "
                            + "(nine in ten about a volunteer, spread over its %,d volunteers), H2 file. %d rounds over %d units (the "
                            + "district, its five seats, three booths) after a warm-up round; the two queries alternate and must "
                            + "return the same rows.%n%n", Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                    Bench.COMMAND, total, volunteers.size(), rounds, UNITS.size()));
            md.append("| a page of the viewer (101 rows, newest first) for a unit | p50 | p95 | max |\n|---|---|---|---|\n");
            md.append(String.format("| through the unit index (`audit_unit`, this change) | **%.2f ms** | %.2f ms | %.2f ms |%n",
                    indexed.p(50), indexed.p(95), indexed.max()));
            md.append(String.format("| the query it replaced (each audit row looked up to its unit: a scan of the trail) | %.1f ms | %.1f ms "
                    + "| %.1f ms |%n", scanned.p(50), scanned.p(95), scanned.max()));
            md.append(String.format("| ratio, index ÷ scan (p50; median of per-query ratios) | **%.3f** | %.3f | |%n%n",
                    indexed.p(50) / scanned.p(50), Stats.median(ratios)));
            md.append(String.format("- Building the index for the %,d rows already there (once, at the first filtered look after "
                    + "the upgrade): %.1f s, %,d index rows (each volunteer's row under its booth and the six units above).%n",
                    total, build / 1000, indexRows));
            md.append(String.format("- 100 new audit rows, then a filter change: %.1f ms, their indexing included.%n", catchUp));
            md.append("- H2's plan for the page: `" + plan.replaceAll("\\s+", " ") + "`\n");
        } finally {
            BuildMeasure.delete(work);
        }
        BenchReport.finish(md, "issue-5-audit-filter", loadBefore);
    }
}
