package org.warroom.brief;

import org.warroom.testing.BothEngines;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warroom.app.AppContext;
import org.warroom.cli.CliErrors;
import org.warroom.cli.BriefCommand;
import org.warroom.org.UnitRow;
import org.warroom.platform.audit.Actor;
import org.warroom.platform.audit.AuditLog;
import org.warroom.platform.i18n.IndianFormat;
import org.warroom.platform.i18n.Messages;
import org.warroom.reports.ReportDraft;
import org.warroom.reports.ReportService;
import org.warroom.testing.TestDb;
import picocli.CommandLine;

/** Sultanpur briefs in Hindi and English on a real H2 file: pages, extracted text, numbers, no phone numbers, a PNG. */
@BothEngines
class BriefTest {
    static final LocalDate TODAY = LocalDate.of(2024, 5, 25);
    static final Clock CLOCK = Clock.fixed(Instant.parse("2024-05-25T12:30:00Z"), ZoneId.of("UTC"));

    @TempDir
    static Path dir;
    static AppContext ctx;
    static BriefService briefs;
    static int reportedToday;

    @BeforeAll
    static void build() {
        ctx = TestDb.sultanpur(dir.resolve("data"));
        ReportService reports = new ReportService(ctx.db().jdbi(), new AuditLog(CLOCK), new Actor("tester", "test-desk"), CLOCK);
        List<Long> vols = ctx.db().jdbi().withHandle(h -> h.createQuery("SELECT id FROM volunteer WHERE active = TRUE "
                + "AND role = 'BOOTH_IT' ORDER BY id").mapTo(Long.class).list());
        // a rising fortnight: day k has every (14 - k)th volunteer; today a third of the first 900
        for (int k = 13; k >= 1; k--) {
            LocalDate day = TODAY.minusDays(k);
            for (int i = 0; i < 900; i += 1 + k) {
                reports.add(ReportDraft.numbers(vols.get(i), day, 3, 1, 40));
            }
        }
        for (int i = 0; i < 900; i += 3) {
            reports.add(new ReportDraft(vols.get(i), null, TODAY, Set.of(1, 2), 4, 2, 50, Set.of(), null, null));
            reportedToday++;
        }
        briefs = new BriefService(ctx.org(), reports, ctx.settings(), day -> List.of(2, 1, 0, 0, 0, 0), CLOCK);
    }

    @AfterAll
    static void close() {
        ctx.close();
    }

    static String text(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    static int pages(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return doc.getNumberOfPages();
        }
    }

