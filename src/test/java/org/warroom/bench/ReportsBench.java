package org.warroom.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.warroom.app.AppContext;
import org.warroom.org.Unit;
import org.warroom.org.UnitKind;
import org.warroom.platform.audit.Actor;
import org.warroom.platform.db.DataFolder;
import org.warroom.platform.db.Database;
import org.warroom.reports.ImportMode;
import org.warroom.reports.ImportRequest;
import org.warroom.reports.ImportSummary;
import org.warroom.reports.MissingList;
import org.warroom.reports.ReportService;
import org.warroom.reports.importers.ImportFormat;

/**
 * Measures 31–33 (issue 3) at the {@code up} preset with 60 days of reports (about 4 crore rows): today's CSV through
 * the importer against H2's own CSVREAD of the same file into a bare table (31); every chart query for units of every
 * level against DuckDB grouping the same raw rows (32); the missing list of districts for today (33). The folder given
 * as bench.data is changed (reports are added once; today's are replaced at each run). Writes
 * bench/results/issue-3-DATE.md. Options: bench.days (60), bench.share (90: percent of booth volunteers reporting),
 * bench.seedOnly (only add the earlier days), bench.skip (e.g. 31,32: measures left out).
 */
public final class ReportsBench {
    private static final List<String> LINES = new ArrayList<>();

    private ReportsBench() {
    }

    public static void main(String[] args) throws Exception {
        String data = System.getProperty("bench.data", "");
        if (data.isBlank()) {
            System.out.println("bench 31-33 need -Dbench.data=DIR, a folder built by ./warroom demo --preset up --data DIR");
            return;
        }
        int days = Integer.getInteger("bench.days", 60);
        int share = Integer.getInteger("bench.share", 90);
        Path dir = Path.of(data).toAbsolutePath();
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        List<String> notes = new ArrayList<>();
        try (AppContext ctx = new AppContext(Database.openEmbedded(DataFolder.open(dir)), Clock.systemDefaultZone(),
                new Actor("bench", "bench-desk"), dir.resolve("media"))) {
            LocalDate today = ctx.reports().today();
            notes.add(ReportsSeed.seed(ctx, dir, today, days, share));
            if (Boolean.getBoolean("bench.seedOnly")) { // build the days now, measure later on a quiet machine
                return;
            }
            List<String> skip = List.of(System.getProperty("bench.skip", "").split(","));
            if (!skip.contains("31")) {
                importRate(ctx, dir, today, share, notes);
            }
            if (!skip.contains("32")) {
                charts(ctx, dir, today, days, sample(ctx), notes);
            }
            missing(ctx, today, notes);
        }
        write(days, share, notes, loadBefore, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** 31: today's file through ReportImportService, against CSVREAD of the same file into a bare table, same run. */
    private static void importRate(AppContext ctx, Path dir, LocalDate today, int share, List<String> notes) throws Exception {
        ctx.db().jdbi().useTransaction(h -> {
            h.execute("DELETE FROM report_source WHERE report_id IN (SELECT id FROM report WHERE report_date = ?)", today);
            h.execute("DELETE FROM report WHERE report_date = ?", today);
            h.execute("DELETE FROM report_rollup WHERE report_day = ?", today);
        });
        Path csv = dir.resolve("bench-today.csv");
        long rows = ReportsSeed.todayCsv(ctx, today, share, csv);
        ctx.db().checkpoint();
        double bare1 = csvread(ctx, csv);
        double straight = straightIntoReports(ctx, csv, rows); // before the import: the same state it meets, rolled back
        System.out.printf("CSVREAD into a bare table: %.1f s; straight into the report table: %.1f s%n", bare1, straight);
        long t0 = System.nanoTime();
        ImportSummary s = ctx.reportImports().importFile(csv, new ImportRequest(ImportFormat.AUTO, ImportMode.ALL_OR_NOTHING, false,
                Map.of(), "bench-31", null));
        double imported = (System.nanoTime() - t0) / 1e9;
        System.out.printf("import: %.1f s, %s%n", imported, s.summary());
        ctx.db().checkpoint();
        double bare2 = csvread(ctx, csv);
        double bare = Math.min(bare1, bare2);
        double ours = rows / imported;
        double theirs = rows / bare;
        row(31, "CSV import of today's file, validated, with roll-ups", String.format("%,.0f rows/s (%,d rows in %.1f s)", ours, rows, imported),
                String.format("%,.0f rows/s: CSVREAD into a bare table (%.1f s; %.1f s and %.1f s)", theirs, bare, bare1, bare2),
                ours / theirs, "≥ 0.5", ours / theirs >= 0.5);
        notes.add("Import: " + s.summary());
        long indexes = ctx.db().jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.INDEXES "
                + "WHERE TABLE_NAME = 'REPORT'").mapTo(Long.class).one());
        notes.add(String.format("Where the time goes: H2 writing the same rows straight from CSVREAD into the report table (matched "
                + "by phone, no checks, no roll-up, rolled back) takes %.1f s = %,.0f rows/s, %.2f of CSVREAD's rate: the report table's "
                + "%d indexes cost that much before any validation.", straight, rows / straight, (rows / straight) / theirs, indexes));
    }

