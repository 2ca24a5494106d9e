package org.warroom.posts;

import java.util.List;

/**
 * What a schedule import did: rows read, posts created (drafted and submitted for approval), every refused row
 * with its line and reason, and warnings that do not refuse a row (two posts in one slot for the same target, seats
 * that will be silent then). In a dry run {@code imported} is what a real run in this mode would create.
 */
public record ScheduleImportReport(int rowsRead, int imported, List<Line> errors, List<Line> warnings, Mode mode,
                                   boolean saved, List<Long> postIds) {
    /** What to do with the good rows when some rows are bad. */
    public enum Mode {
        /** Create the good rows' posts (in one transaction) and report the bad rows. */
        KEEP_GOOD,
        /** Create nothing unless every row is good. */
        ALL_OR_NOTHING;

        /** "keep-good" or "all-or-nothing" (also "keep", "all"). */
        public static Mode parse(String s) {
            return switch (s == null ? "" : s.strip().toLowerCase(java.util.Locale.ROOT).replace('_', '-')) {
                case "keep-good", "keep" -> KEEP_GOOD;
                case "all-or-nothing", "all" -> ALL_OR_NOTHING;
                default -> throw new IllegalArgumentException("--mode is keep-good or all-or-nothing, not " + s + ".");
            };
        }

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /** A message about one line of the file (the header is line 1; 0 means the file as a whole). */
    public record Line(long line, String reason) {
        public String message() {
            return line == 0 ? reason : "line " + line + ": " + reason;
        }
    }

    public ScheduleImportReport {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
        postIds = List.copyOf(postIds);
    }

    public boolean clean() {
        return errors.isEmpty();
    }

    /** One sentence for a status bar or the end of a command. */
    public String summary() {
        String outcome = saved ? imported + " posts created and submitted for approval"
                : imported > 0 ? imported + " posts would be created; nothing is saved yet" : "nothing saved";
        String problems = errors.isEmpty() ? "" : ", " + errors.size() + (errors.size() == 1 ? " problem" : " problems");
        String warned = warnings.isEmpty() ? "" : ", " + warnings.size() + (warnings.size() == 1 ? " warning" : " warnings");
        return rowsRead + (rowsRead == 1 ? " row read: " : " rows read: ") + outcome + problems + warned
                + (mode == Mode.ALL_OR_NOTHING && !errors.isEmpty() && !saved ? " (all or nothing)" : "") + ".";
    }
}
