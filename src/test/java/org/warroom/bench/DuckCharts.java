package org.warroom.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.warroom.app.AppContext;
import org.warroom.org.Unit;

/**
 * The baseline of measure 32: DuckDB (in memory, every core) holding the same raw reports and the booths' paths, and
 * answering each chart of the Reports tab by grouping the raw rows — what a column store does without a roll-up. The
 * rows are exported from H2 with CSVWRITE and loaded with read_csv; both costs are noted, not measured against.
 */
final class DuckCharts {
    private DuckCharts() {
    }

    static Stats run(AppContext ctx, Path dir, LocalDate today, LocalDate from, List<Unit> sample, List<String> notes) throws Exception {
        Path raw = dir.resolve("bench-raw.csv");
        Path booths = dir.resolve("bench-booths.csv");
        long t0 = System.nanoTime();
        ctx.db().jdbi().useHandle(h -> {
            h.execute("CALL CSVWRITE('" + raw + "', 'SELECT booth_id, report_date, volunteer_id, COALESCE(forwarded, 0) AS forwarded, "
                    + "COALESCE(added, 0) AS added, slots_mask FROM report')");
            h.execute("CALL CSVWRITE('" + booths + "', 'SELECT id, path FROM unit WHERE kind = ''BOOTH''')");
        });
        long t1 = System.nanoTime();
        Stats duck = new Stats();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE report AS SELECT * FROM read_csv('" + raw + "', header = true, "
                    + "columns = {'BOOTH_ID': 'BIGINT', 'REPORT_DATE': 'DATE', 'VOLUNTEER_ID': 'BIGINT', 'FORWARDED': 'INTEGER', "
                    + "'ADDED': 'INTEGER', 'SLOTS_MASK': 'INTEGER'})");
            st.execute("CREATE TABLE booth AS SELECT * FROM read_csv('" + booths + "', header = true, "
                    + "columns = {'ID': 'BIGINT', 'PATH': 'VARCHAR'})");
            long t2 = System.nanoTime();
            long n;
            try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM report")) {
                rs.next();
                n = rs.getLong(1);
            }
            notes.add(String.format("DuckDB %s: %,d raw rows exported from H2 in %.0f s and loaded in %.0f s (not part of the measure)",
                    c.getMetaData().getDatabaseProductVersion(), n, (t1 - t0) / 1e9, (t2 - t1) / 1e9));
            String join = " FROM report r JOIN booth b ON b.id = r.booth_id WHERE starts_with(b.path, ?) ";
            try (PreparedStatement series = c.prepareStatement("SELECT r.report_date, COUNT(*), COUNT(DISTINCT r.booth_id), "
                    + "SUM(r.forwarded), SUM(r.added)" + join + "AND r.report_date BETWEEN ? AND ? GROUP BY r.report_date");
                 PreparedStatement ranking = c.prepareStatement("SELECT split_part(b.path, '/', ?) AS child, COUNT(*), "
                         + "COUNT(DISTINCT r.booth_id)" + join + "AND r.report_date = ? GROUP BY child");
                 PreparedStatement heat = c.prepareStatement("SELECT split_part(b.path, '/', ?) AS child, r.report_date, COUNT(*)"
                         + join + "AND r.report_date BETWEEN ? AND ? GROUP BY child, r.report_date");
                 PreparedStatement slots = c.prepareStatement("SELECT SUM(r.slots_mask & 1), SUM((r.slots_mask >> 1) & 1), "
                         + "SUM((r.slots_mask >> 2) & 1), SUM((r.slots_mask >> 3) & 1), SUM((r.slots_mask >> 4) & 1), "
                         + "SUM((r.slots_mask >> 5) & 1)" + join + "AND r.report_date = ?")) {
                for (int round = 0; round < 2; round++) {
                    for (Unit u : sample) {
                        int childPart = u.pathIds().size() + 2; // "/1/5/" splits into "", "1", "5", "": a child is the next part
                        long a = System.nanoTime();
                        query(series, u.path(), from, today);
                        long b = System.nanoTime();
                        query(ranking, childPart, u.path(), today);
                        long d = System.nanoTime();
                        query(heat, childPart, u.path(), today.minusDays(29), today);
                        long e = System.nanoTime();
                        query(slots, u.path(), today);
                        long f = System.nanoTime();
                        if (round == 1) {
                            duck.add(b - a);
                            duck.add(d - b);
                            duck.add(e - d);
                            duck.add(f - e);
                        }
                    }
                }
            }
        } finally {
            Files.deleteIfExists(raw);
            Files.deleteIfExists(booths);
        }
        return duck;
    }

    private static void query(PreparedStatement ps, Object... args) throws Exception {
        for (int i = 0; i < args.length; i++) {
            ps.setObject(i + 1, args[i]);
        }
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rs.getObject(1);
            }
        }
    }
}
