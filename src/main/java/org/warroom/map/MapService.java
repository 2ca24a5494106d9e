package org.warroom.map;

import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.warroom.geography.GeographyCatalog;
import org.warroom.org.Coverage;
import org.warroom.org.OrgService;
import org.warroom.org.Unit;
import org.warroom.org.UnitKind;
import org.warroom.org.UnitRow;
import org.warroom.posts.ElectionCalendarService;
import org.warroom.posts.Interval;
import org.warroom.posts.SilencePeriods;
import org.warroom.reports.ReportService;
import org.warroom.reports.UnitRate;

/**
 * The map's data: the shipped boundaries (parsed and projected once per layer, then cached) and, per measure, each
 * unit's value from the other features' services — the coverage summary, the reports' roll-up and the election
 * calendar — never from raw rows. Units the boundaries name but the database lacks are simply absent.
 */
public final class MapService {
    private final OrgService org;
    private final ReportService reports;
    private final ElectionCalendarService calendar;
    private final Clock clock;
    private final Function<String, InputStream> files;
    private final Map<MapLayer, MapGeometry> cache = new ConcurrentHashMap<>();
    private volatile Map<String, String> hindiNames;

    public MapService(OrgService org, ReportService reports, ElectionCalendarService calendar, Clock clock) {
        this(org, reports, calendar, clock, MapService.class::getResourceAsStream);
    }

    /** @param files opens a boundary file by name (null when it is missing); the shipped ones by default */
    public MapService(OrgService org, ReportService reports, ElectionCalendarService calendar, Clock clock,
                      Function<String, InputStream> files) {
        this.org = org;
        this.reports = reports;
        this.calendar = calendar;
        this.clock = clock;
        this.files = files;
    }

    /** The layer's projected shapes; read on first use (off the FX thread), then kept. */
    public MapGeometry geometry(MapLayer layer) {
        MapGeometry g = cache.get(layer);
        if (g == null) {
            g = GeoJsonMap.read(files.apply(layer.file()), layer.file(), layer, hindiNames());
            cache.put(layer, g);
        }
        return g;
    }

    /** Every unit of the layer's kind in the database, with its value for the measure, by code. */
    public MapValues values(MapLayer layer, MapMeasure measure) {
        Instant now = clock.instant();
        Map<String, MapValue> out = new HashMap<>();
        switch (measure) {
            case COVERAGE -> org.ofKind(layer.kind()).forEach(r -> {
                Coverage c = r.coverage();
                out.put(r.unit().code(), MapValue.share(r.unit().id(), c.boothsAny(), c.booths()));
            });
            case REPORTING -> {
                for (UnitRate r : reports.ratesOfKind(layer.kind(), reports.today())) {
                    out.put(r.code(), MapValue.share(r.unitId(), r.reported(), r.expected()));
                }
            }
            case SILENCE -> silence(layer, now, out);
        }
        return new MapValues(layer, measure, out, now);
    }

    /** A seat's own window; a district's or Lok Sabha seat's is the earliest of its seats' (silent if any is). */
    private void silence(MapLayer layer, Instant now, Map<String, MapValue> out) {
        SilencePeriods periods = calendar.silencePeriods();
        List<UnitRow> seats = org.ofKind(UnitKind.ASSEMBLY);
        Map<Long, Interval> earliest = new HashMap<>();
        Map<Long, Boolean> silent = new HashMap<>();
        for (UnitRow s : seats) {
            Unit u = s.unit();
            Interval w = u.number() == null ? null : periods.window(u.number()).filter(i -> now.isBefore(i.end())).orElse(null);
            Long key = switch (layer) {
                case ASSEMBLY -> u.id();
                case LOK_SABHA -> u.lokSabhaId();
                case DISTRICT -> u.parentId();
            };
            if (w == null || key == null) {
                continue;
            }
            silent.merge(key, w.contains(now), Boolean::logicalOr);
            earliest.merge(key, w, (a, b) -> a.start().isBefore(b.start()) ? a : b);
        }
        for (UnitRow r : layer == MapLayer.ASSEMBLY ? seats : org.ofKind(layer.kind())) {
            long id = r.unit().id();
            Interval w = earliest.get(id);
            MapValue v = w == null ? new MapValue(id, Double.NaN, 0, 0, false, null, null)
                    : new MapValue(id, silent.get(id) ? 0 : Math.max(0, Duration.between(now, w.start()).toMinutes() / 1440.0),
                    0, 0, silent.get(id), w.start(), w.end());
            out.put(r.unit().code(), v);
        }
    }

    private Map<String, String> hindiNames() {
        Map<String, String> names = hindiNames;
        if (names == null) {
            names = new HashMap<>();
            GeographyCatalog geo = GeographyCatalog.shipped();
            for (var a : geo.assembly().values()) {
                names.put("AC-" + a.no(), a.nameHi());
            }
            for (var l : geo.lokSabha().values()) {
                names.put("PC-" + l.no(), l.nameHi());
            }
            for (var d : geo.districts().values()) {
                names.put("D-" + d.name().toUpperCase(java.util.Locale.ROOT).replace(' ', '-'), d.nameHi());
            }
            names.values().removeIf(java.util.Objects::isNull);
            hindiNames = names;
        }
        return names;
    }
}
