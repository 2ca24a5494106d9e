package org.warroom.reports;

import org.warroom.platform.io.CsvRecords;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
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
    private final Map<String, Optional<Long>> codes = new HashMap<>();

    TableImport(ImportRun run, ImportFormat format, ColumnMapping mapping) {
        this.run = run;
        this.format = format;
        this.mapping = mapping;
    }

    boolean run(ReportTable table, int batch, ChatImport.Progress progress, BooleanSupplier cancelled) {
        List<CsvRecords.Record> rows = table.rows();
        int width = table.header().size();
        long total = rows.size();
        for (int from = 0; from < rows.size(); from += batch) {
            // roll-up deltas wait for the end: updating the state's row now would lock it for the whole import
            progress.at(from, total);
            if (cancelled.getAsBoolean()) {
                return false;
            }
            chunk(rows.subList(from, Math.min(rows.size(), from + batch)), width);
        }
        run.writer.flush();
        run.errors.sort(Comparator.comparingLong(ImportProblem::line));
        run.skipped.sort(Comparator.comparingLong(ImportProblem::line));
        progress.at(total, total);
        return !cancelled.getAsBoolean();
    }

    /** A row read and checked on its own: its key, its cells as values, and its number as stored (or null). */
    private record Read(CsvRecords.Record row, String key, TableRow r, String e164) {
    }

    /**
     * A batch of rows: each is read and checked on its own, then the batch's keys and phone numbers are looked up with
     * one query per thousand, and the good rows are saved together.
     */
    private void chunk(List<CsvRecords.Record> rows, int width) {
        List<Read> read = new ArrayList<>(rows.size());
        for (CsvRecords.Record row : rows) {
            Read x = row.blank() ? null : read(row, width);
            if (x != null) {
                read.add(x);
            }
        }
        Set<String> known = run.knownKeys(read.stream().map(Read::key).toList());
        run.lookUpPhones(read.stream().map(Read::e164).filter(Objects::nonNull).toList());
        List<VolunteerRef> volunteers = new ArrayList<>();
        List<ReportDraft> drafts = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        for (Read x : read) {
            if (known.contains(x.key())) {
                run.alreadyImported(x.row().line());
                continue;
            }
            Found who = volunteer(x);
            if (who.problem() != null) {
                run.error(x.row().line(), who.problem());
                continue;
            }
            VolunteerRef v = who.volunteer();
            TableRow r = x.r();
            volunteers.add(v);
            drafts.add(new ReportDraft(v.id(), v.unitId(), r.day(), r.slots(), r.forwarded(), r.added(), r.members(), r.issues(),
                    r.mood(), r.feedback()));
            texts.add(original(x.row()));
            keys.add(x.key());
            lines.add(x.row().line());
        }
        List<String> refused = run.saveAll(volunteers, drafts, format == ImportFormat.CSV ? ReportSource.CSV : ReportSource.FORM,
                texts, keys);
        for (int i = 0; i < refused.size(); i++) {
            if (refused.get(i) == ImportRun.ALREADY) {
                run.alreadyImported(lines.get(i));
            } else if (refused.get(i) != null) {
                run.error(lines.get(i), refused.get(i));
            }
        }
    }

    private Read read(CsvRecords.Record row, int width) {
        run.total++;
        int n = row.cells().size();
        boolean extraEmpty = n > width && row.cells().subList(width, n).stream().allMatch(String::isBlank);
        if (n != width && !extraEmpty) {
            run.error(row.line(), "this line has " + n + (n == 1 ? " field" : " fields") + " but the header has " + width
                    + ". A value with a comma must be in double quotes (\"local, scheme\"); check for a missing or extra "
                    + (format == ImportFormat.KOBO ? "';'." : "comma."));
            return null;
        }
        String key = ImportRun.sha256(format.label() + "\u001F" + String.join("\u001F", row.cells().stream().map(String::strip).toList()));
        if (run.seenInFile(key, row.line())) {
            return null;
        }
        TableRow r = TableRow.read(row, mapping, format);
        if (!r.problems().isEmpty()) {
            run.error(row.line(), join(r.problems()));
            return null;
        }
        String phone = r.phone();
        return new Read(row, key, r, phone.isEmpty() ? null : E164.matcher(phone).matches() ? phone : Phones.normalize(phone));
    }

    /** A number written exactly as the volunteer table keeps it: looked up as it is before libphonenumber is asked. */
    private static final Pattern E164 = Pattern.compile("\\+91\\d{10}");

    private record Found(VolunteerRef volunteer, String problem) {
    }

    private Found volunteer(Read x) {
        TableRow r = x.r();
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
            String e164 = x.e164();
            Optional<VolunteerRef> v = e164 == null ? Optional.empty() : run.volunteerByPhone(e164);
            if (v.isEmpty() && e164 != null && e164.equals(r.phone())) {
                e164 = Phones.normalize(r.phone()); // not on file as written: is it a mobile number at all?
            }
            if (e164 == null) {
                return new Found(null, "phone: \"" + FormValues.echo(r.phone()) + "\" is not an Indian mobile number");
            }
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
            if (unitId(code).isEmpty()) {
                throw new IllegalArgumentException("there is no booth " + code);
            }
            return new Booth(code, Integer.parseInt(p[1]), Integer.parseInt(p[2]));
        }
        Integer part = FormValues.number(cell, 9999);
        if (part == null || part == 0) {
            throw new IllegalArgumentException("\"" + FormValues.echo(cell) + "\" is not a booth number (1 to 9999) or code (B-187-117)");
        }
        if (seat != null && unitId("B-" + seat + "-" + part).isEmpty()) {
            throw new IllegalArgumentException(run.reports.unitIdByCode("AC-" + seat).isPresent()
                    ? "seat " + seat + " has no booth " + part : "there is no assembly seat " + seat);
        }
        return new Booth(seat == null ? null : "B-" + seat + "-" + part, seat, part);
    }

    /** A unit's id by its code, asked once per code in a file (a day's file names each booth about five times). */
    private Optional<Long> unitId(String code) {
        return codes.computeIfAbsent(code, run.reports::unitIdByCode);
    }

    private static String join(List<String> problems) {
        return String.join(" | ", problems.stream().map(p -> p.endsWith(".") ? p.substring(0, p.length() - 1) : p).toList()) + ".";
    }

    /** The row as it was in the file, kept with the report. */
    private static String original(CsvRecords.Record row) {
        StringWriter w = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator("").get())) {
            p.printRecord(row.cells());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }
}
