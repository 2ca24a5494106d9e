package org.warroom.bench;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.warroom.app.AppContext;
import org.warroom.dashboard.Dashboard;
import org.warroom.org.UnitRow;
import org.warroom.platform.audit.Actor;
import org.warroom.platform.db.DataFolder;
import org.warroom.platform.db.Database;
import org.warroom.reports.ImportMode;
import org.warroom.reports.ImportRequest;
import org.warroom.reports.ImportSummary;
import org.warroom.reports.importers.ImportFormat;

/**
 * Measure 63 (issue 6): a dashboard refresh for the state at the {@code up} preset with 60 days of reports, against
 * baselines in the same run: the same refresh for one district, and the briefing's gather for the state. Run with
 * {@code mvn -B -q -Pbench test-compile exec:exec@bench -Dbench.only=63 -Dbench.data=DIR}, DIR a folder built by
 * {@code ./warroom demo --preset up --data DIR} (it is changed: on first use 60 days of reports are imported into it
 * as one CSV through the reports' importer). Writes bench/results/issue-6-dashboard-DATE.md. Reports; never fails.
 * Options: bench.dashRuns (30), bench.dashPerDay (1500 reports a day).
 */
public final class DashboardBench {
    static final int DAYS = 60;

    private DashboardBench() {
    }

