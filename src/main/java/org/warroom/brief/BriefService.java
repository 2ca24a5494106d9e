package org.warroom.brief;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.warroom.brief.Brief.Count;
import org.warroom.brief.Brief.Line;
import org.warroom.brief.Brief.Missing;
import org.warroom.brief.Brief.Ranked;
import org.warroom.brief.Brief.Tile;
import org.warroom.org.Coverage;
import org.warroom.org.OrgService;
import org.warroom.org.TreeMode;
import org.warroom.org.Unit;
import org.warroom.org.UnitKind;
import org.warroom.org.UnitRow;
import org.warroom.platform.db.Settings;
import org.warroom.platform.i18n.IndianFormat;
import org.warroom.reports.DayRollup;
import org.warroom.reports.MissingGroup;
import org.warroom.reports.MissingList;
import org.warroom.reports.MissingVolunteer;
import org.warroom.reports.ReportService;
import org.warroom.reports.UnitRate;

/**
 * Gathers a briefing for a unit (the state when none is named) from the coverage summary, the reports' roll-up and
 * the posts released today: never from raw reports, except the missing list of a unit small enough to list names.
 */
public final class BriefService {
    /** Days the reporting chart covers, today included. */
    public static final int DAYS = 14;
    /** Above this many expected reporters the brief counts who is missing per unit and names no one. */
    static final int LIST_NAMES_UP_TO = 15_000;
    private static final int TOP = 10;

    private final OrgService org;
    private final ReportService reports;
    private final Settings settings;
    private final Function<LocalDate, List<Integer>> releasedBySlot;
    private final Clock clock;

    /**
     * @param releasedBySlot posts released on a day in each of the six slots (index 0 is slot 1); the war room's
     *                       posts go to districts, so this is the whole war room's count whatever the unit
     */
    public BriefService(OrgService org, ReportService reports, Settings settings, Function<LocalDate, List<Integer>> releasedBySlot,
                        Clock clock) {
        this.org = org;
        this.reports = reports;
        this.settings = settings;
        this.releasedBySlot = releasedBySlot;
        this.clock = clock;
    }

    /** A unit by code (D-SULTANPUR, AC-187) or by English or Hindi name; empty when nothing matches. */
    public Optional<UnitRow> find(String codeOrName) {
        return org.byCode(codeOrName).or(() -> org.findDesk(codeOrName));
    }

    /** The state (the top of the organisation). */
    public UnitRow state() {
        List<UnitRow> roots = org.roots();
        return roots.stream().filter(r -> r.unit().kind() == UnitKind.STATE).findFirst()
                .or(() -> roots.stream().findFirst())
                .orElseThrow(() -> new IllegalArgumentException("The database has no organisation yet: run ./warroom demo or "
                        + "./warroom geography import first."));
    }

    /** The briefing for {@code row} as of now (India time). */
    public Brief gather(UnitRow row) {
        Unit unit = row.unit();
        LocalDate today = reports.today();
        List<DayRollup> series = reports.rollup(unit.id(), today.minusDays(DAYS - 1L), today);
        DayRollup now = series.getLast();

        Level level = rankedLevel(unit);
        Unit ranked = level.under();
        List<UnitRow> children = level.children();
        List<UnitRow> withBooths = children.stream().filter(c -> c.coverage().booths() > 0).toList();
        Comparator<UnitRow> byCoverage = Comparator.comparingDouble((UnitRow c) -> c.coverage().anyRate())
                .thenComparingDouble(c -> c.coverage().fullRate());
        List<Ranked> bestCov = withBooths.stream().sorted(byCoverage.reversed()).limit(TOP).map(BriefService::coverage).toList();
        List<Ranked> worstCov = withBooths.stream().sorted(byCoverage).limit(TOP).map(BriefService::coverage).toList();

        Map<Long, Unit> childUnits = new HashMap<>();
        children.forEach(c -> childUnits.put(c.unit().id(), c.unit()));
        List<UnitRate> rates = rates(level, today);
        List<Ranked> worstRep = rates.stream().limit(TOP).map(r -> reporting(r, childUnits)).toList();
        List<Ranked> bestRep = rates.reversed().stream().limit(TOP).map(r -> reporting(r, childUnits)).toList();

        List<Count> counts = new ArrayList<>(rates.stream()
                .filter(r -> r.expected() > r.reported())
                .map(r -> new Count(childUnits.get(r.unitId()), r.expected() - r.reported(), r.expected())).toList());
        counts.sort(Comparator.comparingInt(Count::missing).reversed().thenComparing(c -> c.unit().nameEn()));
        int missingCount = Math.max(0, now.expected() - now.reported());
        boolean list = now.expected() > 0 && now.expected() <= LIST_NAMES_UP_TO;
        List<Line> lines = list ? lines(reports.missing(unit.id(), today)) : List.of();
        Missing missing = new Missing(now.expected(), missingCount, counts.stream().limit(25).toList(), lines, list);

        return new Brief(unit, ZonedDateTime.now(clock.withZone(IndianFormat.IST)), today, settings.get("demo.preset").orElse(null),
                tiles(row.coverage(), now, releasedBySlot.apply(today)), series, ranked, bestCov, worstCov, bestRep, worstRep,
                children.size(), missing);
    }

