package org.warroom.reports;

/** What an import does with its good lines when some lines are bad. */
public enum ImportMode {
    /** Save the good lines (in one transaction) and report the bad ones. */
    KEEP_GOOD,
    /** Save nothing unless every line is good. */
    ALL_OR_NOTHING;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static ImportMode parse(String s) {
        return switch (s == null ? "" : s.strip().toLowerCase(java.util.Locale.ROOT).replace('_', '-')) {
            case "keep-good", "keep" -> KEEP_GOOD;
            case "all-or-nothing", "all" -> ALL_OR_NOTHING;
            default -> throw new IllegalArgumentException("--mode is keep-good or all-or-nothing, not " + s + ".");
        };
    }
}
