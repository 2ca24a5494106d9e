package org.warroom.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.warroom.demo.DemoPreset;
import org.warroom.demo.DemoService;
import org.warroom.platform.audit.Actor;
import org.warroom.platform.audit.AuditLog;
import org.warroom.platform.db.DataFolder;
import org.warroom.platform.db.Database;

/**
 * Measure 1: the row rate of building the up preset against a bare H2 batched insert of the very same rows
 * (copied out of the built database) into plain tables without keys, indexes or constraints, over the same URL
 * settings and with the same 5,000-row batches, each committed. Builds and bare inserts alternate, so noise from
 * the machine falls on both; the best of each is compared. Only the inserts of the bare copy are timed; the build
 * is timed as the console reports it (catalogue, generation, indexes, swap and checkpoint included).
 */
final class BuildMeasure {
    /** The tables a demo build writes. */
    static final List<String> TABLES = List.of("UNIT", "SEAT_DETAIL", "BOOTH_DETAIL", "UNIT_SEARCH", "COVERAGE",
            "VOLUNTEER", "WHATSAPP_GROUP", "BROADCAST_LIST");
    private static final int BATCH = 5000;

    private final Path work;
    private final int builds;

    BuildMeasure(Path work, int builds) {
        this.work = work;
        this.builds = builds;
    }

    /** Builds work/up (kept for the other measures) and returns the measure. */
    Measure run() throws Exception {
        List<Double> buildMs = new ArrayList<>();
        List<Double> bareMs = new ArrayList<>();
        List<String> details = new ArrayList<>();
        long rows = 0;
        for (int i = 0; i < builds; i++) {
            Path dir = i == 0 ? work.resolve("up") : work.resolve("up-" + i);
            long ms = build(dir);
            buildMs.add((double) ms);
            if (i == 0) {
                rows = countRows(dir);
            }
            double bare = bare(work.resolve("up"), work.resolve("bare"));
            bareMs.add(bare);
            details.add(String.format("round %d: build %,d ms, then bare insert %,.0f ms", i + 1, ms, bare));
            if (i > 0) {
                delete(dir);
            }
        }
        double bestBuild = buildMs.stream().min(Comparator.naturalOrder()).orElseThrow();
        double bestBare = bareMs.stream().min(Comparator.naturalOrder()).orElseThrow();
        double buildRate = rows / (bestBuild / 1000);
        double bareRate = rows / (bestBare / 1000);
        details.add(String.format("%,d rows in the %d tables; builds %s ms (best %.0f), bare %s ms (best %.0f)",
                rows, TABLES.size(), buildMs, bestBuild, bareMs, bestBare));
        return new Measure(1, "Build rate, up preset", buildRate, "rows/s", bareRate,
                "bare H2 batched insert of the same rows", "ratio ≥ 0.5", buildRate / bareRate >= 0.5, details);
    }

    private static long build(Path dir) {
        delete(dir);
        try (Database db = Database.openEmbedded(DataFolder.open(dir))) {
            DemoService demo = new DemoService(db, new AuditLog(Clock.systemDefaultZone()), new Actor("bench", null));
            return demo.build(DemoPreset.UP, 1, false, (a, b) -> { }).millis();
        }
    }

    private static long countRows(Path dir) throws SQLException {
        long n = 0;
        try (Connection c = DriverManager.getConnection(DataFolder.open(dir).h2Url(), "warroom", "");
             Statement st = c.createStatement()) {
            for (String t : TABLES) {
                try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + t)) {
                    rs.next();
                    n += rs.getLong(1);
                }
            }
        }
        return n;
    }

    /** Copies every row of the built tables into keyless tables of a fresh database; times only the inserts. */
    static double bare(Path source, Path target) throws SQLException {
        delete(target);
        long nanos = 0;
        try (Connection src = DriverManager.getConnection(DataFolder.open(source).h2Url(), "warroom", "");
             Connection dst = DriverManager.getConnection(DataFolder.open(target).h2Url(), "warroom", "")) {
            for (String t : TABLES) {
                List<Object[]> data = new ArrayList<>();
                int cols;
                StringBuilder ddl = new StringBuilder("CREATE TABLE " + t + " (");
                try (Statement st = src.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM " + t)) {
                    ResultSetMetaData md = rs.getMetaData();
                    cols = md.getColumnCount();
                    for (int i = 1; i <= cols; i++) {
                        String type = md.getColumnTypeName(i);
                        if (type.equals("CHARACTER VARYING")) {
                            type = "VARCHAR(" + md.getPrecision(i) + ")";
                        }
                        ddl.append(i > 1 ? ", " : "").append(md.getColumnName(i)).append(' ').append(type);
                    }
                    while (rs.next()) {
                        Object[] r = new Object[cols];
                        for (int i = 0; i < cols; i++) {
                            r[i] = rs.getObject(i + 1);
                        }
                        data.add(r);
                    }
                }
                try (Statement st = dst.createStatement()) {
                    st.execute(ddl.append(")").toString());
                }
                StringBuilder ins = new StringBuilder("INSERT INTO " + t + " VALUES (?");
                ins.append(", ?".repeat(cols - 1)).append(')');
                dst.setAutoCommit(false);
                long t0 = System.nanoTime();
                try (PreparedStatement ps = dst.prepareStatement(ins.toString())) {
                    int pending = 0;
                    for (Object[] r : data) {
                        for (int i = 0; i < cols; i++) {
                            ps.setObject(i + 1, r[i]);
                        }
                        ps.addBatch();
                        if (++pending == BATCH) {
                            ps.executeBatch();
                            dst.commit();
                            pending = 0;
                        }
                    }
                    ps.executeBatch();
                    dst.commit();
                }
                nanos += System.nanoTime() - t0;
                dst.setAutoCommit(true);
            }
        }
        delete(target);
        return nanos / 1e6;
    }

    static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
