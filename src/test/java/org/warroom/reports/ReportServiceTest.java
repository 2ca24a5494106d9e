package org.warroom.reports;

import org.warroom.testing.BothEngines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.warroom.reports.ReportFixtures.TODAY;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warroom.app.AppContext;
import org.warroom.people.PhoneNumbers;
import org.warroom.people.ValidationException;
import org.warroom.reports.ReportFixtures.Vol;
import org.warroom.reports.importers.IssueTag;
import org.warroom.reports.importers.Mood;
import org.warroom.testing.TestDb;

/** Typed reports, roll-ups, the missing list and its exports, feedback: on the real Sultanpur database, fixed clock. */
@BothEngines
class ReportServiceTest {
    @TempDir
    static Path dbDir;
    static AppContext ctx;
    static ReportService reports;
    static long district;

    @TempDir
    Path files;

    @BeforeAll
    static void build() {
        ctx = TestDb.sultanpur(dbDir);
        reports = ReportFixtures.reports(ctx);
        district = ReportFixtures.unitId(ctx, "D-SULTANPUR");
    }

    @AfterAll
    static void close() {
        ctx.close();
    }

    static ReportDraft draft(Vol v, LocalDate day, Integer fwd, Integer added, Integer members, Set<Integer> slots) {
        return new ReportDraft(v.id(), null, day, slots, fwd, added, members, Set.of(), null, null);
    }

    Map<Long, DayRollup> rollupsOf(List<Long> units, LocalDate day) {
        Map<Long, DayRollup> m = new HashMap<>();
        units.forEach(u -> m.put(u, reports.rollup(u, day, day).getFirst()));
        return m;
    }

    @Test
    void aTypedReportRaisesEveryLevelOfThatDayByExactlyOne() {
        LocalDate day = LocalDate.of(2024, 5, 20);
        List<Vol> booth = ReportFixtures.atBooth(ctx, "B-187-81");
        Vol a = booth.get(0);
        Vol b = booth.get(1);
        List<Long> chain = ReportFixtures.chain(ctx, a.boothId());
        assertThat(chain).hasSize(8); // state, region, district, seat, mandal, sector, booth + Lok Sabha seat
        Map<Long, DayRollup> before = rollupsOf(chain, day);

        SavedReport saved = reports.add(draft(a, day, 6, 12, 148, Set.of(1, 2, 3)));
        assertThat(saved.merged()).isFalse();
        assertThat(saved.report().source()).isEqualTo(ReportSource.TYPED);
        Map<Long, DayRollup> after = rollupsOf(chain, day);
        for (long u : chain) {
            assertThat(after.get(u).reported()).as("unit %d", u).isEqualTo(before.get(u).reported() + 1);
            assertThat(after.get(u).reportingBooths()).isEqualTo(before.get(u).reportingBooths() + 1);
            assertThat(after.get(u).forwarded()).isEqualTo(before.get(u).forwarded() + 6);
            assertThat(after.get(u).added()).isEqualTo(before.get(u).added() + 12);
            assertThat(after.get(u).slots().slot(2)).isEqualTo(before.get(u).slots().slot(2) + 1);
            assertThat(after.get(u).slots().slot(4)).isEqualTo(before.get(u).slots().slot(4));
        }
        // the day before and after are untouched
        assertThat(reports.rollup(a.boothId(), day.plusDays(1), day.plusDays(1)).getFirst().reported()).isZero();

        // a second report the same day is merged: still one volunteer, the new numbers replace the old
        SavedReport again = reports.add(new ReportDraft(a.id(), a.boothId(), day, Set.of(4), 8, null, null,
                EnumSet.of(IssueTag.RUMOUR), Mood.NEGATIVE, "rumour about ration cards"));
        assertThat(again.merged()).isTrue();
        assertThat(again.report().id()).isEqualTo(saved.report().id());
        assertThat(again.report().added()).isEqualTo(12);
        assertThat(again.report().forwarded()).isEqualTo(8);
        assertThat(again.report().slots()).containsExactly(4);
        Map<Long, DayRollup> merged = rollupsOf(chain, day);
        for (long u : chain) {
            assertThat(merged.get(u).reported()).isEqualTo(before.get(u).reported() + 1);
            assertThat(merged.get(u).forwarded()).isEqualTo(before.get(u).forwarded() + 8);
            assertThat(merged.get(u).slots().slot(2)).isEqualTo(before.get(u).slots().slot(2));
            assertThat(merged.get(u).slots().slot(4)).isEqualTo(before.get(u).slots().slot(4) + 1);
        }

        // a second volunteer of the same booth: one more reporter, the booth already counted
        reports.add(draft(b, day, 2, 0, null, Set.of()));
        Map<Long, DayRollup> two = rollupsOf(chain, day);
        for (long u : chain) {
            assertThat(two.get(u).reported()).isEqualTo(before.get(u).reported() + 2);
            assertThat(two.get(u).reportingBooths()).isEqualTo(before.get(u).reportingBooths() + 1);
        }
        assertThat(reports.reportedToday(List.of(a.boothId(), ReportFixtures.unitId(ctx, "B-187-82")), day)).containsExactly(a.boothId());
        assertThat(reports.slotTotals(district, day).slot(4)).isEqualTo(before.get(district).slots().slot(4) + 1);
    }

