package org.warroom.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.warroom.app.AppContext;
import org.warroom.org.UnitRow;
import org.warroom.posts.PollPhase;
import org.warroom.reports.ReportDraft;
import org.warroom.testing.SultanpurDb;

/** The map's data on a real Sultanpur database: the shipped boundaries, each measure, and bad boundary files. */
@org.warroom.testing.BothEngines
class MapServiceTest {
    @RegisterExtension
    static final SultanpurDb DB = new SultanpurDb();
    static AppContext ctx;

    @BeforeAll
    static void data() {
        ctx = DB.ctx();
    }

    private static Set<String> sultanpurSeats() {
        return ctx.org().ofKind(org.warroom.org.UnitKind.ASSEMBLY).stream().map(r -> r.unit().code()).collect(Collectors.toSet());
    }

    @Test
    void everyLayerIsReadAndMatchesTheDatabaseCodes() {
        MapGeometry seats = ctx.map().geometry(MapLayer.ASSEMBLY);
        assertThat(seats.shapes()).hasSize(403);
        assertThat(seats.shapes().stream().map(MapShape::code)).contains("AC-1", "AC-187", "AC-403").doesNotHaveDuplicates();
        assertThat(seats.shapes().stream().filter(s -> s.nameHi() != null)).hasSizeGreaterThan(390);
        assertThat(seats.width()).isEqualTo(GeoJsonMap.WIDTH);
        assertThat(seats.height()).isBetween(500.0, 1000.0); // UP is wider than it is tall
        assertThat(seats.shapes()).allSatisfy(s -> {
            assertThat(s.rings()).isNotEmpty();
            for (double[] r : s.rings()) {
                for (int i = 0; i < r.length; i += 2) {
                    assertThat(r[i]).isBetween(-0.001, seats.width() + 0.001);
                    assertThat(r[i + 1]).isBetween(-0.001, seats.height() + 0.001);
                }
            }
        });
        assertThat(ctx.map().geometry(MapLayer.ASSEMBLY)).isSameAs(seats); // read once
        assertThat(ctx.map().geometry(MapLayer.LOK_SABHA).shapes()).hasSize(80);
        MapGeometry districts = ctx.map().geometry(MapLayer.DISTRICT);
        assertThat(districts.shapes()).hasSize(75);
        assertThat(districts.shapes().stream().map(MapShape::code)).contains("D-SULTANPUR", "D-SANT-KABIR-NAGAR");
        // every unit the database holds on each layer has a shape
        for (MapLayer l : MapLayer.values()) {
            Set<String> drawn = ctx.map().geometry(l).shapes().stream().map(MapShape::code).collect(Collectors.toSet());
            assertThat(ctx.org().ofKind(l.kind())).isNotEmpty()
                    .allSatisfy(r -> assertThat(drawn).as(l + " " + r.unit().code()).contains(r.unit().code()));
        }
    }

    @Test
    void coverageComesFromTheSummaryForTheFiveSeatsAndNothingElse() {
        MapValues v = ctx.map().values(MapLayer.ASSEMBLY, MapMeasure.COVERAGE);
        assertThat(sultanpurSeats()).hasSize(5).contains("AC-187");
        assertThat(v.byCode().keySet()).isEqualTo(sultanpurSeats());
        for (String code : sultanpurSeats()) {
            UnitRow row = ctx.org().byCode(code).orElseThrow();
            MapValue value = v.of(code).orElseThrow();
            assertThat(value.unitId()).isEqualTo(row.unit().id());
            assertThat(value.whole()).isEqualTo(row.coverage().booths()).isPositive();
            assertThat(value.part()).isEqualTo(row.coverage().boothsAny());
            assertThat(value.value()).isEqualTo(row.coverage().anyRate());
        }
        assertThat(v.of("AC-1")).isEmpty();
        assertThat(ctx.map().values(MapLayer.DISTRICT, MapMeasure.COVERAGE).byCode()).containsOnlyKeys("D-SULTANPUR");
    }

    @Test
    void reportingIsTodaysRateAndASeatWithNobodyExpectedHasNoData() {
        long seat = ctx.org().byCode("AC-189").orElseThrow().unit().id();
        long volunteer = ctx.db().jdbi().withHandle(h -> h.createQuery("SELECT v.id FROM volunteer v JOIN unit b ON b.id = v.unit_id "
                + "WHERE v.active = TRUE AND v.role = 'BOOTH_IT' AND b.code LIKE 'B-189-%' ORDER BY v.id LIMIT 1").mapTo(Long.class).one());
        MapValue before = ctx.map().values(MapLayer.ASSEMBLY, MapMeasure.REPORTING).of("AC-189").orElseThrow();
        ctx.reports().add(ReportDraft.numbers(volunteer, ctx.reports().today(), 3, 1, 40));
        MapValues after = ctx.map().values(MapLayer.ASSEMBLY, MapMeasure.REPORTING);
        MapValue v = after.of("AC-189").orElseThrow();
        assertThat(v.unitId()).isEqualTo(seat);
        assertThat(v.part()).isEqualTo(before.part() + 1);
        assertThat(v.whole()).isPositive().isEqualTo(before.whole());
        assertThat(v.value()).isEqualTo((double) v.part() / v.whole());
        assertThat(after.byCode().keySet()).isEqualTo(sultanpurSeats());
        assertThat(ctx.map().values(MapLayer.LOK_SABHA, MapMeasure.REPORTING).byCode().values())
                .anySatisfy(l -> assertThat(l.part()).isPositive());
        assertThat(MapValue.share(1, 0, 0).hasData()).isFalse(); // nobody expected: no data, not 0 %
    }