    static void render(Path pdf, String name) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            BufferedImage img = new PDFRenderer(doc).renderImageWithDPI(0, 110, ImageType.RGB);
            Path out = Path.of("target", "brief");
            Files.createDirectories(out);
            ImageIO.write(img, "png", out.resolve(name).toFile());
            // the header and the tiles at 250 dpi, to look at the shaping of the conjuncts and the vowel signs
            BufferedImage big = new PDFRenderer(doc).renderImageWithDPI(0, 250, ImageType.RGB);
            ImageIO.write(big.getSubimage(0, 0, big.getWidth() * 3 / 5, big.getHeight() * 2 / 5), "png",
                    out.resolve(name.replace(".png", "-zoom.png")).toFile());
        }
    }

    Path write(String lang, UnitRow unit) {
        Brief b = briefs.gather(unit);
        Path file = dir.resolve("brief-" + lang + "-" + unit.unit().code() + ".pdf");
        int pages = new BriefPdf(Messages.of(lang)).write(b, file);
        assertThat(pages).isGreaterThanOrEqualTo(3);
        return file;
    }

    void noPhones(String text) {
        String digits = text.replaceAll("[^0-9]", " ");
        List<String> phones = ctx.db().jdbi().withHandle(h -> h.createQuery("SELECT phone FROM volunteer WHERE phone IS NOT NULL")
                .mapTo(String.class).list());
        assertThat(phones).hasSizeGreaterThan(1000);
        String compact = text.replaceAll("[\\s+\\-]", "");
        for (String p : phones) {
            String national = p.substring(p.length() - 10);
            assertThat(compact).as("a volunteer's phone").doesNotContain(national);
        }
        assertThat(digits).isNotBlank();
    }

    @Test
    void theDistrictBriefInHindiIsShapedSearchableAndMatchesTheDatabase() throws Exception {
        UnitRow district = briefs.find("D-SULTANPUR").orElseThrow();
        Path pdf = write("hi", district);
        render(pdf, "brief-hi-page1.png");
        String text = text(pdf);
        Brief b = briefs.gather(district);
        assertThat(pages(pdf)).isGreaterThanOrEqualTo(3);
        assertThat(text).contains("सुलतानपुर", "इसौली", "वॉर रूम ब्रीफ़िंग", "सक्रिय कार्यकर्ता", "पूर्ण टीम", "रिपोर्टिंग", "डेमो — काल्पनिक डेटा");
        assertThat(text).contains(IndianFormat.number(district.coverage().booths()), IndianFormat.number(district.coverage().volunteers()));
        assertThat(b.series().getLast().reported()).isEqualTo(reportedToday);
        assertThat(text).contains(IndianFormat.number(reportedToday) + " / " + IndianFormat.number(b.series().getLast().expected()));
        assertThat(text).contains("पृष्ठ 1", "पृष्ठ 3");
        noPhones(text);
    }

    @Test
    void theStateBriefInEnglishRanksTheSeatsAndListsTheMissingMasked() throws Exception {
        UnitRow state = briefs.state();
        Path pdf = write("en", state);
        render(pdf, "brief-en-page1.png");
        String text = text(pdf);
        Brief b = briefs.gather(state);
        assertThat(b.rankedUnder().code()).isEqualTo("D-SULTANPUR");
        assertThat(b.bestCoverage()).hasSize(5);
        assertThat(text).contains("By booth coverage, best first", "By reporting today, best first").doesNotContain("Ten worst");
        assertThat(text).contains("War room briefing", "Sultanpur", "सुलतानपुर", "Isauli", "इसौली", "DEMO — synthetic data");
        assertThat(text).contains("Booths", "2,172", IndianFormat.number(state.coverage().volunteers()));
        int missing = b.missing().expected() - reportedToday;
        assertThat(b.missing().missing()).isEqualTo(missing);
        assertThat(text).contains(IndianFormat.number(missing) + " of " + IndianFormat.number(b.missing().expected()));
        assertThat(b.missing().lines()).hasSize(Brief.Missing.MAX_LINES);
        assertThat(text).contains("+91 ••••• •");
        assertThat(text).contains("Posts released today", "1:2  2:1  3:0");
        noPhones(text);
    }

    @Test
    void aUnitWithoutReportsSaysSoInsteadOfDrawingZeros() throws Exception {
        Brief b = new BriefService(ctx.org(), new ReportService(ctx.db().jdbi(), new AuditLog(CLOCK), new Actor("t", "d"),
                Clock.fixed(Instant.parse("2023-01-10T06:00:00Z"), ZoneId.of("UTC"))), ctx.settings(), d -> List.of(0, 0, 0, 0, 0, 0), CLOCK)
                .gather(briefs.find("AC-187").orElseThrow());
        assertThat(b.seriesEmpty()).isTrue();
        Path pdf = dir.resolve("empty.pdf");
        new BriefPdf(Messages.of("en")).write(b, pdf);
        assertThat(text(pdf)).contains("No reports in these days").doesNotContain("Posts released today");
    }

    @Test
    void aUnitWithMoreThanTenChildrenGetsItsTenBestAndTenWorst() throws Exception {
        UnitRow unit = briefs.find("AC-187").orElseThrow();
        Brief b = briefs.gather(unit);
        while (b.childCount() <= 10) { // down to the first level with more than ten units (mandals, else sectors, else booths)
            unit = ctx.org().children(b.rankedUnder(), org.warroom.org.TreeMode.ORGANISATION).getFirst();
            b = briefs.gather(unit);
        }
        assertThat(b.bestCoverage()).hasSize(10);
        assertThat(b.worstCoverage()).hasSize(10);
        Path pdf = dir.resolve("many.pdf");
        new BriefPdf(Messages.of("en")).write(b, pdf);
        assertThat(text(pdf)).contains("Ten best by booth coverage", "Ten worst by booth coverage", b.worstCoverage().getFirst().unit().nameEn());
    }

    private record Run(int exit, String out, String err) {
    }

    private Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = new CommandLine(new BriefCommand());
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        cmd.setExecutionExceptionHandler(new CliErrors());
        List<String> options = TestDb.cliOptions(dir.resolve("data"));
        String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(args), options.stream()).toArray(String[]::new);
        return new Run(cmd.execute(all), out.toString(), err.toString());
    }

    @Test
    void theCommandWritesAtomicallyAndExplainsBadInput() throws Exception {
        Path out = dir.resolve("cli").resolve("isauli.pdf");
        Files.createDirectories(out.getParent());
        Run ok = cli("--unit", "इसौली", "--lang", "hi", "--out", out.toString(), "--json");
        assertThat(ok.exit()).as(ok.err()).isZero();
        assertThat(ok.out()).contains("\"unit\" : \"AC-187\"", "\"pages\"");
        assertThat(text(out)).contains("इसौली");
        try (var files = Files.list(out.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("isauli.pdf");
        }

        Run unknown = cli("--unit", "Atlantis", "--out", dir.resolve("x.pdf").toString());
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.err()).contains("No unit has the code or name \"Atlantis\"");

        Run noFolder = cli("--out", dir.resolve("no-such-folder").resolve("b.pdf").toString());
        assertThat(noFolder.exit()).isEqualTo(1);
        assertThat(noFolder.err()).contains("does not exist");

        Path locked = dir.resolve("locked");
        Files.createDirectories(locked);
        locked.toFile().setWritable(false);
        try {
            Run denied = cli("--out", locked.resolve("b.pdf").toString());
            if (!Files.isWritable(locked)) { // root can write anywhere; then there is nothing to refuse
                assertThat(denied.exit()).isEqualTo(1);
                assertThat(denied.err()).contains("cannot be written to");
            }
        } finally {
            locked.toFile().setWritable(true);
        }

        Run badLang = cli("--lang", "fr", "--out", dir.resolve("y.pdf").toString());
        assertThat(badLang.exit()).isEqualTo(1);
        assertThat(badLang.err()).contains("--lang is hi or en");
    }

    @Test
    void theTablesGoToAWorkbookAndCsvFilesWithNumbersAsNumbers() throws Exception {
        Brief b = briefs.gather(ctx.org().byCode("D-SULTANPUR").orElseThrow());
        java.util.List<BriefTables.Table> tables = BriefTables.of(b, org.warroom.platform.i18n.Messages.of("hi"));
        Path xlsx = dir.resolve("brief.xlsx");
        BriefTables.writeXlsx(tables, xlsx);
        try (org.dhatim.fastexcel.reader.ReadableWorkbook wb = new org.dhatim.fastexcel.reader.ReadableWorkbook(xlsx.toFile())) {
            assertThat(wb.getSheets().map(org.dhatim.fastexcel.reader.Sheet::getName).toList()).containsExactly("tiles",
                    "reporting_14_days", "best_coverage", "worst_coverage", "best_reporting", "worst_reporting",
                    "not_reported_by_unit", "not_reported_names");
            java.util.List<org.dhatim.fastexcel.reader.Row> days = wb.getSheets().filter(s -> s.getName().equals("reporting_14_days"))
                    .findFirst().orElseThrow().read();
            assertThat(days).hasSize(15);
            org.dhatim.fastexcel.reader.Row today = days.getLast();
            assertThat(today.getCell(0).getRawValue()).isEqualTo(TODAY.toString());
            assertThat(today.getCell(1).getType()).isEqualTo(org.dhatim.fastexcel.reader.CellType.NUMBER);
            assertThat(today.getCellAsNumber(1).orElseThrow().intValue()).isEqualTo(reportedToday);
            java.util.List<org.dhatim.fastexcel.reader.Row> worst = wb.getSheets().filter(s -> s.getName().equals("worst_reporting"))
                    .findFirst().orElseThrow().read();
            assertThat(worst.get(1).getCellText(2)).matches(".*\\p{InDevanagari}.*");
        }
        Path csvDir = dir.resolve("tables");
        java.util.List<Path> files = BriefTables.writeCsv(tables, csvDir);
        assertThat(files).hasSize(tables.size());
        String names = Files.readString(csvDir.resolve("not_reported_names.csv"));
        assertThat(names).startsWith("\uFEFFmandal,booth_code,booth,volunteer,phone_masked");
        assertThat(names).doesNotContainPattern("\\+91 ?5\\d{4} ?\\d{5}").contains("+91 ••••• •");
        // an unwritable folder: a message, and nothing left behind (root writes anywhere, so there it is /proc)
        Path locked = Files.createDirectories(dir.resolve("locked-tables"));
        locked.toFile().setWritable(false);
        Path target = "root".equals(System.getProperty("user.name")) ? Path.of("/proc/brief.xlsx") : locked.resolve("b.xlsx");
        try {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> BriefTables.writeXlsx(tables, target))
                    .hasMessageMatching("(?s)(The folder .* cannot be written to|Cannot write in ).*");
            assertThat(target).doesNotExist();
            assertThat(locked).isEmptyDirectory();
        } finally {
            locked.toFile().setWritable(true);
        }
    }

    @Test
    void theBriefCarriesTheMapOfTodaysReportingFramedOnTheUnit() throws Exception {
        org.warroom.org.UnitRow district = ctx.org().byCode("D-SULTANPUR").orElseThrow();
        Brief b = briefs.gather(district);
        byte[] png = BriefMap.png(ctx.map(), ctx.org(), district).orElseThrow();
        java.awt.image.BufferedImage img = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
        assertThat(img.getWidth()).isEqualTo(1400);
        // framed on the five seats: a good share of the picture is a seat's colour (here red: nobody reported on
        // the real today), where the state's whole map would show them as a speck among pale seats
        int seats = 0;
        int total = 0;
        for (int x = 0; x < img.getWidth(); x += 7) {
            for (int y = 0; y < img.getHeight(); y += 7) {
                total++;
                int rgb = img.getRGB(x, y) & 0xFFFFFF;
                if (rgb != 0xECEFF1 && rgb != 0xFFFFFF && ((rgb >> 16) & 0xFF) > 150 && ((rgb >> 8) & 0xFF) < 120) {
                    seats++;
                }
            }
        }
        assertThat(seats).isGreaterThan(total / 4);
        Path with = dir.resolve("with-map.pdf");
        Path without = dir.resolve("without-map.pdf");
        new BriefPdf(org.warroom.platform.i18n.Messages.of("en"), png).write(b, with);
        new BriefPdf(org.warroom.platform.i18n.Messages.of("en")).write(b, without);
        assertThat(pages(with)).isEqualTo(pages(without) + 1);
        assertThat(text(with)).contains("Today's reporting, seat by seat");
    }
}