    @Test
    void theMissingListShrinksAndEveryoneIsExpected() {
        LocalDate day = LocalDate.of(2024, 5, 21);
        MissingList before = reports.missing(district, day);
        assertThat(before.expected()).isEqualTo(7817); // active booth IT volunteers of the demo district
        assertThat(before.missing()).isEqualTo(before.expected() - reports.rollup(district, day, day).getFirst().reported());
        assertThat(before.groups()).hasSize(30); // one group per mandal
        assertThat(before.groups().getFirst().districtConvenors()).hasSize(1);
        Vol v = ReportFixtures.atBooth(ctx, "B-187-233").getFirst();
        assertThat(names(before)).contains(v.id());

        reports.add(draft(v, day, 1, 1, 100, Set.of(1)));
        MissingList after = reports.missing(district, day);
        assertThat(after.missing()).isEqualTo(before.missing() - 1);
        assertThat(names(after)).doesNotContain(v.id());
        // the same list for the volunteer's booth and seat
        assertThat(reports.missing(v.boothId(), day).groups().stream().flatMap(g -> g.volunteers().stream())
                .map(MissingVolunteer::volunteerId)).doesNotContain(v.id());
        MissingList seat = reports.missing(ReportFixtures.unitId(ctx, "AC-187"), day);
        assertThat(seat.expected() - seat.missing()).isEqualTo(1);
        // expected from coverage equals the volunteers the list is built from
        DayRollup r = reports.rollup(ReportFixtures.unitId(ctx, "AC-187"), day, day).getFirst();
        assertThat(r.expected()).isEqualTo(seat.expected());
        assertThat(r.rate()).isEqualTo(1.0 / seat.expected());
    }

    private static List<Long> names(MissingList l) {
        return l.groups().stream().flatMap(g -> g.volunteers().stream()).map(MissingVolunteer::volunteerId).toList();
    }

    @Test
    void rankingHeatmapAndRatesComeFromTheRollup() {
        LocalDate day = LocalDate.of(2024, 5, 22);
        List<Vol> booth = ReportFixtures.atBooth(ctx, "B-189-306");
        booth.forEach(v -> reports.add(draft(v, day, 3, 1, null, Set.of(1, 6))));
        List<UnitRate> seats = reports.childrenRanking(district, day);
        assertThat(seats).hasSize(5);
        // worst first: the seat with reports is last
        assertThat(seats.getLast().code()).isEqualTo("AC-189");
        assertThat(seats.getLast().reported()).isEqualTo(booth.size());
        assertThat(seats.getFirst().rate()).isZero();
        int expectedSum = seats.stream().mapToInt(UnitRate::expected).sum();
        assertThat(expectedSum).isEqualTo(reports.rollup(district, day, day).getFirst().expected());

        Heatmap map = reports.heatmap(district, day.minusDays(2), day);
        assertThat(map.days()).hasSize(3);
        assertThat(map.children()).hasSize(5);
        int row = map.children().stream().map(UnitRate::code).toList().indexOf("AC-189");
        assertThat(map.rates().get(row).get(2)).isEqualTo((double) booth.size() / map.children().get(row).expected());
        assertThat(reports.heatmap(district, 7).days()).hasSize(7).endsWith(TODAY);

        List<DayRollup> series = reports.rollup(district, day.minusDays(6), day);
        assertThat(series).hasSize(7);
        assertThat(series.getLast().slots().slot(6)).isGreaterThanOrEqualTo(booth.size());
        assertThat(reports.slotTotals(ReportFixtures.unitId(ctx, "AC-189"), day).slot(6)).isEqualTo(booth.size());
    }

