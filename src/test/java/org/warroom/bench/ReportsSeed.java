package org.warroom.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.warroom.app.AppContext;

/**
 * The issue-3 benchmark's data: daily reports of a share of every booth volunteer for the days before today, written
 * with set-based SQL (the importer's own speed is measured on today's file, not spent on building 59 days), and the
 * roll-up of each day computed from them level by level — booth, sector, mandal, seat, district, region, state, and
 * Lok Sabha from the seats. Days done are remembered in the database's settings, so a run that was stopped goes on.
 * H2 does not compact its file while it is open, and each seeded day (one transaction of 6.5 lakh rows) left about
 * 1.3 GB of file: seeding stops, and says so, when less than 6 GB is free.
 */
final class ReportsSeed {
    /** Each level above the booth: the kind of the rows it sums and the column that names their parent, in order. */
    private static final List<String[]> LEVELS = List.of(new String[] {"BOOTH", "parent_id"}, new String[] {"SECTOR", "parent_id"},
            new String[] {"MANDAL", "parent_id"}, new String[] {"ASSEMBLY", "parent_id"}, new String[] {"DISTRICT", "parent_id"},
            new String[] {"REGION", "parent_id"}, new String[] {"ASSEMBLY", "lok_sabha_id"});
    private static final String SUMS = "SUM(r.reported_volunteers), SUM(r.reporting_booths), SUM(r.forwarded), SUM(r.added), "
            + "SUM(r.slot1), SUM(r.slot2), SUM(r.slot3), SUM(r.slot4), SUM(r.slot5), SUM(r.slot6)";
    private static final String COLS = "unit_id, report_day, reported_volunteers, reporting_booths, forwarded, added, "
            + "slot1, slot2, slot3, slot4, slot5, slot6";

    private ReportsSeed() {
    }

    /** Whether volunteer {@code id} reports on day number {@code k} (0 = today): the same answer in SQL and here. */
    static boolean reports(long id, int k, int sharePct) {
        return Math.floorMod(id * 7919 + k * 104729L, 100) < sharePct;
    }

    /** Seeds days {@code days-1} … 1 before today (those not done yet) and returns a line for the results. */
    static String seed(AppContext ctx, Path dir, LocalDate today, int days, int sharePct) throws java.io.IOException {
        String mark = "bench.reports.seed." + today + "." + sharePct;
        int done = Integer.parseInt(ctx.settings().get(mark).orElse("0"));
        long t0 = System.nanoTime();
        for (int k = days - 1 - done; k >= 1; k--) {
            int dayNo = k;
            long free = Files.getFileStore(dir).getUsableSpace();
            if (free < 6L << 30) { // a day takes about 1.3 GB of file while H2 holds it open (measured: 46 GB after 37 days)
                System.out.printf("  stopped seeding: %.1f GB free in %s; the measures run on the %d days seeded%n", free / 1e9, dir, done);
                break;
            }
            long t = System.nanoTime();
            long rows = ctx.db().jdbi().inTransaction(h -> day(h, today.minusDays(dayNo), dayNo, sharePct));
            done++;
            ctx.settings().put(mark, String.valueOf(done));
            System.out.printf("  seeded %s: %,d reports in %.1f s%n", today.minusDays(dayNo), rows, (System.nanoTime() - t) / 1e9);
        }
        ctx.db().checkpoint();
        long total = ctx.reports().countReports();
        return String.format("Seeded %d earlier days (%d%% of booth volunteers a day; %d asked for) in %.0f s this run; %,d reports in "
                + "the database before today's import; the H2 file is %.1f GB", done, sharePct, days - 1, (System.nanoTime() - t0) / 1e9, total,
                Files.size(dir.resolve("warroom.mv.db")) / 1e9);
    }

    private static long day(Handle h, LocalDate day, int k, int sharePct) {
        LocalDateTime at = day.atTime(20, 0);
        long rows = h.createUpdate("INSERT INTO report (volunteer_id, booth_id, report_date, slots_mask, forwarded, added, group_size, "
                        + "issues_mask, mood, source, created_at, updated_at, operator, version) "
                        + "SELECT v.id, v.unit_id, :day, MOD(v.id + :k, 64), MOD(v.id + :k, 7), MOD(v.id * 3 + :k, 5), 120 + MOD(v.id, 30), "
                        + "0, 'POSITIVE', 'CSV', :at, :at, 'bench', 0 FROM volunteer v JOIN unit u ON u.id = v.unit_id "
                        + "WHERE v.active = TRUE AND v.role = 'BOOTH_IT' AND u.kind = 'BOOTH' AND MOD(v.id * 7919 + :k * 104729, 100) < :share "
                        + "ORDER BY v.id")
                .bind("day", day).bind("k", k).bind("at", at).bind("share", sharePct).execute();
        h.createUpdate("DELETE FROM report_rollup WHERE report_day = :day").bind("day", day).execute();
        h.createUpdate("INSERT INTO report_rollup (" + COLS + ") SELECT booth_id, report_date, COUNT(*), 1, SUM(COALESCE(forwarded, 0)), "
                        + "SUM(COALESCE(added, 0)), SUM(MOD(slots_mask, 2)), SUM(MOD(slots_mask / 2, 2)), SUM(MOD(slots_mask / 4, 2)), "
                        + "SUM(MOD(slots_mask / 8, 2)), SUM(MOD(slots_mask / 16, 2)), SUM(MOD(slots_mask / 32, 2)) "
                        + "FROM report WHERE report_date = :day GROUP BY booth_id, report_date")
                .bind("day", day).execute();
        for (String[] level : LEVELS) {
            h.createUpdate("INSERT INTO report_rollup (" + COLS + ") SELECT u." + level[1] + ", r.report_day, " + SUMS
                            + " FROM report_rollup r JOIN unit u ON u.id = r.unit_id WHERE r.report_day = :day AND u.kind = :kind "
                            + "AND u." + level[1] + " IS NOT NULL GROUP BY u." + level[1] + ", r.report_day")
                    .bind("day", day).bind("kind", level[0]).execute();
        }
        return rows;
    }

    /** Today's file as volunteers' forms would send it: every reporting booth volunteer once, by phone. */
    static long todayCsv(AppContext ctx, LocalDate today, int sharePct, Path csv) throws Exception {
        StringBuilder b = new StringBuilder("phone,date,forwarded,added,members,slots,mood\n");
        long[] n = {0};
        ctx.db().jdbi().useHandle(h -> h.createQuery("SELECT v.id, v.phone FROM volunteer v JOIN unit u ON u.id = v.unit_id "
                        + "WHERE v.active = TRUE AND v.role = 'BOOTH_IT' AND u.kind = 'BOOTH' AND v.phone IS NOT NULL ORDER BY v.id")
                .map((rs, c) -> new Object[] {rs.getLong(1), rs.getString(2)}).forEach(r -> {
                    long id = (long) r[0];
                    if (reports(id, 0, sharePct)) {
                        b.append(r[1]).append(',').append(today).append(',').append(id % 7).append(',').append(id % 5).append(',')
                                .append(120 + id % 30).append(",\"").append(1 + id % 6).append(",").append(1 + (id + 3) % 6)
                                .append("\",positive\n");
                        n[0]++;
                    }
                }));
        Files.writeString(csv, b);
        return n[0];
    }
}
