package org.warroom.reports;

import org.warroom.testing.BothEngines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warroom.app.AppContext;
import org.warroom.people.PhoneNumbers;
import org.warroom.reports.ReportFixtures.Vol;
import org.warroom.reports.importers.ColumnMapping;
import org.warroom.reports.importers.ImportFormat;
import org.warroom.reports.importers.IssueTag;
import org.warroom.reports.importers.Mood;
import org.warroom.testing.TestDb;

/** WhatsApp exports, form downloads and CSVs into reports and the queue, and every kind of bad file. */
@BothEngines
class ReportImportServiceTest {
    static final String E2E = "Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, "
            + "can read or listen to them. Tap to learn more.";

    @TempDir
    static Path dbDir;
    static AppContext ctx;
    static ReportService reports;
    static ReportImportService importer;

    @TempDir
    Path files;

    @BeforeAll
    static void build() {
        ctx = TestDb.sultanpur(dbDir);
        reports = ReportFixtures.reports(ctx);
        importer = ReportFixtures.importer(ctx);
    }

    @AfterAll
    static void close() {
        ctx.close();
    }

    Path file(String name, String text) throws IOException {
        return file(name, text.getBytes(StandardCharsets.UTF_8));
    }

    Path file(String name, byte[] bytes) throws IOException {
        Path p = files.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    static Path resource(Path dir, String name) throws IOException {
        try (InputStream in = ReportImportServiceTest.class.getResourceAsStream("/org/warroom/reports/forms/" + name)) {
            Path p = dir.resolve(name);
            Files.write(p, in.readAllBytes());
            return p;
        }
    }

    static ImportSummary run(Path f, ImportMode mode) {
        return importer.importFile(f, ImportRequest.of(ImportFormat.AUTO, mode, false));
    }

    static void balanced(ImportSummary s) {
        assertThat(s.accountedFor()).as(s.summary()).isEqualTo(s.total());
    }

    /** The state of everything an import may write, to show that a refused import wrote nothing. */
    static List<Object> state() {
        return List.of(ReportFixtures.count(ctx, "report"), ReportFixtures.count(ctx, "review_queue"),
                ReportFixtures.count(ctx, "report_import"), ReportFixtures.count(ctx, "report_source"), ReportFixtures.rollups(ctx));
    }

    static String chat(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    @Test
    void aChatWithAReportChatterAndASystemLine() throws IOException {
        Vol v = ReportFixtures.vol(ctx, 200);
        String author = PhoneNumbers.display(v.phone());
        Path f = file("WhatsApp Chat with Booth 81.txt", chat(
                "25/05/24, 9:00 am - " + E2E,
                "25/05/24, 9:15 am - " + author + ": बूथ " + v.part() + ": फॉरवर्ड 6, जोड़े 12, सदस्य 148",
                "25/05/24, 9:16 am - " + author + ": आज शाम को बैठक है"));
        List<Long> chain = ReportFixtures.chain(ctx, v.boothId());
        int before = reports.rollup(chain.get(2), ReportFixtures.TODAY, ReportFixtures.TODAY).getFirst().reported();

        ImportSummary s = run(f, ImportMode.ALL_OR_NOTHING);
        assertThat(s.format()).isEqualTo(ImportFormat.WHATSAPP);
        assertThat(s.total()).isEqualTo(3);
        assertThat(s.reports()).isEqualTo(1);
        assertThat(s.queued()).isEqualTo(1);
        assertThat(s.system()).isEqualTo(1);
        assertThat(s.errors()).isEmpty();
        assertThat(s.saved()).isTrue();
        balanced(s);
        VolunteerReport r = reports.reportOf(v.id(), ReportFixtures.TODAY).orElseThrow();
        assertThat(r.forwarded()).isEqualTo(6);
        assertThat(r.groupSize()).isEqualTo(148);
        assertThat(r.source()).isEqualTo(ReportSource.WHATSAPP);
        assertThat(r.originalText()).contains("फॉरवर्ड 6");
        assertThat(reports.rollup(chain.get(2), ReportFixtures.TODAY, ReportFixtures.TODAY).getFirst().reported()).isEqualTo(before + 1);

        QueuedMessage q = reports.queue(QueueStatus.OPEN, 1000).stream().filter(m -> s.importId().equals(m.importId())).findFirst().orElseThrow();
        assertThat(q.text()).isEqualTo("आज शाम को बैठक है");
        assertThat(q.volunteerId()).isEqualTo(v.id());
        assertThat(q.author()).isEqualTo(PhoneNumbers.mask(v.phone()));
        assertThat(q.line()).isEqualTo(3);

        // the same file again adds nothing
        List<Object> state = state();
        ImportSummary again = run(f, ImportMode.ALL_OR_NOTHING);
        assertThat(again.reports()).isZero();
        assertThat(again.queued()).isZero();
        assertThat(again.duplicates()).isEqualTo(2);
        assertThat(again.system()).isEqualTo(1);
        assertThat(again.notes()).anyMatch(n -> n.contains("imported before"));
        balanced(again);
        assertThat(state().subList(0, 2)).isEqualTo(state.subList(0, 2));
        assertThat(ReportFixtures.rollups(ctx)).isEqualTo(state.get(4));
    }

    @Test
    void theQueueTurnsAMessageIntoAReport() throws IOException {
        Vol v = ReportFixtures.vol(ctx, 203);
        String author = PhoneNumbers.display(v.phone());
        Path f = file("queue.txt", chat(
                "24/05/24, 8:00 pm - " + author + ": aaj 5 message bheje, 2 log jode",
                "24/05/24, 8:01 pm - ~ Somebody: Booth 81: fwd 60",
                "24/05/24, 8:02 pm - ~ Somebody: good night"));
        ImportSummary s = run(f, ImportMode.ALL_OR_NOTHING);
        assertThat(s.queued()).isEqualTo(3);
        balanced(s);
        List<QueuedMessage> mine = reports.queue(QueueStatus.OPEN, 1000).stream().filter(m -> s.importId().equals(m.importId())).toList();
        assertThat(mine).hasSize(3);
        assertThat(mine.get(1).reason()).contains("forwarded must be a number from 0 to 50");
        LocalDate day = LocalDate.of(2024, 5, 24);
        int before = reports.rollup(v.boothId(), day, day).getFirst().reported();

        SavedReport r = reports.reportFromQueue(mine.get(0).id(),
                new ReportDraft(mine.get(0).volunteerId(), null, day, Set.of(), 5, 2, null, Set.of(), Mood.POSITIVE, null));
        assertThat(r.report().originalText()).isEqualTo("aaj 5 message bheje, 2 log jode");
        assertThat(reports.queued(mine.get(0).id()).orElseThrow().status()).isEqualTo(QueueStatus.REPORTED);
        assertThat(reports.queued(mine.get(0).id()).orElseThrow().reportId()).isEqualTo(r.report().id());
        assertThat(reports.rollup(v.boothId(), day, day).getFirst().reported()).isEqualTo(before + 1);
        assertThat(reports.missing(v.boothId(), day).groups().stream().flatMap(g -> g.volunteers().stream())
                .map(MissingVolunteer::volunteerId)).doesNotContain(v.id());

        assertThat(reports.attach(mine.get(1).id(), v.id()).status()).isEqualTo(QueueStatus.ATTACHED);
        assertThat(reports.dismiss(mine.get(2).id()).status()).isEqualTo(QueueStatus.DISMISSED);
        ReportServiceTest.assertField(() -> reports.dismiss(mine.get(2).id()), "queue", "already handled");
        // importing the chat again does not bring the handled messages back
        ImportSummary again = run(f, ImportMode.ALL_OR_NOTHING);
        assertThat(again.duplicates()).isEqualTo(3);
        assertThat(again.queued()).isZero();
    }

    @Test
    void sendersAreMatchedByNameWithinTheirBoothAndSeat() throws IOException {
        Vol ritu = ReportFixtures.vol(ctx, 201);
        Vol gaurav = ReportFixtures.vol(ctx, 205);
        Path f = file("names.txt", chat(
                "[23/05/24, 7:30:10 PM] " + ritu.name() + ": AC 187 booth " + ritu.part() + ": fwd 4, slots 1-3, mood: positive",
                "[23/05/24, 7:31:10 PM] " + gaurav.name().toUpperCase() + ": Booth " + gaurav.part() + ": fwd 2 added 1",
                "[23/05/24, 7:32:10 PM] Nobody Known: Booth " + gaurav.part() + ": fwd 2 added 1",
                "[23/05/24, 7:33:10 PM] " + ritu.name() + ": Booth 999: fwd 2 added 1",
                "[23/05/24, 7:34:10 PM] " + ritu.name() + ": \u200Eimage omitted"));
        ImportSummary s = run(f, ImportMode.ALL_OR_NOTHING);
        assertThat(s.reports()).isEqualTo(2);
        assertThat(s.queued()).isEqualTo(2);
        assertThat(s.media()).isEqualTo(1);
        balanced(s);
        LocalDate day = LocalDate.of(2024, 5, 23);
        VolunteerReport r = reports.reportOf(ritu.id(), day).orElseThrow();
        assertThat(r.slots()).containsExactly(1, 2, 3);
        assertThat(r.mood()).isEqualTo(Mood.POSITIVE);
        assertThat(reports.reportOf(gaurav.id(), day)).isPresent();
        List<String> reasons = reports.queue(QueueStatus.OPEN, 1000).stream().filter(m -> s.importId().equals(m.importId()))
                .map(QueuedMessage::reason).toList();
        assertThat(reasons).anyMatch(x -> x.contains("no active booth volunteer named \"Nobody Known\""));
        assertThat(reasons).anyMatch(x -> x.contains("at booth 999"));
    }

    @Test
    void aZipExportAndBrokenZips() throws IOException {
        Vol v = ReportFixtures.vol(ctx, 204);
        byte[] text = chat("22/05/24, 21:00 - " + PhoneNumbers.display(v.phone()) + ": Booth " + v.part() + ": fwd 3",
                "22/05/24, 21:01 - " + PhoneNumbers.display(v.phone()) + ": <Media omitted>").getBytes(StandardCharsets.UTF_8);
        byte[] zip = zip(Map.of("_chat.txt", text, "IMG-1.jpg", new byte[] {1, 2, 3}));
        ImportSummary s = run(file("export.zip", zip), ImportMode.ALL_OR_NOTHING);
        assertThat(s.format()).isEqualTo(ImportFormat.WHATSAPP);
        assertThat(s.reports()).isEqualTo(1);
        assertThat(s.media()).isEqualTo(1);
        balanced(s);

        List<Object> state = state();
        Path truncated = file("cut.zip", Arrays.copyOf(zip, zip.length - 30));
        assertThatThrownBy(() -> run(truncated, ImportMode.KEEP_GOOD)).isInstanceOf(ReportImportException.class)
                .hasMessageContaining("damaged or incomplete");
        Path noChat = file("photos.zip", zip(Map.of("IMG-1.jpg", new byte[] {1}, "IMG-2.jpg", new byte[] {2})));
        assertThatThrownBy(() -> run(noChat, ImportMode.KEEP_GOOD)).isInstanceOf(ReportImportException.class)
                .hasMessageContaining("holds no WhatsApp chat");
        byte[] bad = chat("22/05/24, 21:00 - Ram: Booth 5: fwd 3", "22/05/24, 21:05 - Ram: caf\u00e9").getBytes(StandardCharsets.UTF_8);
        bad[bad.length - 3] = (byte) 0xE9;
        bad[bad.length - 2] = (byte) 0x20;
        assertThatThrownBy(() -> run(file("latin1.txt", bad), ImportMode.KEEP_GOOD)).isInstanceOf(ReportImportException.class)
                .hasMessageContaining("Line 2");
        assertThat(state()).isEqualTo(state);
    }

    static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (var e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    void allOrNothingRefusesAChatWithABadLineAndKeepGoodSavesTheRest() throws IOException {
        Vol v = ReportFixtures.vol(ctx, 1002);
        String author = PhoneNumbers.display(v.phone());
        Path f = file("bad-line.txt", chat(
                "21/05/24, 9:00 am - " + author + ": Booth " + v.part() + ": fwd 1",
                "31/02/24, 9:01 am - " + author + ": Booth " + v.part() + ": fwd 2"));
        List<Object> state = state();
        ImportSummary refused = run(f, ImportMode.ALL_OR_NOTHING);
        assertThat(refused.saved()).isFalse();
        assertThat(refused.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.reason()).contains("31/02/24");
        });
        assertThat(refused.reports()).isEqualTo(1);
        balanced(refused);
        assertThat(state()).isEqualTo(state);

        ImportSummary kept = run(f, ImportMode.KEEP_GOOD);
        assertThat(kept.saved()).isTrue();
        assertThat(kept.reports()).isEqualTo(1);
        balanced(kept);
        assertThat(reports.reportOf(v.id(), LocalDate.of(2024, 5, 21))).isPresent();
    }

    @Test
    void aCancelledOrDryRunImportLeavesTheDatabaseAsItWas() throws IOException {
        Vol v = ReportFixtures.vol(ctx, 5000);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 1200; i++) {
            b.append(String.format("20/05/24, %d:%02d pm - %s: message %d%n", 1 + i / 60 % 11, i % 60, PhoneNumbers.display(v.phone()), i));
        }
        b.append("20/05/24, 11:59 pm - ").append(PhoneNumbers.display(v.phone())).append(": Booth ").append(v.part()).append(": fwd 9\n");
        Path f = file("long.txt", b.toString());
        List<Object> state = state();
        AtomicInteger checks = new AtomicInteger();
        AtomicInteger progressCalls = new AtomicInteger();
        ImportSummary cancelled = importer.importFile(f, ImportRequest.of(ImportFormat.AUTO, ImportMode.KEEP_GOOD, false),
                (done, total) -> progressCalls.incrementAndGet(), () -> checks.incrementAndGet() >= 2);
        assertThat(cancelled.cancelled()).isTrue();
        assertThat(cancelled.saved()).isFalse();
        assertThat(progressCalls.get()).isGreaterThanOrEqualTo(2);
        assertThat(state()).isEqualTo(state);

        ImportSummary dry = importer.importFile(f, ImportRequest.of(ImportFormat.AUTO, ImportMode.KEEP_GOOD, true));
        assertThat(dry.total()).isEqualTo(1201);
        assertThat(dry.reports()).isEqualTo(1);
        assertThat(dry.queued()).isEqualTo(1200);
        assertThat(dry.saved()).isFalse();
        balanced(dry);
        assertThat(state()).isEqualTo(state);
    }