    /** H2 alone putting the file's rows into the report table, in a transaction that is rolled back. */
    private static double straightIntoReports(AppContext ctx, Path csv, long rows) {
        return ctx.db().jdbi().withHandle(h -> {
            h.begin();
            long t = System.nanoTime();
            int n = h.createUpdate("INSERT INTO report (volunteer_id, booth_id, report_date, slots_mask, forwarded, added, group_size, "
                    + "issues_mask, mood, source, original_text, source_key, created_at, updated_at, operator, version) "
                    + "SELECT v.id, v.unit_id, CAST(c.\"DATE\" AS DATE), 3, CAST(c.\"FORWARDED\" AS INT), CAST(c.\"ADDED\" AS INT), "
                    + "CAST(c.\"MEMBERS\" AS INT), 0, 'POSITIVE', 'CSV', c.\"PHONE\", RAWTOHEX(HASH('SHA-256', c.\"PHONE\" || c.\"DATE\")), "
                    + "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'bench', 0 FROM CSVREAD('" + csv.toString().replace("'", "''") + "') c "
                    + "JOIN volunteer v ON v.phone = c.\"PHONE\"").execute();
            double s = (System.nanoTime() - t) / 1e9;
            h.rollback();
            if (n != rows) {
                throw new IllegalStateException("straight insert wrote " + n + " rows, not " + rows);
            }
            return s;
        });
    }

    private static double csvread(AppContext ctx, Path csv) {
        return ctx.db().jdbi().withHandle(h -> {
            h.execute("DROP TABLE IF EXISTS bench_bare");
            long t = System.nanoTime();
            h.execute("CREATE TABLE bench_bare AS SELECT * FROM CSVREAD('" + csv.toString().replace("'", "''") + "')");
            double s = (System.nanoTime() - t) / 1e9;
            h.execute("DROP TABLE bench_bare");
            return s;
        });
    }

    /** The state, every region, and a fixed random sample of districts, seats, mandals, sectors and booths. */
    private static List<Unit> sample(AppContext ctx) {
        List<Unit> out = new ArrayList<>();
        Random r = new Random(3);
        Map<UnitKind, Integer> take = Map.of(UnitKind.STATE, 1, UnitKind.REGION, 6, UnitKind.DISTRICT, 15, UnitKind.ASSEMBLY, 20,
                UnitKind.MANDAL, 20, UnitKind.SECTOR, 20, UnitKind.BOOTH, 20);
        for (UnitKind k : List.of(UnitKind.STATE, UnitKind.REGION, UnitKind.DISTRICT, UnitKind.ASSEMBLY, UnitKind.MANDAL, UnitKind.SECTOR,
                UnitKind.BOOTH)) {
            List<Unit> all = new ArrayList<>(ctx.org().ofKind(k).stream().map(u -> u.unit()).toList());
            Collections.shuffle(all, r);
            out.addAll(all.subList(0, Math.min(all.size(), take.get(k))));
        }
        return out;
    }