    /** The unit whose children are ranked (the unit, or the first level below it with more than one child) and those children. */
    public record Level(Unit under, List<UnitRow> children) {
    }

    /** The level a ranking of {@code unit} is drawn from: a one-district state ranks that district's seats. */
    public Level rankedLevel(Unit unit) {
        Unit ranked = unit;
        List<UnitRow> children = org.children(ranked, TreeMode.ORGANISATION);
        while (children.size() == 1 && children.getFirst().unit().kind() != UnitKind.BOOTH) {
            ranked = children.getFirst().unit();
            children = org.children(ranked, TreeMode.ORGANISATION);
        }
        return new Level(ranked, children);
    }

    /** The children of {@code level} that expected reports on {@code day}, with their rate, worst first. */
    public List<UnitRate> rates(Level level, LocalDate day) {
        java.util.Set<Long> ids = new java.util.HashSet<>();
        level.children().forEach(c -> ids.add(c.unit().id()));
        return reports.childrenRanking(level.under().id(), day).stream()
                .filter(r -> !Double.isNaN(r.rate()) && ids.contains(r.unitId())).toList();
    }

    /** Today's reporting below {@code unit}: the {@code n} best (best first) and the {@code n} worst (worst first). */
    public List<List<Ranked>> reportingExtremes(Unit unit, LocalDate day, int n) {
        Level level = rankedLevel(unit);
        Map<Long, Unit> units = new HashMap<>();
        level.children().forEach(c -> units.put(c.unit().id(), c.unit()));
        List<UnitRate> rates = rates(level, day);
        return List.of(rates.reversed().stream().limit(n).map(r -> reporting(r, units)).toList(),
                rates.stream().limit(n).map(r -> reporting(r, units)).toList());
    }

    static List<Tile> tiles(Coverage c, DayRollup today, List<Integer> released) {
        List<Tile> out = new ArrayList<>();
        if (c.booths() > 0) {
            out.add(new Tile("brief.tile.booths", IndianFormat.number(c.booths()), ""));
            out.add(new Tile("brief.tile.covered", IndianFormat.percent(c.anyRate()), IndianFormat.number(c.boothsAny())));
            out.add(new Tile("brief.tile.full", IndianFormat.percent(c.fullRate()), IndianFormat.number(c.boothsFull())));
        }
        if (c.boothsGroup() > 0 || c.groupMembers() > 0) {
            out.add(new Tile("brief.tile.groups", IndianFormat.number(c.boothsGroup()),
                    IndianFormat.number(c.groupMembers()) + " / " + IndianFormat.number(c.groupTarget())));
        }
        if (c.volunteers() > 0) {
            out.add(new Tile("brief.tile.volunteers", IndianFormat.number(c.volunteers()), ""));
        }
        if (today.expected() > 0) {
            out.add(new Tile("brief.tile.reports", IndianFormat.number(today.reported()) + " / " + IndianFormat.number(today.expected()),
                    IndianFormat.percent(today.rate())));
        }
        if (released != null && released.stream().anyMatch(n -> n > 0)) {
            StringBuilder b = new StringBuilder();
            for (int s = 0; s < released.size(); s++) {
                b.append(s == 0 ? "" : "  ").append(s + 1).append(":").append(IndianFormat.number(released.get(s)));
            }
            out.add(new Tile("brief.tile.released", IndianFormat.number(released.stream().mapToLong(Integer::longValue).sum()),
                    b.toString()));
        }
        return out;
    }

    private static Ranked coverage(UnitRow r) {
        return new Ranked(r.unit(), r.coverage().anyRate(), r.coverage().boothsAny(), r.coverage().booths());
    }

    private static Ranked reporting(UnitRate r, Map<Long, Unit> units) {
        return new Ranked(units.get(r.unitId()), r.rate(), r.reported(), r.expected());
    }

    /** Names of the missing, by mandal, phones masked: at most {@link Missing#MAX_LINES}. */
    private static List<Line> lines(MissingList list) {
        List<Line> out = new ArrayList<>();
        for (MissingGroup g : list.groups()) {
            for (MissingVolunteer v : g.volunteers()) {
                if (out.size() == Missing.MAX_LINES) {
                    return out;
                }
                out.add(new Line(g.mandalName(), v.boothCode(), v.boothName(), v.name(), v.maskedPhone()));
            }
        }
        return out;
    }
}