    @Test
    void googleFormsDownloadWithTimestampsInIndia() throws IOException {
        Path f = resource(files, "google-forms.csv");
        ImportSummary s = run(f, ImportMode.ALL_OR_NOTHING);
        assertThat(s.format()).isEqualTo(ImportFormat.GOOGLE_FORMS);
        assertThat(s.errors()).isEmpty();
        assertThat(s.reports()).isEqualTo(3);
        balanced(s);
        assertThat(s.mapping()).containsEntry("Mood at the booth", "mood").containsEntry("Your mobile number", "phone")
                .containsEntry("Which slots did you forward?", "slots").containsEntry("Group members now", "members");
        VolunteerReport first = reports.reportOf(2, LocalDate.of(2024, 5, 24)).orElseThrow();
        assertThat(first.slots()).containsExactly(1, 2, 3);
        assertThat(first.issues()).containsExactlyInAnyOrder(IssueTag.LOCAL, IssueTag.SCHEME);
        assertThat(first.mood()).isEqualTo(Mood.POSITIVE);
        assertThat(first.feedback()).startsWith("लोग उज्ज्वला");
        assertThat(first.source()).isEqualTo(ReportSource.FORM);
        assertThat(reports.reportOf(4, LocalDate.of(2024, 5, 25))).isPresent();
        // 12:30 AM is after midnight: the 24th
        assertThat(reports.reportOf(6, LocalDate.of(2024, 5, 24)).orElseThrow().issues()).containsExactly(IssueTag.RUMOUR);
        ImportSummary again = run(f, ImportMode.ALL_OR_NOTHING);
        assertThat(again.reports()).isZero();
        assertThat(again.duplicates()).isEqualTo(3);
    }

