package org.warroom.bench;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.openpdf.text.Document;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;
import org.warroom.app.AppContext;
import org.warroom.brief.Brief;
import org.warroom.brief.BriefPdf;
import org.warroom.org.UnitRow;
import org.warroom.platform.audit.Actor;
import org.warroom.platform.db.DataFolder;
import org.warroom.platform.db.Database;
import org.warroom.platform.i18n.Messages;
import org.warroom.reports.ReportDraft;

/**
 * Measure 61 (issue 6): the state's briefing PDF at the {@code up} preset — gathering (coverage summary, roll-up,
 * rankings, missing counts) plus the shaped Hindi or English PDF — against a baseline in the same run: a PDF of the
 * same number of pages holding plain Latin text only (built-in Helvetica, no glyph layout, no chart). Run with
 * {@code mvn -B -q -Pbench test-compile exec:exec@bench -Dbench.only=61 -Dbench.data=DIR}, DIR a folder built by
 * {@code ./warroom demo --preset up --data DIR}; on first use it adds a fortnight of reports (about 9,000, through
 * ReportService) so the chart has data. Writes bench/results/issue-6-brief-DATE.md. Reports; never fails.
 * Option: bench.briefRuns (5).
 */
public final class BriefBench {
    private BriefBench() {
    }

    public static void main(String[] args) throws Exception {
        String data = System.getProperty("bench.data", "");
        if (data.isBlank()) {
            System.out.println("bench 61 needs -Dbench.data=DIR, a folder built by ./warroom demo --preset up --data DIR");
            return;
        }
        int runs = Integer.getInteger("bench.briefRuns", 5);
        Path dir = Path.of(data).toAbsolutePath();
        Path out = dir.resolve("briefs");
        Files.createDirectories(out);
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        List<String> notes = new ArrayList<>();
        try (AppContext ctx = new AppContext(Database.openEmbedded(DataFolder.open(dir)), Clock.systemDefaultZone(),
                new Actor("bench", "bench-desk"), dir.resolve("media"))) {
            notes.add(seedReports(ctx));
            UnitRow state = ctx.brief().state();
            Stats gather = new Stats();
            Stats[] write = {new Stats(), new Stats()};
            Stats[] total = {new Stats(), new Stats()};
            Stats base = new Stats();
            int pages = 0;
            for (int i = -1; i < runs; i++) { // run -1 warms the JIT, the fonts and the caches
                for (int l = 0; l < 2; l++) {
                    String lang = l == 0 ? "hi" : "en";
                    long t0 = System.nanoTime();
                    Brief b = ctx.brief().gather(state);
                    long t1 = System.nanoTime();
                    pages = new BriefPdf(Messages.of(lang)).write(b, out.resolve("state-" + lang + ".pdf"));
                    long t2 = System.nanoTime();
                    if (i < 0) {
                        notes.add(String.format("First run in this JVM (cold: classes, fonts, JIT), %s: %.0f ms", lang, (t2 - t0) / 1e6));
                    } else {
                        gather.add(t1 - t0);
                        write[l].add(t2 - t1);
                        total[l].add(t2 - t0);
                    }
                }
                long t3 = System.nanoTime();
                plain(pages, out.resolve("baseline.pdf"));
                long t4 = System.nanoTime();
                if (i >= 0) {
                    base.add(t4 - t3);
                }
            }
            Brief b = ctx.brief().gather(state);
            notes.add(String.format("State brief: %d pages; %d tiles; chart of %d days; %d children ranked under %s; missing %d of %d "
                            + "expected today (counted per unit, names not listed above %d)", pages, b.tiles().size(), b.series().size(),
                    b.childCount(), b.rankedUnder().code(), b.missing().missing(), b.missing().expected(), 15_000));
            notes.add("Sizes: Hindi " + Files.size(out.resolve("state-hi.pdf")) / 1024 + " KB, English "
                    + Files.size(out.resolve("state-en.pdf")) / 1024 + " KB, baseline " + Files.size(out.resolve("baseline.pdf")) / 1024 + " KB");
            double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            report(runs, gather, write, total, base, notes, loadBefore, loadAfter, dir);
        }
    }

