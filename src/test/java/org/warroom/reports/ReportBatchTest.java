package org.warroom.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warroom.app.AppContext;
import org.warroom.reports.importers.ImportFormat;
import org.warroom.testing.BothEngines;
import org.warroom.testing.TestDb;

/**
 * A table import saves its rows a batch at a time (ReportBatch): across batch edges, merges into reports typed
 * earlier, merges of two rows of one file and booths that already had a report must come out exactly as a full
 * recount of the raw reports says — the roll-up is checked against that recount for every unit and day.
 */
@BothEngines
class ReportBatchTest {
    @TempDir
    static Path dbDir;
    static AppContext ctx;

    @TempDir
    Path files;

    @BeforeAll
    static void build() {
        ctx = TestDb.sultanpur(dbDir);
    }

    @AfterAll
    static void close() {
        ctx.close();
    }

    @Test
    void aBigFileComesOutAsARecountSays() throws IOException {
        List<Long> ids = ctx.db().jdbi().withHandle(h -> h.createQuery("SELECT v.id FROM volunteer v JOIN unit u ON u.id = v.unit_id "
                + "WHERE v.active = TRUE AND v.role = 'BOOTH_IT' AND u.kind = 'BOOTH' AND v.phone IS NOT NULL ORDER BY v.id LIMIT 1400")
                .mapTo(Long.class).list());
        List<ReportFixtures.Vol> vols = ids.stream().map(id -> ReportFixtures.vol(ctx, id)).toList();
        ReportService typed = ReportFixtures.reports(ctx);
        for (int i = 0; i < 30; i++) { // reports typed before the file: the file's rows for them merge
            typed.add(ReportDraft.numbers(vols.get(i * 7).id(), ReportFixtures.TODAY, 3, null, null));
        }
        StringBuilder csv = new StringBuilder("phone,date,forwarded,added,members,slots\n");
        int rows = 0;
        for (int i = 0; i < vols.size(); i++) {
            csv.append(vols.get(i).phone()).append(',').append(ReportFixtures.TODAY).append(',').append(i % 9).append(',')
                    .append(i % 4).append(',').append(100 + i % 40).append(",\"").append(1 + i % 6).append("\"\n");
            rows++;
            if (i % 3 == 0) { // yesterday too: two days in one file
                csv.append(vols.get(i).phone()).append(',').append(ReportFixtures.TODAY.minusDays(1)).append(",2,1,120,\"1,2\"\n");
                rows++;
            }
        }
        for (int i = 0; i < 300; i++) { // a second row for the same volunteer and day, in a later batch: merged
            csv.append(vols.get(i * 4).phone()).append(',').append(ReportFixtures.TODAY).append(",,7,,\"3,4\"\n");
            rows++;
        }
        csv.append("+919999999999,").append(ReportFixtures.TODAY).append(",1,1,1,1\n"); // nobody's number: an error
        csv.append(vols.get(1).phone()).append(",2031-01-01,1,1,1,1\n"); // in the future: an error
        rows += 2;
        Path f = files.resolve("many.csv");
        Files.writeString(f, csv, StandardCharsets.UTF_8);

        ImportSummary s = ReportFixtures.importer(ctx).importFile(f, ImportRequest.of(ImportFormat.AUTO, ImportMode.KEEP_GOOD, false));

        assertThat(s.total()).isEqualTo(rows);
        assertThat(s.errors()).extracting(ImportProblem::line).containsExactly((long) rows, (long) rows + 1);
        assertThat(s.reports()).isEqualTo(rows - 2);
        assertThat(s.merged()).isEqualTo(300 + 30);
        assertThat(ReportFixtures.count(ctx, "report")).isEqualTo(30 + (rows - 2) - s.merged());
        assertThat(rollupRows()).isEqualTo(recount());
        Map<String, Object> merged = ctx.db().jdbi().withHandle(h -> h.createQuery("SELECT forwarded, added, slots_mask FROM report "
                + "WHERE volunteer_id = :v AND report_date = :d").bind("v", vols.get(4).id()).bind("d", ReportFixtures.TODAY).mapToMap().one());
        assertThat(merged).containsEntry("forwarded", 4).containsEntry("added", 7).containsEntry("slots_mask", 0b1100);

        List<Object> before = List.of(ReportFixtures.count(ctx, "report"), ReportFixtures.count(ctx, "report_source"), rollupRows());
        ImportSummary again = ReportFixtures.importer(ctx).importFile(f, ImportRequest.of(ImportFormat.AUTO, ImportMode.KEEP_GOOD, false));
        assertThat(again.duplicates()).isEqualTo(rows - 2);
        assertThat(again.reports()).isZero();
        assertThat(List.of(ReportFixtures.count(ctx, "report"), ReportFixtures.count(ctx, "report_source"), rollupRows())).isEqualTo(before);
    }

    /** The roll-up as stored, rows of zeros left out: unit/day → reported volunteers, booths, forwarded, added, slot 1–6. */
    static Map<String, List<Long>> rollupRows() {
        Map<String, List<Long>> out = new TreeMap<>();
        ctx.db().jdbi().useHandle(h -> h.createQuery("SELECT * FROM report_rollup").mapToMap().forEach(r -> {
            List<Long> v = new ArrayList<>();
            for (String c : List.of("reported_volunteers", "reporting_booths", "forwarded", "added", "slot1", "slot2", "slot3", "slot4",
                    "slot5", "slot6")) {
                v.add(((Number) r.get(c)).longValue());
            }
            if (v.stream().anyMatch(x -> x != 0)) {
                out.put(r.get("unit_id") + "/" + r.get("report_day"), v);
            }
        }));
        return out;
    }

    /** The same, counted again from every raw report. */
    static Map<String, List<Long>> recount() {
        Map<Long, List<Long>> chains = new HashMap<>();
        Map<String, List<Long>> out = new TreeMap<>();
        Map<String, Set<Long>> booths = new HashMap<>();
        ctx.db().jdbi().useHandle(h -> h.createQuery("SELECT booth_id, report_date, forwarded, added, slots_mask FROM report")
                .mapToMap().forEach(r -> {
                    long booth = ((Number) r.get("booth_id")).longValue();
                    int mask = ((Number) r.get("slots_mask")).intValue();
                    for (long unit : chains.computeIfAbsent(booth, b -> ReportFixtures.chain(ctx, b))) {
                        String k = unit + "/" + r.get("report_date");
                        List<Long> v = out.computeIfAbsent(k, x -> new ArrayList<>(List.of(0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L)));
                        v.set(0, v.get(0) + 1);
                        if (booths.computeIfAbsent(k, x -> new HashSet<>()).add(booth)) {
                            v.set(1, v.get(1) + 1);
                        }
                        v.set(2, v.get(2) + (r.get("forwarded") == null ? 0 : ((Number) r.get("forwarded")).longValue()));
                        v.set(3, v.get(3) + (r.get("added") == null ? 0 : ((Number) r.get("added")).longValue()));
                        for (int s = 0; s < 6; s++) {
                            v.set(4 + s, v.get(4 + s) + ((mask >> s) & 1));
                        }
                    }
                }));
        return out;
    }
}