    @Test
    void koboAndOdkSubmissionTimesAreUtcTurnedIntoIndianDays() throws IOException {
        ImportSummary kobo = run(resource(files, "kobo.csv"), ImportMode.ALL_OR_NOTHING);
        assertThat(kobo.format()).isEqualTo(ImportFormat.KOBO);
        assertThat(kobo.errors()).isEmpty();
        assertThat(kobo.reports()).isEqualTo(3);
        balanced(kobo);
        // 19:00 UTC on the 24th is 00:30 on the 25th in India; 18:29:59 UTC on the 23rd is 23:59:59 on the 23rd
        assertThat(reports.reportOf(7, LocalDate.of(2024, 5, 25)).orElseThrow().slots()).containsExactly(1, 2);
        assertThat(reports.reportOf(8, LocalDate.of(2024, 5, 24)).orElseThrow().feedback()).isEqualTo("बूथ पर बैठक हुई");
        assertThat(reports.reportOf(9, LocalDate.of(2024, 5, 23)).orElseThrow().issues())
                .containsExactlyInAnyOrder(IssueTag.RUMOUR, IssueTag.OTHER);

        ImportSummary odk = run(resource(files, "odk-central.csv"), ImportMode.ALL_OR_NOTHING);
        assertThat(odk.format()).isEqualTo(ImportFormat.ODK);
        assertThat(odk.errors()).isEmpty();
        assertThat(odk.reports()).isEqualTo(3);
        assertThat(reports.reportOf(12, LocalDate.of(2024, 5, 24)).orElseThrow().slots()).containsExactly(1, 2, 3);
        assertThat(reports.reportOf(14, LocalDate.of(2024, 5, 25)).orElseThrow().slots()).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(reports.reportOf(16, LocalDate.of(2024, 5, 25))).isPresent();
    }

