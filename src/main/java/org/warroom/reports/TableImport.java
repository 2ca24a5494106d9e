package org.warroom.reports;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.warroom.reports.db.VolunteerRef;
import org.warroom.reports.importers.ColumnMapping;
import org.warroom.reports.importers.FormValues;
import org.warroom.reports.importers.ImportFormat;
import org.warroom.reports.importers.ReportTable;
import org.warroom.reports.importers.TableRow;

/**
 * A report table (plain CSV, Google Forms, KoboToolbox, ODK Central) into reports: each row names its volunteer by
 * mobile number (or by name and booth), its day (a date column, or the submission time's day in India) and the
 * numbers. A row that cannot be saved is an error with its line; nothing from a table is queued.
 */
final class TableImport {
    private final ImportRun run;
    private final ImportFormat format;
    private final ColumnMapping mapping;

    TableImport(ImportRun run, ImportFormat format, ColumnMapping mapping) {
        this.run = run;
        this.format = format;
        this.mapping = mapping;
    }

    boolean run(ReportTable table, int batch, ChatImport.Progress progress, BooleanSupplier cancelled) {
        List<ReportTable.Row> rows = table.rows();
        int width = table.header().size();
        long total = rows.size();
        for (int i = 0; i < rows.size(); i++) {
            if (i % batch == 0) {
                // roll-up deltas wait for the end: updating the state's row now would lock it for the whole import
                progress.at(i, total);
                if (cancelled.getAsBoolean()) {
                    return false;
                }
            }
            ReportTable.Row row = rows.get(i);
            if (!row.blank()) {
                one(row, width);
            }
        }
        run.writer.flush();
        progress.at(total, total);
        return !cancelled.getAsBoolean();
    }

    private void one(ReportTable.Row row, int width) {
        run.total++;
        int n = row.cells().size();
        boolean extraEmpty = n > width && row.cells().subList(width, n).stream().allMatch(String::isBlank);
        if (n != width && !extraEmpty) {
            run.error(row.line(), "this line has " + n + (n == 1 ? " field" : " fields") + " but the header has " + width
                    + ". A value with a comma must be in double quotes (\"local, scheme\"); check for a missing or extra "
                    + (format == ImportFormat.KOBO ? "';'." : "comma."));
            return;
        }
        String key = ImportRun.sha256(format.label() + "\u001F" + String.join("\u001F", row.cells().stream().map(String::strip).toList()));
        if (run.duplicate(key, row.line())) {
            return;
        }
        TableRow r = TableRow.read(row, mapping, format);
        if (!r.problems().isEmpty()) {
            run.error(row.line(), join(r.problems()));
            return;
        }
        Found who = volunteer(r);
        if (who.problem() != null) {
            run.error(row.line(), who.problem());
            return;
        }
        VolunteerRef v = who.volunteer();
        ReportDraft d = new ReportDraft(v.id(), v.unitId(), r.day(), r.slots(), r.forwarded(), r.added(), r.members(), r.issues(),
                r.mood(), r.feedback());
        String refused = run.save(v, d, format == ImportFormat.CSV ? ReportSource.CSV : ReportSource.FORM, original(row), key);
        if (refused != null) {
            run.error(row.line(), refused);
        }
    }

    private record Found(VolunteerRef volunteer, String problem) {
    }

    private Found volunteer(TableRow r) {
        Integer seat = null;
        if (!r.seat().isEmpty()) {
            try {
                seat = FormValues.number(r.seat(), 999);
            } catch (IllegalArgumentException e) {
                return new Found(null, "seat: " + e.getMessage());
            }
        }
        Booth booth;
        try {
            booth = booth(r.booth(), seat);
        } catch (IllegalArgumentException e) {
            return new Found(null, "booth: " + e.getMessage());
        }
        if (!r.phone().isEmpty()) {
            String e164 = Phones.normalize(r.phone());
            if (e164 == null) {
                return new Found(null, "phone: \"" + FormValues.echo(r.phone()) + "\" is not an Indian mobile number");
            }
            Optional<VolunteerRef> v = run.volunteerByPhone(e164);
            if (v.isEmpty()) {
                return new Found(null, "phone: no volunteer has the number " + ImportRun.masked(e164));
            }
            VolunteerRef found = v.get();
            if (booth != null && !booth.matches(found)) {
                return new Found(null, "booth: " + found.name() + "'s booth is " + found.unitCode() + ", not " + booth.describe());
            }
            return new Found(found, null);
        }
        if (booth == null) {
            return new Found(null, "booth: empty; with no phone the volunteer is found by name and booth");
        }
        String prefix = booth.code() != null ? "/%" : run.scopePrefix;
        List<VolunteerRef> named = new ArrayList<>(run.reports.boothVolunteersNamed(booth.part(), prefix, r.name().toLowerCase(Locale.ROOT)));
        named.removeIf(v -> !booth.matches(v));
        if (named.isEmpty()) {
            return new Found(null, "name: no active booth volunteer named \"" + FormValues.echo(r.name()) + "\" at " + booth.describe());
        }
        if (named.size() > 1) {
            return new Found(null, "name: " + named.size() + " volunteers named \"" + FormValues.echo(r.name()) + "\" at "
                    + booth.describe() + " (" + String.join(", ", named.stream().map(VolunteerRef::unitCode).toList())
                    + "); add a seat column or the phone number");
        }
        return new Found(named.getFirst(), null);
    }

    /** A booth as a row names it: a code, or a part number with or without its seat. */
    private record Booth(String code, Integer seat, int part) {
        boolean matches(VolunteerRef v) {
            if (code != null) {
                return code.equals(v.unitCode());
            }
            return v.unitNumber() != null && v.unitNumber() == part && (seat == null || seat.equals(ImportRun.seatOf(v.unitCode())));
        }

        String describe() {
            return code != null ? code : seat != null ? "booth " + part + " of seat " + seat : "booth " + part;
        }
    }

    private Booth booth(String cell, Integer seat) {
        if (cell.isEmpty()) {
            return null;
        }
        String c = FormValues.asciiDigits(cell.strip()).toUpperCase(Locale.ROOT).replaceAll("\\s+", "");
        if (c.matches("B-\\d{1,4}-\\d{1,5}")) {
            String[] p = c.split("-");
            String code = "B-" + Integer.parseInt(p[1]) + "-" + Integer.parseInt(p[2]);
            if (run.reports.unitIdByCode(code).isEmpty()) {
                throw new IllegalArgumentException("there is no booth " + code);
            }
            return new Booth(code, Integer.parseInt(p[1]), Integer.parseInt(p[2]));
        }
        Integer part = FormValues.number(cell, 9999);
        if (part == null || part == 0) {
            throw new IllegalArgumentException("\"" + FormValues.echo(cell) + "\" is not a booth number (1 to 9999) or code (B-187-117)");
        }
        if (seat != null && run.reports.unitIdByCode("B-" + seat + "-" + part).isEmpty()) {
            throw new IllegalArgumentException(run.reports.unitIdByCode("AC-" + seat).isPresent()
                    ? "seat " + seat + " has no booth " + part : "there is no assembly seat " + seat);
        }
        return new Booth(seat == null ? null : "B-" + seat + "-" + part, seat, part);
    }

    private static String join(List<String> problems) {
        return String.join(" | ", problems.stream().map(p -> p.endsWith(".") ? p.substring(0, p.length() - 1) : p).toList()) + ".";
    }

    /** The row as it was in the file, kept with the report. */
    private static String original(ReportTable.Row row) {
        StringWriter w = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator("").get())) {
            p.printRecord(row.cells());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }
}
