package org.warroom.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.warroom.brief.Brief.Ranked;
import org.warroom.brief.BriefService;
import org.warroom.dashboard.db.DashboardDayDao;
import org.warroom.dashboard.db.DayValue;
import org.warroom.operators.Access;
import org.warroom.org.Coverage;
import org.warroom.org.OrgService;
import org.warroom.org.UnitRow;
import org.warroom.platform.audit.AuditLog;
import org.warroom.platform.db.Settings;
import org.warroom.platform.i18n.IndianFormat;
import org.warroom.posts.PostCalendar;
import org.warroom.posts.PostService;
import org.warroom.posts.PostStatus;
import org.warroom.posts.SilencePeriods;
import org.warroom.posts.ElectionCalendarService;
import org.warroom.reports.DayRollup;
import org.warroom.reports.ReportService;

/**
 * The leadership dashboard of a unit: six tiles with their 14-day trends and colours, from the other features'
 * services (coverage summary, report roll-ups, the posts calendar and approval queue, the election calendar) and the
 * dashboard's own daily snapshots of the measures that exist only "now". Thresholds live in settings; only an
 * administrator changes them, with an audit row.
 */
public final class DashboardService {
    /** Days a trend covers, today included. */
    public static final int DAYS = 14;
    /** The team a booth should have (the coverage's "full"): the volunteers tile counts against 5 a booth. */
    static final int PER_BOOTH = 5;
    static final String PREFIX = "dashboard.threshold.";
    private static final int EXTREMES = 5;
    private static final Logger LOG = LoggerFactory.getLogger(DashboardService.class);

    private final Jdbi jdbi;
    private final OrgService org;
    private final ReportService reports;
    private final BriefService brief;
    private final PostService posts;
    private final PostCalendar calendar;
    private final ElectionCalendarService elections;
    private final Settings settings;
    private final AuditLog audit;
    private final Access access;
    private final Clock clock;

    public DashboardService(Jdbi jdbi, OrgService org, ReportService reports, BriefService brief, PostService posts,
                            PostCalendar calendar, ElectionCalendarService elections, Settings settings, AuditLog audit,
                            Access access, Clock clock) {
        this.jdbi = jdbi;
        this.org = org;
        this.reports = reports;
        this.brief = brief;
        this.posts = posts;
        this.calendar = calendar;
        this.elections = elections;
        this.settings = settings;
        this.audit = audit;
        this.access = access;
        this.clock = clock;
    }

    /** The state (the top of the organisation). */
    public UnitRow state() {
        return brief.state();
    }

    /** A unit by code or by English or Hindi name. */
    public Optional<UnitRow> find(String codeOrName) {
        return brief.find(codeOrName);
    }

    /**
     * The dashboard of {@code unit} (null: the state) as of now, its tiles only (no ranking of the units below);
     * records today's snapshot of the "now" measures.
     */
    public Dashboard refresh(UnitRow unit) {
        return refresh(unit, false);
    }

    /** The dashboard with the best and worst units below by today's reporting, as the wall shows it. */
    public Dashboard refreshWithRanking(UnitRow unit) {
        return refresh(unit, true);
    }

