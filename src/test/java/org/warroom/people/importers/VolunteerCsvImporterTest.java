package org.warroom.people.importers;

import org.warroom.testing.BothEngines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.warroom.app.AppContext;
import org.warroom.org.Coverage;
import org.warroom.org.TreeMode;
import org.warroom.org.Unit;
import org.warroom.org.UnitRow;
import org.warroom.people.Role;
import org.warroom.people.Volunteer;
import org.warroom.people.VolunteerDraft;
import org.warroom.people.importers.ImportReport.Mode;
import org.warroom.people.importers.ImportReport.RowError;
import org.warroom.testing.TestDb;

/** The importer against the real Sultanpur demo database: every bad input, both modes, dry runs, rollback. */
@BothEngines
class VolunteerCsvImporterTest {
    static final String HEADER = "seat,booth,name,phone,consent_date\n";
    static final String PAST = "15/08/2024";

    @TempDir
    static Path dbDir;
    static AppContext ctx;
    static VolunteerCsvImporter importer;
    /** Booths nobody has volunteered for yet; each test takes its own, so tests do not disturb each other. */
    static final Deque<Booth> emptyBooths = new ArrayDeque<>();
    static final AtomicInteger phones = new AtomicInteger();

    @TempDir
    Path files;

    record Booth(int seat, int part, long id) {
        String row(String name, String phone, String date) {
            return seat + "," + part + "," + name + "," + phone + "," + date + "\n";
        }
    }

    @BeforeAll
    static void build() {
        ctx = TestDb.sultanpur(dbDir);
        importer = new VolunteerCsvImporter(ctx.org(), ctx.people());
        for (int seat = 187; seat <= 191; seat++) {
            for (int part = 1, misses = 0; misses < 3; part++) {
                var row = ctx.org().booth(seat, part);
                misses = row.isPresent() ? 0 : misses + 1;
                // coverage counts active volunteers only; an empty booth has no inactive ones either
                if (row.isPresent() && row.get().coverage().volunteers() == 0
                        && ctx.people().volunteersOf(row.get().unit().id()).isEmpty()) {
                    emptyBooths.add(new Booth(seat, part, row.get().unit().id()));
                }
            }
        }
    }

    @AfterAll
    static void close() {
        ctx.close();
    }

    static Booth booth() {
        return emptyBooths.pop();
    }

    /** A fresh, valid Indian mobile number, ten digits (98765 00000 upwards). */
    static String phone() {
        return String.format("98765%05d", phones.incrementAndGet());
    }

    Path csv(String text) throws IOException {
        return csv(text.getBytes(StandardCharsets.UTF_8));
    }

    Path csv(byte[] bytes) throws IOException {
        Path p = Files.createTempFile(files, "volunteers", ".csv");
        Files.write(p, bytes);
        return p;
    }

    Coverage coverage(long unitId) {
        return ctx.org().unit(unitId).orElseThrow().coverage();
    }

    /** Imports all-or-nothing, asserts nothing changed (count, the booth's coverage) and returns the one error. */
    RowError refused(String text, Booth booth) throws IOException {
        long count = ctx.people().countVolunteers();
        Coverage before = coverage(booth.id());
        ImportReport report = importer.importFile(csv(text), Mode.ALL_OR_NOTHING, false);
        assertThat(report.saved()).isFalse();
        assertThat(report.imported()).isZero();
        assertThat(ctx.people().countVolunteers()).isEqualTo(count);
        assertThat(coverage(booth.id())).isEqualTo(before);
        assertThat(report.errors()).hasSize(1);
        RowError error = report.errors().getFirst();
        assertThat(error.reason()).doesNotContainPattern("\\d{10}");
        return error;
    }

    ImportException fileError(byte[] bytes) throws IOException {
        long count = ctx.people().countVolunteers();
        Path p = csv(bytes);
        ImportException e = catchThrowableOfType(ImportException.class, () -> importer.importFile(p, Mode.KEEP_GOOD, false));
        assertThat(e).as("an ImportException").isNotNull();
        assertThat(ctx.people().countVolunteers()).isEqualTo(count);
        return e;
    }

