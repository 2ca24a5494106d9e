package org.warroom.people.importers;

import java.util.List;

/**
 * What a volunteer import did: rows read, rows saved and every refused row with its line.
 * {@code imported} is the number of rows saved; in a dry run it is the number a real run in this mode would save,
 * and {@code saved} is false. Reasons never contain a whole phone number, so a report may be shown or logged.
 */
public record ImportReport(int rowsRead, int imported, List<RowError> errors, Mode mode, boolean saved) {

    /** What to do with the good rows when some rows are bad. */
    public enum Mode {
        /** Save the good rows (in one transaction) and report the bad ones. */
        KEEP_GOOD,
        /** Save nothing unless every row is good. */
        ALL_OR_NOTHING
    }

    /** One refused row: its physical line in the file (the header is line 1; 0 means the import as a whole). */
    public record RowError(long line, String reason) {
        /** The reason with its line, as an operator reads it: "line 5: phone: Not a valid number…". */
        public String message() {
            return line == 0 ? reason : "line " + line + ": " + reason;
        }
    }

    public ImportReport {
        errors = List.copyOf(errors);
    }

    /** True when no row was refused. */
    public boolean clean() {
        return errors.isEmpty();
    }

    /** One sentence for a status bar or the end of a CLI run. */
    public String summary() {
        String outcome;
        if (saved) {
            outcome = imported + " saved";
        } else if (imported > 0) {
            outcome = imported + " would be saved; nothing is saved yet";
        } else {
            outcome = "nothing saved";
        }
        String refused = errors.isEmpty() ? "" : ", " + errors.size() + (errors.size() == 1 ? " problem" : " problems");
        return rowsRead + (rowsRead == 1 ? " row read: " : " rows read: ") + outcome + refused
                + (mode == Mode.ALL_OR_NOTHING && !errors.isEmpty() && !saved ? " (all or nothing)" : "") + ".";
    }
}