    /** A fortnight of reports across the state, once per database: ~300 a day rising to 3,000 today. */
    private static String seedReports(AppContext ctx) {
        LocalDate today = ctx.reports().today();
        String mark = ctx.settings().get("bench.brief.reports").orElse("");
        if (mark.equals(today.toString())) {
            return "Reports: seeded earlier today (" + ctx.reports().countReports() + " in the database)";
        }
        List<Long> vols = ctx.db().jdbi().withHandle(h -> h.createQuery("SELECT id FROM volunteer WHERE active = TRUE "
                + "AND role = 'BOOTH_IT' ORDER BY id").mapTo(Long.class).list());
        int step = Math.max(1, vols.size() / 3000);
        long t0 = System.nanoTime();
        int added = 0;
        for (int k = 13; k >= 0; k--) {
            LocalDate day = today.minusDays(k);
            int every = k == 0 ? 1 : 2 + k / 2; // 3,000 today, a few hundred to 1,500 a day before
            for (int i = 0; i < 3000 && (long) i * step < vols.size(); i += every) {
                ctx.reports().add(ReportDraft.numbers(vols.get(i * step), day, 3 + i % 4, i % 3, 40 + i % 60));
                added++;
            }
        }
        ctx.settings().put("bench.brief.reports", today.toString());
        ctx.db().checkpoint();
        return String.format("Reports: %,d added through ReportService in %.1f s (%d booth volunteers, every %dth; 3,000 today)",
                added, (System.nanoTime() - t0) / 1e9, vols.size(), step);
    }

    /** The baseline: the same number of A4 pages of plain Latin text, built-in font, nothing shaped, no image. */
    private static void plain(int pages, Path file) throws Exception {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 40, 40, 40, 48);
        PdfWriter.getInstance(doc, buf);
        doc.open();
        for (int p = 0; p < pages; p++) {
            if (p > 0) {
                doc.newPage();
            }
            for (int i = 0; i < 45; i++) {
                doc.add(new Paragraph("Line " + (i + 1) + " of page " + (p + 1) + ": Booth B-187-" + i + " reported 1,02,003 of 3,25,800."));
            }
        }
        doc.close();
        Files.write(file, buf.toByteArray());
    }

    private static void report(int runs, Stats gather, Stats[] write, Stats[] total, Stats base, List<String> notes, double loadBefore,
                               double loadAfter, Path dir) throws Exception {
        StringBuilder b = new StringBuilder();
        String date = LocalDate.now().toString();
        b.append("# Issue 6 bench 61: the state's briefing PDF at the up preset, ").append(ZonedDateTime.now()).append("\n\n");
        b.append(String.format("Machine: %d cores, Java %s. Run with `mvn -B -q -Pbench test-compile exec:exec@bench -Dbench.only=61 "
                        + "-Dbench.data=DIR` (DIR built by `./warroom demo --preset up --data DIR`); %d runs of each after one warm-up.%n%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), runs));
        b.append("| measure | p50 | max | baseline p50 (same run) | ratio p50 | target | result |\n|---|---|---|---|---|---|---|\n");
        String[] names = {"State brief, Hindi (gather + PDF)", "State brief, English (gather + PDF)"};
        for (int l = 0; l < 2; l++) {
            b.append(String.format("| %s | %.0f ms | %.0f ms | %.0f ms (plain-text PDF, same pages) | %.1f | ≤ 5 s | %s |%n", names[l],
                    total[l].p(50), total[l].max(), base.p(50), total[l].p(50) / base.p(50), total[l].max() <= 5000 ? "pass" : "FAIL"));
        }
        b.append("\n");
        b.append("- Gathering (coverage summary, 14-day roll-up, rankings, missing counts): ").append(gather.summary()).append('\n');
        b.append("- Writing the Hindi PDF: ").append(write[0].summary()).append('\n');
        b.append("- Writing the English PDF: ").append(write[1].summary()).append('\n');
        b.append("- Baseline, plain-text PDF of the same number of pages: ").append(base.summary()).append('\n');
        for (String n : notes) {
            b.append("- ").append(n).append('\n');
        }
        b.append(String.format("%nsystem load average %.1f at start, %.1f at end (on %d cores).%n", loadBefore, loadAfter,
                Runtime.getRuntime().availableProcessors()));
        b.append("Target (issue 6): briefing PDF for the state ≤ 5 s.\n");
        String text = b.toString();
        System.out.println(text);
        Path results = Path.of(System.getProperty("bench.out", "bench/results"));
        Files.createDirectories(results);
        Files.writeString(results.resolve("issue-6-brief-" + date + ".md"), text, StandardCharsets.UTF_8);
        System.out.println("wrote " + results.resolve("issue-6-brief-" + date + ".md") + " (PDFs in " + dir.resolve("briefs") + ")");
    }
}