    public static void main(String[] args) throws Exception {
        String data = System.getProperty("bench.data", "");
        if (data.isBlank()) {
            System.out.println("bench 63 needs -Dbench.data=DIR, a folder built by ./warroom demo --preset up --data DIR");
            return;
        }
        int runs = Integer.getInteger("bench.dashRuns", 30);
        Path dir = Path.of(data).toAbsolutePath();
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        List<String> notes = new ArrayList<>();
        try (AppContext ctx = new AppContext(Database.openEmbedded(DataFolder.open(dir)), Clock.systemDefaultZone(),
                new Actor("bench", "bench-desk"), dir.resolve("media"))) {
            notes.add(seed(ctx, dir, Integer.getInteger("bench.dashPerDay", 1500)));
            UnitRow state = ctx.dashboard().state();
            UnitRow district = ctx.dashboard().find("D-SULTANPUR").orElseGet(() -> ctx.org().districts().getFirst());
            Stats stateRefresh = new Stats();
            Stats districtRefresh = new Stats();
            Stats briefGather = new Stats();
            Stats wall = new Stats();
            long first = System.nanoTime();
            ctx.dashboard().refresh(state);
            notes.add(String.format("First state refresh in this JVM (cold: classes, JIT; writes the day's snapshot): %.0f ms",
                    (System.nanoTime() - first) / 1e6));
            for (int i = -3; i < runs; i++) { // three warm-up rounds
                long t0 = System.nanoTime();
                ctx.dashboard().refresh(state);
                long t1 = System.nanoTime();
                ctx.dashboard().refresh(district);
                long t2 = System.nanoTime();
                ctx.brief().gather(state);
                long t3 = System.nanoTime();
                ctx.dashboard().refreshWithRanking(state);
                long t4 = System.nanoTime();
                if (i >= 0) {
                    wall.add(t4 - t3);
                    stateRefresh.add(t1 - t0);
                    districtRefresh.add(t2 - t1);
                    briefGather.add(t3 - t2);
                }
            }
            Dashboard d = ctx.dashboard().refreshWithRanking(state);
            notes.add("State dashboard (wall): best " + d.best().stream().map(r -> r.unit().code()).toList() + "; ");
            notes.add("State dashboard: " + d.tiles().stream().map(t -> t.measure().code() + "=" + (t.hasData() ? t.part() + "/" + t.whole()
                    : "no data") + " " + t.level().styleClass() + " (" + t.trend().daysWithData() + " days)").toList());
            notes.add("Reports in the database: " + ctx.reports().countReports() + "; district baseline: " + district.unit().code());
            report(runs, stateRefresh, districtRefresh, briefGather, wall, notes, loadBefore,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    /** 60 days of reports, once per database: {@code perDay} booth volunteers a day, a different slice each day. */
    private static String seed(AppContext ctx, Path dir, int perDay) throws Exception {
        LocalDate today = ctx.reports().today();
        if (ctx.settings().get("bench.dashboard.reports").orElse("").equals(today.toString())) {
            return "Reports: 60 days seeded earlier today (" + ctx.reports().countReports() + " in the database)";
        }
        List<String> phones = ctx.db().jdbi().withHandle(h -> h.createQuery("SELECT phone FROM volunteer WHERE active = TRUE "
                + "AND role = 'BOOTH_IT' AND phone IS NOT NULL ORDER BY id").mapTo(String.class).list());
        StringBuilder b = new StringBuilder("phone,date,forwarded,added,members,slots,mood\n");
        int step = Math.max(1, phones.size() / perDay);
        for (int k = DAYS - 1; k >= 0; k--) {
            LocalDate day = today.minusDays(k);
            for (int i = 0; i < perDay; i++) {
                String phone = phones.get((i * step + k) % phones.size());
                b.append(phone).append(',').append(day).append(',').append(3 + i % 4).append(',').append(i % 3).append(',')
                        .append(80 + i % 150).append(",\"1,2,3\",positive\n");
            }
        }
        Path csv = dir.resolve("bench-60-days.csv");
        Files.writeString(csv, b.toString(), StandardCharsets.UTF_8);
        long t0 = System.nanoTime();
        ImportSummary s = ctx.reportImports().importFile(csv, new ImportRequest(ImportFormat.AUTO, ImportMode.KEEP_GOOD, false,
                Map.of(), "bench-63", null));
        ctx.settings().put("bench.dashboard.reports", today.toString());
        ctx.db().checkpoint();
        return String.format("Reports: %s imported in %.1f s (%d days × %,d a day, one CSV through ReportImportService)", s.summary(),
                (System.nanoTime() - t0) / 1e9, DAYS, perDay);
    }

    private static void report(int runs, Stats state, Stats district, Stats brief, Stats wall, List<String> notes, double loadBefore,
                               double loadAfter) throws Exception {
        StringBuilder b = new StringBuilder();
        String date = LocalDate.now().toString();
        b.append("# Issue 6 bench 63: the state's dashboard refresh at the up preset, ").append(ZonedDateTime.now()).append("\n\n");
        b.append(String.format("Machine: %d cores, Java %s. Run with `mvn -B -q -Pbench test-compile exec:exec@bench -Dbench.only=63 "
                        + "-Dbench.data=DIR` (DIR built by `./warroom demo --preset up --data DIR`); %d runs after three warm-up rounds.%n%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), runs));
        b.append("| measure | p50 | p95 | max | baseline p50 (same run) | ratio p50 | target | result |\n|---|---|---|---|---|---|---|---|\n");
        b.append(String.format("| Dashboard refresh, state, 60 days of reports | %.1f ms | %.1f ms | %.1f ms | %.1f ms (one district's refresh) "
                        + "| %.1f | ≤ 100 ms | %s |%n", state.p(50), state.p(95), state.max(), district.p(50), state.p(50) / district.p(50),
                state.p(95) <= 100 ? "met (p95)" : state.p(50) <= 100 ? "met at p50, not p95" : "not met"));
        b.append(String.format("| Wall refresh, state (the tiles plus the best and worst units below) | %.1f ms | %.1f ms | %.1f ms "
                        + "| %.1f ms (one district's refresh) | %.1f | (≤ 100 ms) | %s |%n", wall.p(50), wall.p(95), wall.max(), district.p(50),
                wall.p(50) / district.p(50), wall.p(50) <= 100 ? "met at p50" : "not met"));
        b.append(String.format("| (second baseline) | | | | %.1f ms (the state brief's gather) | %.2f | | |%n%n", brief.p(50),
                state.p(50) / brief.p(50)));
        b.append("- State refresh: ").append(state.summary()).append('\n');
        b.append("- District refresh: ").append(district.summary()).append('\n');
        b.append("- Wall refresh (with ranking): ").append(wall.summary()).append('\n');
        b.append("- State brief gather: ").append(brief.summary()).append('\n');
        for (String n : notes) {
            b.append("- ").append(n).append('\n');
        }
        b.append(String.format("%nsystem load average %.1f at start, %.1f at end (on %d cores).%n", loadBefore, loadAfter,
                Runtime.getRuntime().availableProcessors()));
        b.append("Target (issue 6): dashboard refresh for the state at the up preset with 60 days of reports ≤ 100 ms.\n");
        String text = b.toString();
        System.out.println(text);
        Path results = Path.of(System.getProperty("bench.out", "bench/results"));
        Files.createDirectories(results);
        Files.writeString(results.resolve("issue-6-dashboard-" + date + ".md"), text, StandardCharsets.UTF_8);
        System.out.println("wrote " + results.resolve("issue-6-dashboard-" + date + ".md"));
    }
}