    @Test
    void aPlainCsvMappingIsRememberedForItsSource() throws IOException {
        Path f = resource(files, "plain.csv");
        ImportRequest mapped = new ImportRequest(ImportFormat.AUTO, ImportMode.ALL_OR_NOTHING, false,
                ColumnMapping.parseSpec("New joins=added"), "block-7 sheet", null);
        ImportSummary s = importer.importFile(f, mapped);
        assertThat(s.format()).isEqualTo(ImportFormat.CSV);
        assertThat(s.reports()).isEqualTo(2);
        assertThat(reports.reportOf(17, LocalDate.of(2024, 5, 24)).orElseThrow().added()).isEqualTo(2);
        assertThat(importer.savedMapping("block-7 sheet")).get().asString().contains("New joins=added");

        Path next = file("next.csv", "Mobile No,Report Day,Fwd count,New joins,Remarks\n5000000019,23/05/2024,1,7,\n");
        ImportSummary remembered = importer.importFile(next, new ImportRequest(ImportFormat.CSV, ImportMode.ALL_OR_NOTHING, false,
                Map.of(), "block-7 sheet", null));
        assertThat(remembered.errors()).isEmpty();
        assertThat(reports.reportOf(19, LocalDate.of(2024, 5, 23)).orElseThrow().added()).isEqualTo(7);
    }