    @Test
    void parentsEqualTheSumOfTheirChildren() {
        LocalDate day = LocalDate.of(2024, 5, 23);
        for (String code : List.of("B-187-1", "B-188-5", "B-190-40", "B-191-7")) {
            ReportFixtures.atBooth(ctx, code).forEach(v -> reports.add(draft(v, day, 2, 1, null, Set.of(2))));
        }
        for (long parent : List.of(district, ReportFixtures.unitId(ctx, "AC-187"))) {
            DayRollup p = reports.rollup(parent, day, day).getFirst();
            List<UnitRate> kids = reports.childrenRanking(parent, day);
            assertThat(kids.stream().mapToInt(UnitRate::reported).sum()).isEqualTo(p.reported());
            assertThat(kids.stream().mapToInt(UnitRate::reportingBooths).sum()).isEqualTo(p.reportingBooths());
        }
        assertThat(reports.rollup(district, day, day).getFirst().reportingBooths()).isEqualTo(4);
    }

    @Test
    void quickEntryFindsVolunteersByPhoneOrName() {
        Vol v = ReportFixtures.vol(ctx, 1000);
        String digits = v.phone().substring(3);
        for (String typed : List.of(v.phone(), digits, PhoneNumbers.display(v.phone()), "0" + digits, "91" + digits)) {
            assertThat(reports.findVolunteers(typed, null, 5)).as(typed).extracting(VolunteerMatch::volunteerId).containsExactly(v.id());
        }
        List<VolunteerMatch> byName = reports.findVolunteers(v.name().substring(0, 4), ReportFixtures.unitId(ctx, "AC-187"), 50);
        assertThat(byName).extracting(VolunteerMatch::volunteerId).contains(v.id());
        assertThat(byName.getFirst().maskedPhone()).doesNotContainPattern("\\d{5}");
        String surname = v.name().substring(v.name().indexOf(' ') + 1);
        assertThat(reports.findVolunteers(surname.toLowerCase(), v.boothId(), 10)).extracting(VolunteerMatch::volunteerId).contains(v.id());
        // outside its scope, and the inactive volunteer 1, are not offered
        assertThat(reports.findVolunteers(v.phone(), ReportFixtures.unitId(ctx, "AC-188"), 5)).isEmpty();
        assertThat(reports.findVolunteers("+915000000001", null, 5)).isEmpty();
        assertThat(reports.findVolunteers("%", null, 5)).isEmpty();
    }

    @Test
    void refusesWhatCannotBeTrue() {
        Vol v = ReportFixtures.vol(ctx, 1001);
        long count = reports.countReports();
        var rollups = ReportFixtures.rollups(ctx);
        assertField(() -> reports.add(draft(v, TODAY.plusDays(1), 1, 1, 1, Set.of())), "day", "future");
        assertField(() -> reports.add(draft(v, TODAY, 51, 1, 1, Set.of())), "forwarded", "0 to 50");
        assertField(() -> reports.add(draft(v, TODAY, -1, 1, 1, Set.of())), "forwarded", "not -1");
        assertField(() -> reports.add(draft(v, TODAY, 1, 501, 1, Set.of())), "added", "0 to 500");
        assertField(() -> reports.add(draft(v, TODAY, 1, 1, 1025, Set.of())), "groupSize", "1024");
        assertField(() -> reports.add(draft(v, TODAY, 1, 1, 1, Set.of(7))), "slots", "1 to 6");
        assertField(() -> reports.add(draft(v, TODAY, 1, 1, 1, Set.of()).withBooth(ReportFixtures.unitId(ctx, "B-187-1"))),
                "booth", "B-187-233");
        assertField(() -> reports.add(draft(ReportFixtures.vol(ctx, 1), TODAY, 1, 1, 1, Set.of())), "volunteer", "inactive");
        assertField(() -> reports.add(new ReportDraft(999_999, null, TODAY, Set.of(), 1, null, null, Set.of(), null, null)),
                "volunteer", "no volunteer");
        assertThat(reports.countReports()).isEqualTo(count);
        assertThat(ReportFixtures.rollups(ctx)).isEqualTo(rollups);
    }

