package org.warroom.dashboard;

import java.util.Locale;

/**
 * What a dashboard tile measures. Rates (0..1) are shown as percentages, counts as numbers; {@code higherIsBetter}
 * says which way the thresholds point; {@code snapshot} marks the measures that exist only "now" and get their
 * history from the dashboard's own daily snapshots (decision 0012).
 */
public enum Measure {
    COVERED(true, true, 0.80, 0.50, true),
    VOLUNTEERS(true, true, 0.80, 0.50, true),
    REPORTS(true, true, 0.80, 0.60, false),
    RELEASED(true, true, 1.00, 0.67, false),
    APPROVALS(false, false, 10, 30, true),
    SILENT(false, false, 0, 20, false);

    private final boolean rate;
    private final boolean higherIsBetter;
    private final double defaultGood;
    private final double defaultWatch;
    private final boolean snapshot;

    Measure(boolean rate, boolean higherIsBetter, double defaultGood, double defaultWatch, boolean snapshot) {
        this.rate = rate;
        this.higherIsBetter = higherIsBetter;
        this.defaultGood = defaultGood;
        this.defaultWatch = defaultWatch;
        this.snapshot = snapshot;
    }

    public boolean rate() {
        return rate;
    }

    public boolean higherIsBetter() {
        return higherIsBetter;
    }

    public boolean snapshot() {
        return snapshot;
    }

    /** Posts go to the whole war room's districts from one queue: these tiles are the same for every unit. */
    public boolean warRoomWide() {
        return this == RELEASED || this == APPROVALS;
    }

    public Threshold defaults() {
        return new Threshold(this, defaultGood, defaultWatch);
    }

    /** "covered", "reports": the word used in settings keys and on the command line. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The message key of the tile's caption. */
    public String key() {
        return "dashboard.tile." + code();
    }

    /** A measure by its code, any case; a clear message naming the codes otherwise. */
    public static Measure of(String code) {
        for (Measure m : values()) {
            if (m.code().equalsIgnoreCase(code == null ? "" : code.strip())) {
                return m;
            }
        }
        throw new IllegalArgumentException("No dashboard measure \"" + code + "\"; the measures are covered, volunteers, "
                + "reports, released, approvals, silent.");
    }
}