    @Test
    void badCsvInputIsLocated() throws IOException {
        List<Object> state = state();
        String header = "booth,phone,date,forwarded,added,members\n";
        // wrong delimiter, missing columns, empty, non-UTF-8, broken quote: the file as a whole
        assertFileError("booth;phone;date;forwarded\nB-187-8;5000000017;24/05/2024;1\n", 1, "separated by ';'");
        assertFileError("booth,forwarded\nB-187-8,1\n", 1, "no column holds phone");
        assertFileError("", 0, "empty");
        assertFileError(header + "\n", 0, "header but no reports");
        assertFileError(header + "B-187-8,5000000017,\"24/05/2024,1,1,1\n", 2, "never closed");
        byte[] latin = (header + "B-187-8,5000000017,24/05/2024,1,1,1\nB-187-8,5000000017,25/05/2024,1,1,1 caf\u00e9\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> run(file("latin.csv", latin), ImportMode.KEEP_GOOD))
                .isInstanceOf(ReportImportException.class).hasMessageContaining("Line 3").hasMessageContaining("not UTF-8");

        // row by row: each with its line
        ImportSummary s = run(file("rows.csv", header
                + "B-187-8,5000000017,22/05/2024,1,1,100\n"          // 2 good
                + "B-187-8,5000000017,22/05/2024,1,1\n"              // 3 missing column
                + "B-187-8,5000000017,22/05/2024,1,1,100,9\n"        // 4 extra column
                + "B-187-8,5000000017,31/02/2024,1,1,100\n"          // 5 bad date
                + "B-187-8,5000000017,01/06/2024,1,1,100\n"          // 6 future date
                + "B-187-9999,5000000017,22/05/2024,1,1,100\n"       // 7 unknown booth
                + "B-187-8,5099999999,22/05/2024,1,1,100\n"          // 8 unknown volunteer
                + "B-187-8,5000000017,21/05/2024,-3,1,100\n"         // 9 negative
                + "B-187-8,5000000017,21/05/2024,1,9999,100\n"       // 10 absurd
                + "B-187-8,5000000017,22/05/2024,1,1,100\n"          // 11 duplicate of 2
                + "B-187-1,5000000017,20/05/2024,1,1,100\n"          // 12 not the volunteer's booth
                + "\n"), ImportMode.ALL_OR_NOTHING);
        balanced(s);
        assertThat(s.total()).isEqualTo(11);
        assertThat(s.reports()).isEqualTo(1);
        assertThat(s.duplicates()).isEqualTo(1);
        assertThat(s.skipped()).singleElement().satisfies(p -> assertThat(p.message()).isEqualTo("line 11: the same as line 2; skipped"));
        assertThat(s.saved()).isFalse();
        Map<Long, String> byLine = new java.util.HashMap<>();
        s.errors().forEach(e -> byLine.put(e.line(), e.reason()));
        assertThat(byLine).containsOnlyKeys(3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 12L);
        assertThat(byLine.get(3L)).contains("5 fields but the header has 6");
        assertThat(byLine.get(4L)).contains("7 fields");
        assertThat(byLine.get(5L)).contains("date:").contains("not a date on the calendar");
        assertThat(byLine.get(6L)).contains("day:").contains("future");
        assertThat(byLine.get(7L)).contains("booth: there is no booth B-187-9999");
        assertThat(byLine.get(8L)).contains("phone: no volunteer has the number +91 ••••• •9999");
        assertThat(byLine.get(9L)).contains("forwarded: must be from 0 to 50, not -3");
        assertThat(byLine.get(10L)).contains("added: must be from 0 to 500, not 9999");
        assertThat(byLine.get(12L)).contains("booth: ").contains("B-187-8, not B-187-1");
        assertThat(s.errors()).allSatisfy(e -> assertThat(e.reason()).doesNotContainPattern("\\d{10}"));
        assertThat(state()).isEqualTo(state);

        ImportSummary kept = run(file("rows.csv", Files.readString(files.resolve("rows.csv"))), ImportMode.KEEP_GOOD);
        assertThat(kept.saved()).isTrue();
        assertThat(kept.reports()).isEqualTo(1);
        assertThat(reports.reportOf(17, LocalDate.of(2024, 5, 22)).orElseThrow().groupSize()).isEqualTo(100);
    }

    void assertFileError(String text, long line, String words) throws IOException {
        Path f = file("bad-" + Math.abs(text.hashCode()) + ".csv", text);
        assertThatThrownBy(() -> run(f, ImportMode.KEEP_GOOD)).isInstanceOfSatisfying(ReportImportException.class, e -> {
            assertThat(e.line()).isEqualTo(line);
            assertThat(e.getMessage()).contains(words);
        });
    }

    @Test
    void theFormatCanBeForcedAndAFolderOrMissingFileIsRefused() throws IOException {
        assertThatThrownBy(() -> run(files, ImportMode.KEEP_GOOD)).isInstanceOf(ReportImportException.class).hasMessageContaining("folder");
        assertThatThrownBy(() -> run(files.resolve("nope.csv"), ImportMode.KEEP_GOOD)).isInstanceOf(ReportImportException.class)
                .hasMessageContaining("does not exist");
        Path google = resource(files, "google-forms.csv");
        assertThatThrownBy(() -> importer.importFile(google, ImportRequest.of(ImportFormat.KOBO, ImportMode.KEEP_GOOD, true)))
                .isInstanceOfSatisfying(ReportImportException.class, e -> {
                    assertThat(e.line()).isEqualTo(1);
                    assertThat(e.getMessage()).contains("separated by ';' but this file uses commas");
                });
        ImportSummary asCsv = importer.importFile(google, ImportRequest.of(ImportFormat.CSV, ImportMode.KEEP_GOOD, true));
        assertThat(asCsv.format()).isEqualTo(ImportFormat.CSV);
        assertThat(asCsv.total()).isEqualTo(3);
    }
}