    ImportException fileError(String text) throws IOException {
        return fileError(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void goodImportRaisesTheCoverageOfTheBoothAndItsAncestors() throws IOException {
        Booth b = booth();
        Unit boothUnit = ctx.org().unit(b.id()).orElseThrow().unit();
        List<UnitRow> ancestry = ctx.org().ancestry(boothUnit);
        UnitRow seat = ancestry.stream().filter(r -> r.unit().code().equals("AC-" + b.seat())).findFirst().orElseThrow();
        UnitRow district = ctx.org().findDesk("D-SULTANPUR").orElseThrow();
        String p1 = phone();
        String p2 = phone();

        ImportReport report = importer.importFile(csv(HEADER + b.row("Ram Kumar", p1, PAST) + b.row("सीता देवी", p2, "2024-03-05")),
                Mode.KEEP_GOOD, false);

        assertThat(report).isEqualTo(new ImportReport(2, 2, List.of(), Mode.KEEP_GOOD, true));
        assertThat(coverage(b.id()).volunteers()).isEqualTo(2);
        assertThat(coverage(b.id()).boothsAny()).isEqualTo(1);
        assertThat(coverage(seat.unit().id()).boothsAny()).isEqualTo(seat.coverage().boothsAny() + 1);
        assertThat(coverage(seat.unit().id()).volunteers()).isEqualTo(seat.coverage().volunteers() + 2);
        assertThat(coverage(district.unit().id()).volunteers()).isEqualTo(district.coverage().volunteers() + 2);
        List<Volunteer> saved = ctx.people().volunteersOf(b.id());
        assertThat(saved).extracting(Volunteer::name).containsExactlyInAnyOrder("Ram Kumar", "सीता देवी");
        assertThat(saved).extracting(Volunteer::phone).containsExactlyInAnyOrder("+91" + p1, "+91" + p2);
        assertThat(saved).allSatisfy(v -> {
            assertThat(v.role()).isEqualTo(Role.BOOTH_IT);
            assertThat(v.wingId()).isEqualTo(1);
            assertThat(v.active()).isTrue();
        });
        assertThat(saved).extracting(Volunteer::consentDate)
                .containsExactlyInAnyOrder(LocalDate.of(2024, 8, 15), LocalDate.of(2024, 3, 5));
    }

    @Test
    void acceptsTheFormatsPeopleTypeBomCrlfAnyColumnOrderHindiLabels() throws IOException {
        Booth b = booth();
        String text = "\uFEFFName,PHONE,Consent Date,Seat,Booth,Role,Wing,Active,notes\r\n"
                + "\"Sharma, Ram\",98765 43210," + PAST + "," + b.seat() + "," + b.part() + ",बूथ आईटी कार्यकर्ता,युवा मोर्चा,हाँ,x\r\n"
                + "Geeta,+91-91234-56780,5/3/2024," + b.seat() + "," + b.part() + ",booth it,women,नहीं,\r\n"
                + "Mohan,07007012345,2024-01-31," + b.seat() + "," + b.part() + ",,KISAN,no,\r\n"
                + ",,,,,,,,\r\n\r\n";

        ImportReport report = importer.importFile(csv(text), Mode.ALL_OR_NOTHING, false);

        assertThat(report.errors()).isEmpty();
        assertThat(report.rowsRead()).isEqualTo(3);
        assertThat(report.saved()).isTrue();
        List<Volunteer> saved = ctx.people().volunteersOf(b.id());
        assertThat(saved).extracting(Volunteer::name, Volunteer::phone, Volunteer::wingId, Volunteer::active)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("Sharma, Ram", "+919876543210", 2, true),
                        org.assertj.core.groups.Tuple.tuple("Geeta", "+919123456780", 3, false),
                        org.assertj.core.groups.Tuple.tuple("Mohan", "+917007012345", 4, false));
    }

    @Test
    void unitCodesPlaceMandalAndDistrictTeams() throws IOException {
        UnitRow seat = ctx.org().findDesk("AC-187").orElseThrow();
        Unit mandal = ctx.org().children(seat.unit(), TreeMode.ORGANISATION).stream().map(UnitRow::unit)
                .filter(u -> u.code().equals("M-187-2")).findFirst().orElseThrow();
        Unit district = ctx.org().findDesk("D-SULTANPUR").orElseThrow().unit();
        long count = ctx.people().countVolunteers();
        String text = "unit,name,phone,role,consent_date\n"
                + "m-187-2,Anil," + phone() + ",," + PAST + "\n"
                + "D-SULTANPUR,Sunita," + phone() + ",सोशल मीडिया संयोजक," + PAST + "\n"
                + "AC-187,Vijay," + phone() + ",it convenor," + PAST + "\n";

        ImportReport report = importer.importFile(csv(text), Mode.ALL_OR_NOTHING, false);

        assertThat(report.errors()).isEmpty();
        assertThat(report.imported()).isEqualTo(3);
        assertThat(ctx.people().countVolunteers()).isEqualTo(count + 3);
        assertThat(ctx.people().volunteersOf(mandal.id())).filteredOn(v -> v.name().equals("Anil"))
                .extracting(Volunteer::role).containsExactly(Role.MANDAL_IT);
        assertThat(ctx.people().volunteersOf(district.id())).filteredOn(v -> v.name().equals("Sunita"))
                .extracting(Volunteer::role).containsExactly(Role.SOCIAL_MEDIA_CONVENOR);
        assertThat(ctx.people().volunteersOf(seat.unit().id())).filteredOn(v -> v.name().equals("Vijay"))
                .extracting(Volunteer::role).containsExactly(Role.IT_CONVENOR);
    }

    @Test
    void semicolonSeparatedFileIsRecognised() throws IOException {
        ImportException e = fileError("seat;booth;name;phone;consent_date\n187;1;Ram;" + phone() + ";" + PAST + "\n");
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.getMessage()).contains("separated by ';'").contains("not commas");
    }

