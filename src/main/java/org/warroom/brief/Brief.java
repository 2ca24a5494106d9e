package org.warroom.brief;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import org.warroom.org.Unit;
import org.warroom.reports.DayRollup;

/**
 * Everything a briefing shows, gathered once: immutable, no personal data beyond the names of volunteers who have
 * not reported (their phones are already masked). Sections with no data are empty lists, and the PDF says so.
 *
 * @param demoPreset the demo preset the database was built from, or null for a real database
 * @param rankedUnder the unit whose children are ranked (the unit itself, or the first level below it with more than
 *                    one child, so a state brief on a one-district demo ranks that district's seats)
 */
public record Brief(Unit unit, ZonedDateTime generatedAt, LocalDate day, String demoPreset, List<Tile> tiles,
                    List<DayRollup> series, Unit rankedUnder, List<Ranked> bestCoverage, List<Ranked> worstCoverage,
                    List<Ranked> bestReporting, List<Ranked> worstReporting, int childCount, Missing missing) {
    public Brief {
        tiles = List.copyOf(tiles);
        series = List.copyOf(series);
        bestCoverage = List.copyOf(bestCoverage);
        worstCoverage = List.copyOf(worstCoverage);
        bestReporting = List.copyOf(bestReporting);
        worstReporting = List.copyOf(worstReporting);
    }

    /** True when no report was recorded in the fourteen days the chart covers. */
    public boolean seriesEmpty() {
        return series.stream().allMatch(d -> d.reported() == 0);
    }

    /** One number at the top of the brief: a message key for its label, the value as shown, and a detail line. */
    public record Tile(String key, String value, String detail) {
    }

    /** A child unit in a ranking: its rate (0..1) and the two numbers behind it. */
    public record Ranked(Unit unit, double rate, long part, long whole) {
    }

    /**
     * Who has not reported today. {@code byUnit} counts them per child unit (always); {@code lines} names them,
     * grouped by mandal, only when the unit is small enough for a list to be read, and at most {@link #MAX_LINES};
     * {@code listed} is false when the unit was too big to list anyone.
     */
    public record Missing(int expected, int missing, List<Count> byUnit, List<Line> lines, boolean listed) {
        public static final int MAX_LINES = 150;

        public Missing {
            byUnit = List.copyOf(byUnit);
            lines = List.copyOf(lines);
        }
    }

    /** Missing reporters of one child unit. */
    public record Count(Unit unit, int missing, int expected) {
    }

    /** One volunteer without a report: the mandal, the booth, the name and the masked phone. */
    public record Line(String mandal, String boothCode, String booth, String name, String maskedPhone) {
    }
}