    @Test
    void silenceFollowsTheCalendarAndASeatWithoutAPollHasNoData() {
        // the clock stands on 19/02/2027 12:00 IST: seat 187 polls on the 20th (silent now), 188 on the 27th
        Clock clock = Clock.fixed(Instant.parse("2027-02-19T06:30:00Z"), ZoneOffset.UTC);
        MapService map = new MapService(ctx.org(), ctx.reports(), ctx.calendar(), clock);
        assertThat(map.values(MapLayer.ASSEMBLY, MapMeasure.SILENCE).byCode().values()).allSatisfy(v -> assertThat(v.hasData()).isFalse());
        ctx.calendar().replacePhases(List.of(new PollPhase(187, LocalDate.of(2027, 2, 20), LocalTime.of(18, 0)),
                new PollPhase(188, LocalDate.of(2027, 2, 27), LocalTime.of(18, 0))), null);
        try {
            MapValues v = map.values(MapLayer.ASSEMBLY, MapMeasure.SILENCE);
            assertThat(v.of("AC-187").orElseThrow().silent()).isTrue();
            assertThat(v.of("AC-187").orElseThrow().silenceUntil()).isEqualTo(Instant.parse("2027-02-20T12:30:00Z"));
            MapValue later = v.of("AC-188").orElseThrow();
            assertThat(later.silent()).isFalse();
            assertThat(later.value()).isEqualTo(6.25); // silence from 25/02 18:00: six days and six hours away
            assertThat(v.of("AC-189").orElseThrow().hasData()).isFalse();
            MapValue district = map.values(MapLayer.DISTRICT, MapMeasure.SILENCE).of("D-SULTANPUR").orElseThrow();
            assertThat(district.silent()).isTrue();
        } finally {
            ctx.calendar().replacePhases(List.of(), null);
        }
    }

    private static MapService serving(String json) {
        return new MapService(ctx.org(), ctx.reports(), ctx.calendar(), Clock.systemUTC(),
                f -> json == null ? null : new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aMissingOrBrokenFileGivesAMessageNamingIt() {
        String file = MapLayer.ASSEMBLY.file();
        assertThatThrownBy(() -> serving(null).geometry(MapLayer.ASSEMBLY))
                .isInstanceOf(MapDataException.class).hasMessageContaining(file).hasMessageContaining("missing");
        assertThatThrownBy(() -> serving("{\"type\": \"FeatureCollection\", \"features\": [").geometry(MapLayer.ASSEMBLY))
                .isInstanceOf(MapDataException.class).hasMessageContaining(file).hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> serving("{\"type\": \"FeatureCollection\", \"features\": []}").geometry(MapLayer.DISTRICT))
                .isInstanceOf(MapDataException.class).hasMessageContaining("no features");
        assertThatThrownBy(() -> serving("{\"features\": [{\"properties\": {\"ac_no\": 5, \"ac_name\": \"X\"}, "
                + "\"geometry\": {\"type\": \"Point\", \"coordinates\": [80, 26]}}]}").geometry(MapLayer.ASSEMBLY))
                .isInstanceOf(MapDataException.class).hasMessageContaining("not a polygon");
        assertThatThrownBy(() -> serving("{\"features\": [{\"properties\": {\"ac_name\": \"X\"}, "
                + "\"geometry\": {\"type\": \"Polygon\", \"coordinates\": [[[80, 26], [81, 26], [81, 27], [80, 26]]]}}]}")
                .geometry(MapLayer.ASSEMBLY))
                .isInstanceOf(MapDataException.class).hasMessageContaining("ac_no");
        assertThatThrownBy(() -> serving("{\"features\": [{\"properties\": {\"ac_no\": 5, \"ac_name\": \"X\"}, "
                + "\"geometry\": {\"type\": \"Polygon\", \"coordinates\": [[[800, 26], [81, 26], [81, 27], [80, 26]]]}}]}")
                .geometry(MapLayer.ASSEMBLY))
                .isInstanceOf(MapDataException.class).hasMessageContaining("longitude");
        // values do not need the boundaries: the rest keeps working
        assertThat(serving(null).values(MapLayer.ASSEMBLY, MapMeasure.COVERAGE).byCode()).hasSize(5);
    }
}
