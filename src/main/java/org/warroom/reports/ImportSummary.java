package org.warroom.reports;

import java.util.List;
import java.util.Map;
import org.warroom.reports.importers.ImportFormat;

/**
 * What an import did with every line or message of the file. {@code total} always equals reports + queued + system
 * + media + duplicates + errors: nothing is dropped unaccounted. {@code merged} counts the reports that went into a
 * report already there that day (they are included in {@code reports}). In a dry run, or when an all-or-nothing
 * import found errors, or when cancelled, the counts say what would have happened and {@code saved} is false.
 */
public record ImportSummary(String file, ImportFormat format, String sha256, int total, int reports, int merged, int queued,
                            int system, int media, int duplicates, List<ImportProblem> errors, List<ImportProblem> skipped,
                            List<String> notes, Map<String, String> mapping, ImportMode mode, boolean dryRun, boolean saved,
                            boolean cancelled, Long importId) {
    public ImportSummary {
        errors = List.copyOf(errors);
        skipped = List.copyOf(skipped);
        notes = List.copyOf(notes);
        mapping = mapping == null ? Map.of() : Map.copyOf(mapping);
    }

    /** The sum of the ways lines were handled; equal to {@code total}. */
    public int accountedFor() {
        return reports + queued + system + media + duplicates + errors.size();
    }

    public boolean clean() {
        return errors.isEmpty();
    }

    /** One sentence for a status bar or the end of a CLI run. */
    public String summary() {
        String state = cancelled ? "cancelled, nothing saved" : saved ? "saved"
                : dryRun ? "dry run, nothing saved" : "nothing saved (all or nothing: fix the errors and import again)";
        return total + (format == ImportFormat.WHATSAPP ? " messages" : " rows") + ": " + reports + " reports"
                + (merged > 0 ? " (" + merged + " merged into the day's earlier report)" : "") + ", " + queued + " queued for review, "
                + system + " system lines, " + media + " media or deleted, " + duplicates + " duplicates skipped, "
                + errors.size() + (errors.size() == 1 ? " error" : " errors") + " — " + state + ".";
    }
}