    /** 32: the four chart queries of the Reports tab for each unit, and DuckDB grouping the raw rows for the same. */
    private static void charts(AppContext ctx, Path dir, LocalDate today, int days, List<Unit> sample, List<String> notes) throws Exception {
        ReportService rs = ctx.reports();
        LocalDate from = today.minusDays(days - 1);
        Stats ours = new Stats();
        for (int round = 0; round < 2; round++) { // the first round warms up
            for (Unit u : sample) {
                long t0 = System.nanoTime();
                rs.rollup(u.id(), from, today);
                long t1 = System.nanoTime();
                rs.childrenRanking(u.id(), today);
                long t2 = System.nanoTime();
                rs.heatmap(u.id(), today.minusDays(29), today);
                long t3 = System.nanoTime();
                rs.slotTotals(u.id(), today);
                long t4 = System.nanoTime();
                if (round == 1) {
                    ours.add(t1 - t0);
                    ours.add(t2 - t1);
                    ours.add(t3 - t2);
                    ours.add(t4 - t3);
                }
            }
        }
        Stats duck = DuckCharts.run(ctx, dir, today, from, sample, notes);
        row(32, "Chart queries (rate by day over " + days + " days, children ranked, 30-day heatmap, slots), "
                        + sample.size() + " units of every level",
                String.format("p95 %.1f ms (p50 %.1f, max %.1f)", ours.p(95), ours.p(50), ours.max()),
                String.format("p95 %.1f ms (p50 %.1f): DuckDB grouping the raw rows", duck.p(95), duck.p(50)),
                ours.p(95) / duck.p(95), "p95 ≤ 50 ms and below DuckDB", ours.p(95) <= 50 && ours.p(95) < duck.p(95));
    }

    /** 33: the missing list of districts for today, against counting the district's booth volunteers by path. */
    private static void missing(AppContext ctx, LocalDate today, List<String> notes) {
        List<Unit> districts = new ArrayList<>(ctx.org().districts().stream().map(u -> u.unit()).toList());
        Collections.shuffle(districts, new Random(5));
        districts = districts.subList(0, Math.min(20, districts.size()));
        Stats list = new Stats();
        Stats base = new Stats();
        long largest = 0;
        for (int round = 0; round < 2; round++) {
            for (Unit d : districts) {
                long t0 = System.nanoTime();
                MissingList m = ctx.reports().missing(d.id(), today);
                long t1 = System.nanoTime();
                ctx.db().jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM volunteer v JOIN unit u ON u.id = v.unit_id "
                        + "WHERE u.path LIKE :p AND v.active = TRUE AND v.role = 'BOOTH_IT'").bind("p", d.path() + "%").mapTo(Long.class).one());
                long t2 = System.nanoTime();
                if (round == 1) {
                    list.add(t1 - t0);
                    base.add(t2 - t1);
                    largest = Math.max(largest, m.missing());
                }
            }
        }
        row(33, "Missing list of a district for today (" + districts.size() + " districts)",
                String.format("p95 %.0f ms (p50 %.0f; up to %,d names)", list.p(95), list.p(50), largest),
                String.format("p95 %.0f ms: counting the district's booth volunteers", base.p(95)), list.p(95) / base.p(95), "≤ 200 ms",
                list.p(95) <= 200);
    }

    private static void row(int no, String what, String value, String baseline, double ratio, String target, boolean met) {
        String line = String.format("| %d | %s | %s | %s | %.2f | %s | %s |", no, what, value, baseline, ratio, target, met ? "met" : "NOT met");
        System.out.println(line);
        LINES.add(line);
    }

    private static void write(int days, int share, List<String> notes, double loadBefore, double loadAfter) throws Exception {
        StringBuilder b = new StringBuilder("# Issue 3 bench 31–33: reports at the up preset, " + ZonedDateTime.now() + "\n\n");
        b.append(String.format("Machine: %d cores, Java %s, load %.2f before and %.2f after. `mvn -B -q -Pbench test-compile exec:exec@bench "
                        + "-Dbench.only=31 -Dbench.data=DIR` (DIR built by `./warroom demo --preset up --data DIR`); %d days, %d%% of booth "
                        + "volunteers reporting each day.%n%n", Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                loadBefore, loadAfter, days, share));
        b.append("| # | measure | value | baseline (same run) | ratio | target | result |\n|---|---|---|---|---|---|---|\n");
        LINES.forEach(l -> b.append(l).append('\n'));
        b.append('\n');
        notes.forEach(n -> b.append("- ").append(n).append('\n'));
        Path out = Path.of(System.getProperty("bench.out", "bench/results"), "issue-3-" + LocalDate.now() + ".md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, b);
        System.out.println(b);
        System.out.println("written to " + out);
    }
}