    @Test
    void tabSeparatedFileIsRecognised() throws IOException {
        ImportException e = fileError("seat\tbooth\tname\tphone\tconsent_date\n187\t1\tRam\t" + phone() + "\t" + PAST + "\n");
        assertThat(e.getMessage()).contains("separated by tabs");
    }

    @Test
    void oneColumnWithoutKnownNamesIsAClearError() throws IOException {
        ImportException e = fileError("Ram Kumar\nSita\n");
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.getMessage()).contains("missing columns").contains("The first line must be the column names");
    }

    @Test
    void missingColumnsAreAllNamed() throws IOException {
        ImportException e = fileError("seat,name,wing\n187,Ram,YOUTH\n");
        assertThat(e.getMessage()).contains("missing columns: booth, phone, consent_date").contains("it has: seat, name, wing");
        assertThat(fileError("name,phone\nRam,x\n").getMessage())
                .contains("missing columns: seat and booth (or unit), consent_date");
        assertThat(fileError("seat,booth,name,phone,Phone,consent_date\n").getMessage()).contains("\"phone\" appears twice");
    }

    @Test
    void emptyFilesAreClearErrors() throws IOException {
        assertThat(fileError(new byte[0]).getMessage()).contains("The file is empty");
        assertThat(fileError(HEADER).getMessage()).contains("no volunteers");
        assertThat(fileError(HEADER + "\n,,,,\n\n").getMessage()).contains("no volunteers");
        assertThat(fileError("\n\n").getMessage()).contains("the first line is empty");
    }

    @Test
    void nonUtf8BytesNameTheLine() throws IOException {
        Booth b = booth();
        byte[] good = (HEADER + b.row("Ram", phone(), PAST)).getBytes(StandardCharsets.UTF_8);
        byte[] latin1 = b.row("Ramé", phone(), PAST).getBytes(StandardCharsets.ISO_8859_1);
        byte[] bytes = new byte[good.length + latin1.length];
        System.arraycopy(good, 0, bytes, 0, good.length);
        System.arraycopy(latin1, 0, bytes, good.length, latin1.length);
        Coverage before = coverage(b.id());

        ImportException e = fileError(bytes);

        assertThat(e.line()).isEqualTo(3);
        assertThat(e.getMessage()).startsWith("Line 3:").contains("not UTF-8").contains("save it as \"CSV UTF-8");
        assertThat(coverage(b.id())).isEqualTo(before);
        assertThat(fileError(new byte[] {(byte) 0xFF, (byte) 0xFE, 's', 0}).getMessage()).contains("UTF-16");
    }

    @Test
    void invalidPhoneIsReportedWithoutEchoingIt() throws IOException {
        Booth b = booth();
        RowError e = refused(HEADER + b.row("Ram", phone(), PAST) + b.row("Shyam", "98765 4321", PAST), b);
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.reason()).startsWith("phone: Not a valid number").doesNotContain("4321");
        assertThat(e.message()).startsWith("line 3: phone:");
    }

    @Test
    void landlineIsRefused() throws IOException {
        Booth b = booth();
        RowError e = refused(HEADER + b.row("Ram", "0522 2234567", PAST) + b.row("Shyam", phone(), PAST), b);
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.reason()).startsWith("phone: ").contains("fixed line").contains("not a mobile");
    }

    @Test
    void duplicatePhoneInTheFilePointsToTheFirstLine() throws IOException {
        Booth b = booth();
        String p = phone();
        String sameInAnotherFormat = "+91 " + p.substring(0, 5) + " " + p.substring(5);
        RowError e = refused(HEADER + b.row("Ram", p, PAST) + b.row("Shyam", phone(), PAST)
                + b.row("Ram again", sameInAnotherFormat, PAST), b);
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.reason()).contains("already on line 2").contains("•" + p.substring(6));
    }

    @Test
    void phoneOfAnExistingVolunteerIsRefused() throws IOException {
        Booth b = booth();
        String p = phone();
        ctx.people().add(new VolunteerDraft(b.id(), "Existing Person", p, Role.BOOTH_IT, 1, LocalDate.of(2024, 1, 1), true));
        RowError e = refused(HEADER + b.row("Newcomer", phone(), PAST) + b.row("Same Number", "0" + p, PAST), b);
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.reason()).startsWith("phone: ").contains("already belongs to another volunteer (Existing Person)");
    }

    @Test
    void unknownSeatAndBoothAreNamed() throws IOException {
        Booth b = booth();
        RowError seat = refused(HEADER + "999,1,Ram," + phone() + "," + PAST + "\n" + b.row("Ok", phone(), PAST), b);
        assertThat(seat.line()).isEqualTo(2);
        assertThat(seat.reason()).isEqualTo("seat: there is no assembly seat 999 in this database.");
        RowError booth = refused(HEADER + b.row("Ok", phone(), PAST) + b.seat() + ",9999,Ram," + phone() + "," + PAST + "\n", b);
        assertThat(booth.line()).isEqualTo(3);
        assertThat(booth.reason()).isEqualTo("booth: seat " + b.seat() + " has no booth 9999.");
        RowError letters = refused(HEADER + b.seat() + ",12A,Ram," + phone() + "," + PAST + "\n", b);
        assertThat(letters.reason()).contains("booth: \"12A\" is not a booth (part) number");
        RowError unit = refused("unit,name,phone,consent_date\nM-187-999,Ram," + phone() + "," + PAST + "\n", b);
        assertThat(unit.reason()).startsWith("unit: no unit has the code \"M-187-999\"");
    }

    @Test
    void roleThatDoesNotFitTheUnitIsRefused() throws IOException {
        Booth b = booth();
        String text = "seat,booth,name,phone,role,consent_date\n"
                + b.seat() + "," + b.part() + ",Ram," + phone() + ",MANDAL_IT," + PAST + "\n";
        RowError e = refused(text, b);
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.reason()).isEqualTo("role: Mandal IT team does not fit a booth (B-" + b.seat() + "-" + b.part()
                + "); leave role empty for Booth IT volunteer.");
        RowError unknown = refused(text.replace("MANDAL_IT", "captain"), b);
        assertThat(unknown.reason()).startsWith("role: \"captain\" is not a role; use one of BOOTH_IT, MANDAL_IT");
    }

    @Test
    void blankNameIsRefused() throws IOException {
        Booth b = booth();
        RowError e = refused(HEADER + b.row("Ram", phone(), PAST) + b.row("  ", phone(), PAST), b);
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.reason()).isEqualTo("name: the volunteer's name is required.");
    }

    @Test
    void badDatesAreExplained() throws IOException {
        Booth b = booth();
        long count = ctx.people().countVolunteers();
        ImportReport report = importer.importFile(csv(HEADER + b.row("A", phone(), "31/02/2024")
                + b.row("B", phone(), "yesterday") + b.row("C", phone(), "05/03/24") + b.row("D", phone(), "")),
                Mode.KEEP_GOOD, false);
        assertThat(report.errors()).extracting(RowError::line).containsExactly(2L, 3L, 4L, 5L);
        assertThat(report.errors()).extracting(RowError::reason).containsExactly(
                "consent_date: \"31/02/2024\" is not a date on the calendar.",
                "consent_date: \"yesterday\" is not a date; write it as dd/mm/yyyy (15/08/2024) or yyyy-mm-dd (2024-08-15).",
                "consent_date: write the year with four digits (dd/mm/yyyy, e.g. 15/08/2024).",
                "consent_date: required; the date the volunteer agreed to their number being kept (dd/mm/yyyy).");
        assertThat(report.saved()).isFalse();
        assertThat(ctx.people().countVolunteers()).isEqualTo(count);
    }

    @Test
    void futureConsentDateIsRefused() throws IOException {
        Booth b = booth();
        String future = LocalDate.now().plusDays(3).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        RowError e = refused(HEADER + b.row("Ram", phone(), future), b);
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.reason()).isEqualTo("consent_date: The consent date is in the future.");
    }

    @Test
    void rowWithTheWrongNumberOfFieldsIsRefused() throws IOException {
        Booth b = booth();
        RowError e = refused(HEADER + b.row("Ram", phone(), PAST) + b.seat() + "," + b.part() + ",Sharma, Ram,"
                + phone() + "," + PAST + "\n", b);
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.reason()).startsWith("this line has 6 fields but the header has 5.").contains("double quotes");
    }

    @Test
    void quotedNameSpanningLinesKeepsPhysicalLineNumbers() throws IOException {
        Booth b = booth();
        RowError e = refused(HEADER + b.seat() + "," + b.part() + ",\"Ram\nKumar\"," + phone() + "," + PAST + "\n"
                + b.row("", phone(), PAST), b);
        assertThat(e.line()).isEqualTo(4);
    }

    @Test
    void unclosedQuoteIsAClearError() throws IOException {
        Booth b = booth();
        ImportException e = fileError(HEADER + b.row("Ram", phone(), PAST) + b.row("\"Shyam", phone(), PAST)
                + b.row("Mohan", phone(), PAST));
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.getMessage()).contains("never closed");
    }

    @Test
    void keepGoodSavesTheGoodRowsAllOrNothingSavesNone() throws IOException {
        Booth b1 = booth();
        Booth b2 = booth();
        Path file = csv(HEADER + b1.row("Ram", phone(), PAST) + b2.row("Shyam", "12345", PAST) + b2.row("Mohan", phone(), PAST));
        long count = ctx.people().countVolunteers();

        ImportReport none = importer.importFile(file, Mode.ALL_OR_NOTHING, false);
        assertThat(none.saved()).isFalse();
        assertThat(none.imported()).isZero();
        assertThat(none.errors()).extracting(RowError::line).containsExactly(3L);
        assertThat(none.summary()).isEqualTo("3 rows read: nothing saved, 1 problem (all or nothing).");
        assertThat(ctx.people().countVolunteers()).isEqualTo(count);
        assertThat(coverage(b1.id()).volunteers()).isZero();

        ImportReport some = importer.importFile(file, Mode.KEEP_GOOD, false);
        assertThat(some).isEqualTo(new ImportReport(3, 2, none.errors(), Mode.KEEP_GOOD, true));
        assertThat(some.summary()).isEqualTo("3 rows read: 2 saved, 1 problem.");
        assertThat(ctx.people().countVolunteers()).isEqualTo(count + 2);
        assertThat(coverage(b1.id()).volunteers()).isEqualTo(1);
        assertThat(coverage(b2.id()).volunteers()).isEqualTo(1);
    }

    @Test
    void dryRunSavesNothingAndPredictsTheRealRun() throws IOException {
        Booth b = booth();
        Path file = csv(HEADER + b.row("Ram", phone(), PAST) + b.row("", phone(), PAST) + b.row("Mohan", phone(), PAST));
        long count = ctx.people().countVolunteers();

        ImportReport keep = importer.preview(file, Mode.KEEP_GOOD);
        ImportReport all = importer.importFile(file, Mode.ALL_OR_NOTHING, true);

        assertThat(keep).isEqualTo(new ImportReport(3, 2, keep.errors(), Mode.KEEP_GOOD, false));
        assertThat(keep.errors()).extracting(RowError::line).containsExactly(3L);
        assertThat(keep.summary()).isEqualTo("3 rows read: 2 would be saved; nothing is saved yet, 1 problem.");
        assertThat(all.imported()).isZero();
        assertThat(ctx.people().countVolunteers()).isEqualTo(count);
        assertThat(coverage(b.id()).volunteers()).isZero();
        assertThat(importer.importFile(file, Mode.KEEP_GOOD, false).imported()).isEqualTo(keep.imported());
    }

    @Test
    void aConflictWhileSavingRollsBackTheWholeImport() throws IOException {
        Booth b = booth();
        Booth other = booth();
        String taken = phone();
        // another desk saves the same person between our check and our save
        VolunteerCsvImporter racing = new VolunteerCsvImporter(ctx.org(), ctx.people(), () -> ctx.people().add(
                new VolunteerDraft(other.id(), "Other Desk", taken, Role.BOOTH_IT, 1, LocalDate.of(2024, 2, 2), true)));
        long count = ctx.people().countVolunteers();

        ImportReport report = racing.importFile(csv(HEADER + b.row("Ram", phone(), PAST) + b.row("Shyam", taken, PAST)
                + b.row("Mohan", phone(), PAST)), Mode.KEEP_GOOD, false);

        assertThat(report.saved()).isFalse();
        assertThat(report.imported()).isZero();
        assertThat(report.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.reason()).startsWith("phone: This mobile number already belongs to another volunteer (Other Desk).")
                    .contains("Nothing was saved");
        });
        assertThat(ctx.people().countVolunteers()).isEqualTo(count + 1);
        assertThat(coverage(b.id()).volunteers()).isZero();
    }

    @Test
    void anyInputGivesAReportOrAClearErrorAndNeverLeaksAPhone() throws IOException {
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        // logback-test.xml logs warnings only; here every level is captured, and kept off the console
        Logger logger = (Logger) LoggerFactory.getLogger("org.warroom.people.importers");
        logger.setLevel(Level.ALL);
        logger.setAdditive(false);
        logger.addAppender(logs);
        RandomCsv random = new RandomCsv(20_240_817L);
        int reports = 0;
        int saves = 0;
        try {
            for (int i = 0; i < 600; i++) {
                byte[] bytes = random.next();
                Mode mode = i % 2 == 0 ? Mode.KEEP_GOOD : Mode.ALL_OR_NOTHING;
                boolean dryRun = i % 3 != 0;
                long count = ctx.people().countVolunteers();
                Path file = csv(bytes);
                String input = "input #" + i + ": " + new String(bytes, StandardCharsets.UTF_8);
                try {
                    ImportReport r = importer.importFile(file, mode, dryRun);
                    reports++;
                    saves += r.saved() ? 1 : 0;
                    long lines = new String(bytes, StandardCharsets.UTF_8).lines().count() + 1;
                    assertThat(r.rowsRead()).as(input).isPositive();
                    assertThat(r.imported()).as(input).isBetween(0, r.rowsRead());
                    if (dryRun) {
                        assertThat(r.saved()).as(input).isFalse();
                    }
                    assertThat(ctx.people().countVolunteers()).as(input).isEqualTo(count + (r.saved() ? r.imported() : 0));
                    for (RowError e : r.errors()) {
                        assertThat(e.line()).as(input).isBetween(0L, lines);
                        assertNoPhone(e.message(), input, random);
                    }
                } catch (ImportException e) {
                    assertThat(e.getMessage()).as(input).isNotBlank();
                    assertNoPhone(e.getMessage(), input, random);
                    assertThat(ctx.people().countVolunteers()).as(input).isEqualTo(count);
                }
            }
        } finally {
            logger.detachAppender(logs);
            logger.setLevel(null);
            logger.setAdditive(true);
        }
        assertThat(reports).as("inputs that reached a report").isGreaterThan(60);
        assertThat(saves).as("inputs that saved rows").isPositive();
        assertThat(logs.list).isNotEmpty();
        logs.list.forEach(event -> assertNoPhone(event.getFormattedMessage(), "log", random));
    }

    static void assertNoPhone(String text, String input, RandomCsv random) {
        String digits = Cells.asciiDigits(text).replaceAll("[^0-9]", "");
        for (String p : random.planted) {
            assertThat(digits).as("a phone number in \"" + text + "\" for " + input).doesNotContain(p);
        }
    }

    @Test
    void missingFileIsAClearError() {
        assertThatThrownBy(() -> importer.importFile(files.resolve("nope.csv"), Mode.KEEP_GOOD, true))
                .isInstanceOf(ImportException.class).hasMessageContaining("does not exist");
    }
}
