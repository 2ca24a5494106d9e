package org.warroom.reports;

import java.util.Map;
import org.warroom.reports.importers.ImportFormat;
import org.warroom.reports.importers.ReportField;

/**
 * How to import a report file. {@code mapping} (column name or number → field) overrides the guessed columns of a
 * CSV and is remembered under {@code sourceName} (null: a name made from the file's header, so the same form's next
 * download finds it). {@code scopeUnitId} limits name matching of chat authors to a district or seat (null: all).
 */
public record ImportRequest(ImportFormat format, ImportMode mode, boolean dryRun, Map<String, ReportField> mapping,
                            String sourceName, Long scopeUnitId) {
    public ImportRequest {
        format = format == null ? ImportFormat.AUTO : format;
        mode = mode == null ? ImportMode.ALL_OR_NOTHING : mode;
        mapping = mapping == null ? Map.of() : Map.copyOf(mapping);
    }

    public static ImportRequest of(ImportFormat format, ImportMode mode, boolean dryRun) {
        return new ImportRequest(format, mode, dryRun, Map.of(), null, null);
    }
}
