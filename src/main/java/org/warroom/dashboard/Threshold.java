package org.warroom.dashboard;

/**
 * Where a measure turns from good to watch and from watch to bad. For a measure where higher is better a value of
 * at least {@code good} is good and at least {@code watch} is watch; where lower is better, at most. Rates are
 * 0..1, counts whole and not negative.
 */
public record Threshold(Measure measure, double good, double watch) {
    public Threshold {
        if (!Double.isFinite(good) || !Double.isFinite(watch)) {
            throw new IllegalArgumentException("A threshold is a number.");
        }
        if (measure.rate() && (good < 0 || good > 1 || watch < 0 || watch > 1)) {
            throw new IllegalArgumentException("The thresholds of " + measure.code() + " are percentages from 0 to 100.");
        }
        if (good < 0 || watch < 0) {
            throw new IllegalArgumentException("The thresholds of " + measure.code() + " cannot be negative.");
        }
        if (measure.higherIsBetter() ? good < watch : good > watch) {
            throw new IllegalArgumentException("For " + measure.code() + " the good threshold must be "
                    + (measure.higherIsBetter() ? "at least" : "at most") + " the watch threshold ("
                    + (measure.higherIsBetter() ? "higher" : "lower") + " is better).");
        }
    }

    /** The colour of {@code value}; NONE for no data (NaN). */
    public Level level(double value) {
        if (Double.isNaN(value)) {
            return Level.NONE;
        }
        if (measure.higherIsBetter()) {
            return value >= good ? Level.GOOD : value >= watch ? Level.WATCH : Level.BAD;
        }
        return value <= good ? Level.GOOD : value <= watch ? Level.WATCH : Level.BAD;
    }

    /** As kept in settings: "0.8,0.6". */
    String stored() {
        return good + "," + watch;
    }

    /** Reads the stored form; the defaults when it is missing or unreadable (a bad value must not blank the wall). */
    static Threshold parse(Measure m, String stored) {
        if (stored == null) {
            return m.defaults();
        }
        try {
            String[] p = stored.split(",");
            return new Threshold(m, Double.parseDouble(p[0].strip()), Double.parseDouble(p[1].strip()));
        } catch (RuntimeException e) {
            return m.defaults();
        }
    }

    /** "≥ 80 % good, ≥ 60 % watch" style, for the CLI and the audit row. */
    public String describe() {
        String op = measure.higherIsBetter() ? ">=" : "<=";
        return measure.code() + ": good " + op + " " + show(good) + ", watch " + op + " " + show(watch);
    }

    private String show(double v) {
        return measure.rate() ? Math.round(v * 1000) / 10.0 + "%" : String.valueOf(Math.round(v));
    }
}