    static void assertField(Runnable r, String field, String words) {
        assertThatThrownBy(r::run).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.getMessage()).contains(words);
        });
    }

    @Test
    void missingListExportsToCsvAndXlsx() throws IOException {
        LocalDate day = LocalDate.of(2024, 5, 19);
        long mandal = ctx.org().byCode("M-190-1").orElseThrow().unit().id();
        MissingList list = reports.missing(mandal, day);
        assertThat(list.missing()).isPositive();
        Path csv = files.resolve("missing.csv");
        reports.exportMissingCsv(list, csv, false);
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines.getFirst()).isEqualTo("\uFEFF" + String.join(",", MissingListExport.HEADER));
        assertThat(lines).hasSize(list.missing() + 1);
        assertThat(String.join("\n", lines)).doesNotContainPattern("\\d{8}");

        Path xlsx = files.resolve("missing.xlsx");
        reports.exportMissingXlsx(list, xlsx, true);
        List<List<String>> rows = new ArrayList<>();
        try (ReadableWorkbook wb = new ReadableWorkbook(xlsx.toFile()); var stream = wb.getFirstSheet().openStream()) {
            stream.forEach((Row r) -> {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < r.getCellCount(); c++) {
                    cells.add(r.getCellText(c));
                }
                rows.add(cells);
            });
        }
        assertThat(rows.getFirst()).isEqualTo(MissingListExport.HEADER);
        assertThat(rows).hasSize(list.missing() + 1);
        MissingVolunteer first = list.groups().getFirst().volunteers().getFirst();
        assertThat(rows.get(1)).containsSubsequence(first.boothCode(), first.boothName(), first.name(), PhoneNumbers.display(first.phone()));
        assertThat(rows.get(1).get(3)).isEqualTo(list.groups().getFirst().mandalName());
    }

    @Test
    void boothAndPlanFeedbackReplaceTheirEarlierEntry() {
        long booth = ReportFixtures.unitId(ctx, "B-188-9");
        LocalDate tuesday = LocalDate.of(2024, 5, 21);
        LocalDate thursday = LocalDate.of(2024, 5, 23);
        reports.saveBoothFeedback(new BoothFeedbackDraft(booth, tuesday, null, Mood.NEUTRAL, Set.of(IssueTag.LOCAL), "road"));
        reports.saveBoothFeedback(new BoothFeedbackDraft(booth, LocalDate.of(2024, 5, 20), null, Mood.POSITIVE, Set.of(), "better"));
        reports.saveBoothFeedback(new BoothFeedbackDraft(booth, thursday, null, Mood.NEGATIVE, Set.of(), null));
        assertThat(ReportFixtures.count(ctx, "booth_feedback")).isEqualTo(2);
        BoothFeedbackStatus first = reports.boothFeedbackStatus(ReportFixtures.unitId(ctx, "AC-188"), tuesday);
        assertThat(first.half()).isEqualTo(1);
        assertThat(first.withFeedback()).isEqualTo(1);
        assertThat(first.missing()).isEqualTo(first.booths() - 1);
        assertThat(reports.boothFeedbackStatus(district, LocalDate.of(2024, 5, 26)).half()).isEqualTo(2);

        reports.savePlanFeedback(new PlanFeedbackDraft("Ujjwala week", booth, PlanPhase.BEFORE, tuesday, null, Mood.NEUTRAL, Set.of(), "x"));
        reports.savePlanFeedback(new PlanFeedbackDraft("Ujjwala week", booth, PlanPhase.BEFORE, tuesday, null, Mood.POSITIVE, Set.of(), "y"));
        reports.savePlanFeedback(new PlanFeedbackDraft("Ujjwala week", booth, PlanPhase.AFTER, thursday, null, Mood.POSITIVE, Set.of(), "z"));
        assertThat(ReportFixtures.count(ctx, "plan_feedback")).isEqualTo(2);
        assertField(() -> reports.savePlanFeedback(new PlanFeedbackDraft(" ", booth, PlanPhase.AFTER, thursday, null, null, Set.of(), null)),
                "plan", "Name the plan");
        assertField(() -> reports.saveBoothFeedback(new BoothFeedbackDraft(district, tuesday, null, null, Set.of(), null)),
                "booth", "not a booth");
        assertField(() -> reports.saveBoothFeedback(new BoothFeedbackDraft(booth, TODAY.plusDays(2), null, null, Set.of(), null)),
                "day", "future");
    }
}
