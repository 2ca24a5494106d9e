package org.warroom.dashboard;

import org.warroom.testing.BothEngines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warroom.app.AppContext;
import org.warroom.brief.BriefService;
import org.warroom.operators.Access;
import org.warroom.operators.AccessDeniedException;
import org.warroom.operators.OperatorRole;
import org.warroom.operators.Principal;
import org.warroom.org.UnitRow;
import org.warroom.platform.audit.Actor;
import org.warroom.platform.audit.AuditLog;
import org.warroom.posts.PostCalendar;
import org.warroom.reports.ReportDraft;
import org.warroom.reports.ReportService;
import org.warroom.testing.TestDb;

/** The dashboard of Sultanpur on a real H2 file: values, colours, trends, the empty unit, who may set thresholds. */
@BothEngines
class DashboardServiceTest {
    /** Noon in India on a Saturday: four of the six slots are due. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2024-05-25T06:30:00Z"), ZoneId.of("UTC"));
    static final LocalDate TODAY = LocalDate.of(2024, 5, 25);

    @TempDir
    static Path dir;
    static AppContext ctx;
    static Access access;
    static DashboardService dashboards;
    static int reportedToday;

    @BeforeAll
    static void build() {
        ctx = TestDb.sultanpur(dir.resolve("data"));
        ReportService reports = new ReportService(ctx.db().jdbi(), new AuditLog(CLOCK), new Actor("tester", "test-desk"), CLOCK);
        List<Long> vols = TestDb.boothVolunteers(ctx);
        for (int k = 3; k >= 1; k--) {
            for (int i = 0; i < 600; i += k) {
                reports.add(ReportDraft.numbers(vols.get(i), TODAY.minusDays(k), 3, 1, 40));
            }
        }
        for (int i = 0; i < 900; i += 2) {
            reports.add(ReportDraft.numbers(vols.get(i), TODAY, 3, 1, 40));
            reportedToday++;
        }
        access = new Access(Principal.open("tester"), "test-desk");
        BriefService brief = new BriefService(ctx.org(), reports, ctx.settings(), d -> List.of(0, 0, 0, 0, 0, 0), CLOCK);
        dashboards = new DashboardService(ctx.db().jdbi(), ctx.org(), reports, brief, ctx.posts(),
                new PostCalendar(ctx.db().jdbi(), ctx.posts(), ctx.calendar(), ctx.org()), ctx.calendar(), ctx.settings(),
                new AuditLog(CLOCK), access, CLOCK);
    }

    @AfterAll
    static void close() {
        ctx.close();
    }

    @Test
    void theStateTilesCarryTheCoverageAndTodaysReports() {
        Dashboard d = dashboards.refreshWithRanking(null);
        assertThat(dashboards.refresh(null).best()).as("the tab's refresh ranks nothing").isEmpty();
        UnitRow state = dashboards.state();
        assertThat(d.unit().unit().id()).isEqualTo(state.unit().id());
        assertThat(d.day()).isEqualTo(TODAY);
        assertThat(d.demoPreset()).startsWith("sultanpur");
        Tile covered = d.tile(Measure.COVERED);
        assertThat(covered.part()).isEqualTo(state.coverage().boothsAny());
        assertThat(covered.whole()).isEqualTo(2172);
        Tile volunteers = d.tile(Measure.VOLUNTEERS);
        assertThat(volunteers.part()).isEqualTo(state.coverage().volunteers());
        assertThat(volunteers.whole()).isEqualTo(5L * 2172);
        Tile reports = d.tile(Measure.REPORTS);
        assertThat(reports.part()).isEqualTo(reportedToday);
        assertThat(reports.value()).isCloseTo((double) reportedToday / reports.whole(), org.assertj.core.data.Offset.offset(1e-9));
        Threshold t = Measure.REPORTS.defaults();
        assertThat(reports.level()).isEqualTo(t.level(reports.value()));
        // reports have a history: the roll-up's days with someone expected; the four days with reports are not zero
        assertThat(reports.trend().days()).hasSize(14).endsWith(TODAY);
        assertThat(reports.trend().values().subList(10, 14)).allMatch(v -> v > 0);
        assertThat(reports.trend().values().getFirst()).isZero();
        // the snapshot measures start today: one day of data, not fourteen zeros
        assertThat(covered.trend().daysWithData()).isEqualTo(1);
        assertThat(covered.trend().values().getFirst()).isNaN();
        long due = java.util.stream.IntStream.rangeClosed(1, 6).filter(n -> !ctx.posts().slotTime(TODAY, n).isAfter(CLOCK.instant())).count();
        Tile released = d.tile(Measure.RELEASED);
        assertThat(released.whole()).as("slots due by noon").isEqualTo(due).isBetween(1L, 5L);
        assertThat(released.part()).isZero();
        assertThat(released.level()).as("slots due and nothing released").isEqualTo(Level.BAD);
        assertThat(released.bySlot()).containsExactly(0, 0, 0, 0, 0, 0);
        assertThat(released.trend().daysWithData()).isEqualTo(14);
        assertThat(d.tile(Measure.SILENT).hasData()).as("no election calendar: no silence data").isFalse();
        assertThat(d.tile(Measure.SILENT).level()).isEqualTo(Level.NONE);
        assertThat(d.worst()).isNotEmpty();
        assertThat(d.worst().getFirst().rate()).isLessThanOrEqualTo(d.best().getFirst().rate());
    }

    @Test
    void aSnapshotOfAnEarlierDayShowsInTheTrend() {
        UnitRow district = dashboards.find("D-SULTANPUR").orElseThrow();
        ctx.db().jdbi().useHandle(h -> h.createUpdate("INSERT INTO dashboard_day (unit_id, snap_day, measure, part, whole) "
                + "VALUES (:u, :d, 'covered', 1086, 2172)").bind("u", district.unit().id()).bind("d", TODAY.minusDays(2)).execute());
        Trend covered = dashboards.refresh(district).tile(Measure.COVERED).trend();
        assertThat(covered.daysWithData()).isEqualTo(2);
        assertThat(covered.values().get(11)).isEqualTo(0.5);
        // today's row was written by the refresh
        long rows = ctx.db().jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM dashboard_day WHERE unit_id = :u AND snap_day = :d")
                .bind("u", district.unit().id()).bind("d", TODAY).mapTo(Long.class).one());
        assertThat(rows).isEqualTo(3);
    }

    @Test
    void thresholdsSetTheColour() {
        UnitRow district = dashboards.find("Sultanpur").orElseThrow();
        double rate = dashboards.refresh(district).tile(Measure.REPORTS).value();
        dashboards.setThreshold(new Threshold(Measure.REPORTS, rate - 0.01, rate - 0.02));
        assertThat(dashboards.refresh(district).tile(Measure.REPORTS).level()).isEqualTo(Level.GOOD);
        dashboards.setThreshold(new Threshold(Measure.REPORTS, rate + 0.02, rate + 0.01));
        assertThat(dashboards.refresh(district).tile(Measure.REPORTS).level()).isEqualTo(Level.BAD);
        dashboards.setThreshold(new Threshold(Measure.REPORTS, rate + 0.02, rate - 0.01));
        assertThat(dashboards.refresh(district).tile(Measure.REPORTS).level()).isEqualTo(Level.WATCH);
        assertThat(dashboards.thresholds().get(Measure.REPORTS).good()).isEqualTo(rate + 0.02);
        long audited = ctx.db().jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM audit_log WHERE action = 'SETTING' "
                + "AND after_value LIKE 'reports:%'").mapTo(Long.class).one());
        assertThat(audited).isEqualTo(3);
        dashboards.setThreshold(Measure.REPORTS.defaults());
        assertThatThrownBy(() -> new Threshold(Measure.REPORTS, 0.5, 0.7)).hasMessageContaining("at least the watch");
        assertThatThrownBy(() -> new Threshold(Measure.COVERED, 80, 50)).hasMessageContaining("0 to 100");
    }

    @Test
    void theViewModelCoalescesNoticesAndLoadsOnlyWhenWatched() {
        java.util.ArrayDeque<Runnable> background = new java.util.ArrayDeque<>();
        var vm = new org.warroom.dashboard.ui.DashboardViewModel(dashboards,
                new org.warroom.platform.fx.FxTasks(background::add, Runnable::run));
        vm.follow(dashboards.find("D-SULTANPUR").orElseThrow());
        vm.liveChange(null);
        assertThat(background).as("no one watches: nothing loads").isEmpty();
        vm.setWatching(true);
        assertThat(background).hasSize(1);
        for (int i = 0; i < 20; i++) {
            vm.liveChange(null); // twenty notices while the first load runs
        }
        background.poll().run();
        assertThat(vm.loads()).isEqualTo(1);
        assertThat(background).as("the twenty notices became one more load").hasSize(1);
        background.poll().run();
        assertThat(background).isEmpty();
        assertThat(vm.loads()).isEqualTo(2);
        assertThat(vm.dashboardProperty().get().unit().unit().code()).isEqualTo("D-SULTANPUR");
        assertThat(vm.drillTarget().unit().code()).isEqualTo("D-SULTANPUR");
        // a notice about another part of the tree leaves the dashboard alone
        vm.liveChange(java.util.Set.of(-1L));
        assertThat(background).isEmpty();
        vm.showState();
        background.poll().run();
        assertThat(vm.dashboardProperty().get().unit().unit().id()).isEqualTo(dashboards.state().unit().id());
    }

    @Test
    void aViewerCannotChangeThresholds() {
        access.set(new Principal(42, "Leader", OperatorRole.LEADERSHIP_VIEWER, null, null, null));
        try {
            assertThat(dashboards.mayChangeThresholds()).isFalse();
            assertThatThrownBy(() -> dashboards.setThreshold(new Threshold(Measure.COVERED, 0.9, 0.7)))
                    .isInstanceOf(AccessDeniedException.class).hasMessageContaining("thresholds");
            assertThat(dashboards.thresholds().get(Measure.COVERED)).isEqualTo(Measure.COVERED.defaults());
        } finally {
            access.set(Principal.open("tester"));
        }
    }

    @Test
    void aUnitWithNoDataHasEmptyTilesNotZeros() {
        UnitRow district = dashboards.find("D-SULTANPUR").orElseThrow();
        long id = ctx.db().jdbi().withHandle(h -> {
            long next = h.createQuery("SELECT MAX(id) + 1 FROM unit").mapTo(Long.class).one();
            h.createUpdate("INSERT INTO unit (id, parent_id, kind, code, name_en, path, depth) VALUES (:id, :p, 'MANDAL', "
                    + "'M-EMPTY', 'Empty mandal', :path, :depth)").bind("id", next).bind("p", district.unit().id())
                    .bind("path", district.unit().path() + next + "/").bind("depth", district.unit().depth() + 1).execute();
            return next;
        });
        Dashboard d = dashboards.refreshWithRanking(ctx.org().unit(id).orElseThrow());
        assertThat(d.empty()).isTrue();
        for (Measure m : List.of(Measure.COVERED, Measure.VOLUNTEERS, Measure.REPORTS, Measure.SILENT)) {
            assertThat(d.tile(m).hasData()).as(m.code()).isFalse();
            assertThat(d.tile(m).level()).isEqualTo(Level.NONE);
            assertThat(d.tile(m).trend().daysWithData()).as(m.code()).isZero();
        }
        assertThat(d.best()).isEmpty();
    }
}
