package org.warroom.reports;

import org.warroom.testing.BothEngines;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warroom.app.AppContext;
import org.warroom.reports.importers.ImportFormat;
import org.warroom.testing.TestDb;

/**
 * Seeded random CSV files (a plain JUnit loop, see decision 0001): any input gives a summary that accounts for every
 * row, or a ReportImportException with a message; never another exception, and a dry run never changes anything.
 */
@BothEngines
class ReportCsvRobustnessTest {
    private static final String[] HEADERS = {"booth", "phone", "date", "forwarded", "added", "members", "slots", "issues", "mood",
        "feedback", "seat", "name", "Timestamp", "_submission_time", "SubmissionDate", "Mobile number", "बूथ", "junk", "", "\"q\"\""};
    private static final String[] CELLS = {"", "1", "8", "B-187-8", "B-187-9999", "5000000017", "+91 50000 00018", "98765",
        "५०००००००१७", "24/05/2024", "31/02/2024", "2030-01-01", "2024-05-24T19:00:00", "2024/05/24 11:45:10 PM GMT+5:30",
        "-3", "51", "9999999999999", "1,2,3", "1-6", "7", "local", "scheme|rumour", "great", "positive", "खराब", "say \"\"hi\"\"",
        "a\"b", "x\ny", ";", "\t", "😀", "\u200D", "NaN", "12.0", " 6 "};
    private static final ImportFormat[] FORMATS = {ImportFormat.AUTO, ImportFormat.AUTO, ImportFormat.AUTO, ImportFormat.CSV, ImportFormat.GOOGLE_FORMS,
        ImportFormat.KOBO, ImportFormat.ODK};

    @TempDir
    static Path dbDir;
    static AppContext ctx;
    static ReportImportService importer;

    @TempDir
    Path files;

    @BeforeAll
    static void build() {
        ctx = TestDb.sultanpur(dbDir);
        importer = ReportFixtures.importer(ctx);
    }

    @AfterAll
    static void close() {
        ctx.close();
    }

    @Test
    void anyCsvGivesABalancedSummaryOrALocatedError() throws Exception {
        Random rnd = new Random(20240525);
        long before = ReportFixtures.count(ctx, "report");
        var rollups = ReportFixtures.rollups(ctx);
        int summaries = 0;
        int refusals = 0;
        java.util.Map<String, Integer> reasons = new java.util.TreeMap<>();
        for (int i = 0; i < 300; i++) {
            byte[] bytes = file(rnd);
            Path f = files.resolve("r" + i + ".csv");
            Files.write(f, bytes);
            ImportFormat format = FORMATS[rnd.nextInt(FORMATS.length)];
            ImportMode mode = rnd.nextBoolean() ? ImportMode.KEEP_GOOD : ImportMode.ALL_OR_NOTHING;
            try {
                ImportSummary s = importer.importFile(f, ImportRequest.of(format, mode, true));
                assertThat(s.accountedFor()).as("case %d: %s", i, s.summary()).isEqualTo(s.total());
                assertThat(s.saved()).isFalse();
                int at = i;
                s.errors().forEach(e -> assertThat(e.line()).as("case %d", at).isPositive());
                summaries++;
            } catch (ReportImportException e) {
                assertThat(e.getMessage()).as("case %d", i).isNotBlank().doesNotContain("Exception");
                refusals++;
                reasons.merge(e.getMessage().replaceAll("^Line \\d+: ", "").substring(0, 20), 1, Integer::sum);
            }
        }
        assertThat(summaries).as("refusals: %s", reasons).isGreaterThan(80);
        assertThat(refusals).isGreaterThan(10);
        assertThat(ReportFixtures.count(ctx, "report")).isEqualTo(before);
        assertThat(ReportFixtures.rollups(ctx)).isEqualTo(rollups);
    }

    private static byte[] file(Random rnd) {
        char sep = rnd.nextInt(6) == 0 ? ';' : ',';
        String eol = rnd.nextInt(4) == 0 ? "\r\n" : "\n";
        List<String> header = new ArrayList<>();
        List<String> pool = new ArrayList<>(List.of(HEADERS));
        Collections.shuffle(pool, rnd);
        int cols = 1 + rnd.nextInt(8);
        header.addAll(pool.subList(0, cols));
        if (rnd.nextInt(3) > 0) {
            header.set(0, "phone");
            if (cols > 1) {
                header.set(1, "date");
            }
        }
        StringBuilder b = new StringBuilder(String.join(String.valueOf(sep), header.stream().map(h -> quote(h, rnd)).toList())).append(eol);
        int rows = rnd.nextInt(12);
        for (int r = 0; r < rows; r++) {
            int n = rnd.nextInt(20) == 0 ? cols + rnd.nextInt(3) - 1 : cols;
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < n; c++) {
                cells.add(quote(CELLS[rnd.nextInt(CELLS.length)], rnd));
            }
            b.append(String.join(String.valueOf(sep), cells)).append(eol);
        }
        byte[] bytes = b.toString().getBytes(StandardCharsets.UTF_8);
        if (rnd.nextInt(15) == 0 && bytes.length > 0) {
            bytes[rnd.nextInt(bytes.length)] = (byte) (0x80 + rnd.nextInt(0x80));
        }
        if (rnd.nextInt(25) == 0) {
            ByteArrayOutputStream o = new ByteArrayOutputStream();
            o.writeBytes(bytes);
            o.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFE, 0});
            bytes = o.toByteArray();
        }
        return bytes;
    }

    private static String quote(String cell, Random rnd) {
        if (rnd.nextInt(3) == 0 || cell.contains(",") || cell.contains("\n")) {
            return rnd.nextInt(40) == 0 ? "\"" + cell : "\"" + cell.replace("\"", "\"\"") + "\"";
        }
        return cell;
    }
}
