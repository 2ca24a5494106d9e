package org.warroom.people.importers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.warroom.platform.db.StorageErrors;
import org.warroom.platform.io.CsvRecords;
import org.warroom.org.OrgService;
import org.warroom.people.PeopleService;
import org.warroom.people.PhoneNumbers;
import org.warroom.people.ValidationException;
import org.warroom.people.VolunteerDraft;
import org.warroom.people.importers.ImportReport.Mode;
import org.warroom.people.importers.ImportReport.RowError;

/**
 * Imports volunteers from a CSV file (columns in docs/volunteers-csv.md): every bad row is reported with its line,
 * and the good rows are saved in one transaction, or nothing is saved. Messages never hold a whole phone number.
 */
public final class VolunteerCsvImporter {
    private static final Logger LOG = LoggerFactory.getLogger(VolunteerCsvImporter.class);
    private static final Map<String, String> COLUMN_OF_FIELD = Map.of("consent", "consent_date");

    private final OrgService org;
    private final PeopleService people;
    private final Runnable beforeSave;

    public VolunteerCsvImporter(OrgService org, PeopleService people) {
        this(org, people, () -> { });
    }

    /** For tests: {@code beforeSave} runs between checking and saving, where another desk's change can land. */
    VolunteerCsvImporter(OrgService org, PeopleService people, Runnable beforeSave) {
        this.org = org;
        this.people = people;
        this.beforeSave = beforeSave;
    }

    /** Checks every row and reports; saves nothing. The window's preview and the CLI's first pass. */
    public ImportReport preview(Path file, Mode mode) {
        return importFile(file, mode, true);
    }

    /**
     * Reads, checks and (unless {@code dryRun}) saves the file.
     *
     * @throws ImportException when the file as a whole cannot be read (its message says why and what to do)
     */
    public ImportReport importFile(Path file, Mode mode, boolean dryRun) {
        String text = CsvText.read(file);
        List<CsvRecords.Record> rows = CsvRows.parse(text);
        if (rows.isEmpty()) {
            throw new ImportException(0, "The file is empty. It needs a header line and one line per volunteer.");
        }
        CsvHeader header = CsvHeader.of(rows.getFirst().cells(), text.lines().findFirst().orElse(""));
        RowChecker checker = new RowChecker(header, new UnitLookup(org), people.wings());
        List<RowError> errors = new ArrayList<>();
        List<VolunteerDraft> good = new ArrayList<>();
        List<Long> goodLines = new ArrayList<>();
        Map<String, Long> firstLineOfPhone = new HashMap<>();
        int read = 0;
        for (CsvRecords.Record row : rows.subList(1, rows.size())) {
            if (row.blank()) {
                continue; // spreadsheets leave empty lines and ",,,," rows at the end
            }
            read++;
            String problem = check(header, checker, row, firstLineOfPhone, good);
            if (problem == null) {
                goodLines.add(row.line());
            } else {
                errors.add(new RowError(row.line(), problem));
            }
        }
        if (read == 0) {
            throw new ImportException(0, "The file has a header but no volunteers: add one line per volunteer below it.");
        }
        return finish(read, good, goodLines, errors, mode, dryRun);
    }

    /** One row's problems joined, or null when it is good (then its draft is added to {@code good}). */
    private String check(CsvHeader header, RowChecker checker, CsvRecords.Record row, Map<String, Long> firstLineOfPhone,
                         List<VolunteerDraft> good) {
        int n = row.cells().size();
        boolean extraAreEmpty = n > header.size() && row.cells().subList(header.size(), n).stream().allMatch(String::isBlank);
        if (n != header.size() && !extraAreEmpty) {
            // the cells no longer line up with the columns, so any other message would mislead
            return "this line has " + n + (n == 1 ? " field" : " fields") + " but the header has " + header.size()
                    + ". A name with a comma must be in double quotes (\"Sharma, Ram\"); check for a missing or extra comma.";
        }
        RowChecker.Outcome out = checker.check(row.cells());
        List<String> problems = new ArrayList<>(out.problems());
        if (out.phone() != null) {
            Long first = firstLineOfPhone.putIfAbsent(out.phone(), row.line());
            if (first != null) {
                problems.add("phone: " + PhoneNumbers.mask(out.phone()) + " is already on line " + first
                        + " of this file; keep one of the two lines.");
            }
        }
        if (problems.isEmpty()) {
            try {
                people.check(out.draft());
                good.add(out.draft());
            } catch (ValidationException e) {
                problems.add(reason(e));
            }
        }
        return problems.isEmpty() ? null : join(problems);
    }

    /** "name: required | phone: not a mobile." : each problem starts with its column, so a reader can tell them apart. */
    private static String join(List<String> problems) {
        List<String> parts = problems.stream().map(p -> p.endsWith(".") ? p.substring(0, p.length() - 1) : p).toList();
        return String.join(" | ", parts) + ".";
    }

    private ImportReport finish(int read, List<VolunteerDraft> good, List<Long> goodLines, List<RowError> errors,
                                Mode mode, boolean dryRun) {
        int wouldSave = mode == Mode.KEEP_GOOD || errors.isEmpty() ? good.size() : 0;
        if (dryRun || wouldSave == 0) {
            LOG.info("volunteer import {}: {} rows, {} good, {} refused, nothing saved", dryRun ? "preview" : "refused",
                    read, good.size(), errors.size());
            return new ImportReport(read, dryRun ? wouldSave : 0, errors, mode, false);
        }
        beforeSave.run();
        try {
            int saved = people.addAll(good);
            LOG.info("volunteer import: {} rows, {} saved, {} refused", read, saved, errors.size());
            return new ImportReport(read, saved, errors, mode, true);
        } catch (ValidationException e) {
            // a row that was good a moment ago is not any more: someone saved the same person in between
            errors.add(blame(good, goodLines, e));
        } catch (RuntimeException e) {
            // the database's own message can quote the row, phone included, so only the kind of failure is logged
            LOG.warn("volunteer import rolled back: {}", e.getClass().getName());
            errors.add(new RowError(0, StorageErrors.diskFull(e)
                    ? "The disk is full, so nothing was saved. Free some space on the drive that holds the data folder "
                    + "and import the file again."
                    : "The database refused the import (" + e.getClass().getSimpleName()
                    + "), so nothing was saved. Try again; if it happens again, make a backup and ask for help."));
        }
        LOG.info("volunteer import rolled back: {} rows, nothing saved", read);
        errors.sort((a, b) -> Long.compare(a.line(), b.line()));
        return new ImportReport(read, 0, errors, mode, false);
    }

    /** Finds the row that no longer passes, now that the transaction is rolled back. */
    private RowError blame(List<VolunteerDraft> good, List<Long> goodLines, ValidationException e) {
        String rolledBack = " Nothing was saved: the whole import was rolled back. Another desk may have added the "
                + "same person just now; fix or remove this line and import again.";
        for (int i = 0; i < good.size(); i++) {
            try {
                people.check(good.get(i));
            } catch (ValidationException now) {
                return new RowError(goodLines.get(i), reason(now) + rolledBack);
            }
        }
        return new RowError(0, reason(e) + rolledBack);
    }

    /** The service names form fields; the operator sees the file's column names. */
    private static String reason(ValidationException e) {
        String field = e.field() == null ? "row" : COLUMN_OF_FIELD.getOrDefault(e.field(), e.field());
        return field + ": " + e.getMessage();
    }
}