    private Dashboard refresh(UnitRow unit, boolean ranking) {
        UnitRow row = unit == null ? state() : org.unit(unit.unit().id()).orElse(unit);
        long id = row.unit().id();
        Instant now = clock.instant();
        LocalDate today = reports.today();
        LocalDate from = today.minusDays(DAYS - 1L);
        Map<Measure, Threshold> limits = thresholds();
        Coverage c = row.coverage();
        long pending = posts.list(PostStatus.SUBMITTED).size();

        Map<Measure, long[]> snap = new EnumMap<>(Measure.class);
        snap.put(Measure.COVERED, new long[] {c.boothsAny(), c.booths()});
        snap.put(Measure.VOLUNTEERS, new long[] {c.volunteers(), (long) PER_BOOTH * c.booths()});
        snap.put(Measure.APPROVALS, new long[] {pending, 0});
        Map<Measure, Map<LocalDate, long[]>> history = snapshots(id, from, today, snap);

        Trends t = new Trends(from, today);
        List<Tile> tiles = new ArrayList<>();
        for (Measure m : List.of(Measure.COVERED, Measure.VOLUNTEERS, Measure.APPROVALS)) {
            long[] v = snap.get(m);
            tiles.add(tile(limits, m, v[0], v[1], t.fromSnapshots(m, history.get(m)), List.of()));
        }
        List<DayRollup> series = reports.rollup(id, from, today);
        DayRollup last = series.getLast();
        tiles.add(2, tile(limits, Measure.REPORTS, last.reported(), last.expected(), t.fromRollup(series), List.of()));

        Map<LocalDate, List<Integer>> released = calendar.releasedBySlot(from, today);
        int due = 0;
        for (int s = 1; s <= 6; s++) {
            due += posts.slotTime(today, s).isAfter(now) ? 0 : 1;
        }
        List<Integer> todaySlots = released.get(today);
        tiles.add(3, tile(limits, Measure.RELEASED, Trends.slotsWithRelease(todaySlots, due), due,
                t.fromReleases(released, today, due), todaySlots));

        SilencePeriods periods = elections.silencePeriods();
        Set<Integer> seats = new HashSet<>(org.seatNumbersUnder(row.unit()));
        boolean calendarSet = periods.size() > 0;
        long silentNow = calendarSet ? periods.silentSeats(now).stream().filter(seats::contains).count() : 0;
        Tile silent = tile(limits, Measure.SILENT, silentNow, seats.size(), t.fromSilence(periods, seats), List.of());
        tiles.add(calendarSet ? silent : new Tile(Measure.SILENT, Double.NaN, 0, seats.size(), Level.NONE, silent.trend(), List.of()));

        // the ranking counts who is expected in every unit below: a second pass over the teams, for the wall only
        List<List<Ranked>> extremes = ranking ? brief.reportingExtremes(row.unit(), today, EXTREMES) : List.of(List.of(), List.of());
        return new Dashboard(row, today, ZonedDateTime.ofInstant(now, IndianFormat.IST), settings.get("demo.preset").orElse(null),
                tiles, extremes.get(0), extremes.get(1), limits);
    }

    private static Tile tile(Map<Measure, Threshold> limits, Measure m, long part, long whole, Trend trend, List<Integer> slots) {
        double value = Trends.value(m, part, whole);
        return new Tile(m, value, part, whole, limits.get(m).level(value), trend, slots);
    }

    /** The fortnight's snapshots of the "now" measures; today's row is written when it is missing or has changed. */
    private Map<Measure, Map<LocalDate, long[]>> snapshots(long unitId, LocalDate from, LocalDate today, Map<Measure, long[]> now) {
        List<DayValue> rows = jdbi.withExtension(DashboardDayDao.class, dao -> dao.between(unitId, from, today));
        Map<Measure, Map<LocalDate, long[]>> out = new EnumMap<>(Measure.class);
        now.keySet().forEach(m -> out.put(m, new java.util.TreeMap<>()));
        for (DayValue r : rows) {
            Measure m = Measure.of(r.measure());
            if (out.containsKey(m)) {
                out.get(m).put(r.snapDay(), new long[] {r.part(), r.whole()});
            }
        }
        boolean same = now.entrySet().stream().allMatch(e -> {
            long[] stored = out.get(e.getKey()).get(today);
            return stored != null && stored[0] == e.getValue()[0] && stored[1] == e.getValue()[1];
        });
        if (!same) {
            List<DayValue> values = now.entrySet().stream()
                    .map(e -> new DayValue(today, e.getKey().code(), e.getValue()[0], e.getValue()[1])).toList();
            try {
                jdbi.useExtension(DashboardDayDao.class, dao -> dao.replace(unitId, today, values));
            } catch (RuntimeException e) {
                // two desks writing the same day at once queue and both succeed (the DAO's upsert); anything else (a
                // lock held too long) loses only this refresh's copy of history, which the next refresh writes
                LOG.warn("dashboard snapshot not written: {}", e.toString());
            }
        }
        now.forEach((m, v) -> out.get(m).put(today, v));
        return out;
    }

    /** Every measure's thresholds: the stored ones, else the defaults. */
    public Map<Measure, Threshold> thresholds() {
        Map<String, String> stored = settings.withPrefix(PREFIX);
        Map<Measure, Threshold> out = new EnumMap<>(Measure.class);
        for (Measure m : Measure.values()) {
            out.put(m, Threshold.parse(m, stored.get(PREFIX + m.code())));
        }
        return out;
    }

    /** Whether the person at this console may change the thresholds (the window hides the editor otherwise). */
    public boolean mayChangeThresholds() {
        return access.current().role().administers();
    }

    /** Saves a measure's thresholds, administrators only, with an audit row in the same transaction. */
    public Threshold setThreshold(Threshold t) {
        access.requireRole(mayChangeThresholds(), "change the dashboard's thresholds");
        String before = thresholds().get(t.measure()).describe();
        jdbi.useTransaction(h -> {
            Settings.put(h, PREFIX + t.measure().code(), t.stored());
            audit.record(h, access.actor(), "SETTING", "app_setting", null, before, t.describe());
        });
        return t;
    }
}
