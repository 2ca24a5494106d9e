package org.warroom.reports.importers;

import org.warroom.platform.io.CsvRecords;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * One row of a report table, read through its column mapping: the cells that name the reporter (still to be looked
 * up), the day in India, the numbers and tags, and every problem found, each as "field: reason".
 */
public record TableRow(long line, String booth, String seat, String phone, String name, LocalDate day, Integer forwarded,
                       Integer added, Integer members, Set<Integer> slots, Set<IssueTag> issues, Mood mood, String feedback,
                       List<String> problems) {
    public TableRow {
        slots = slots == null ? Set.of() : Set.copyOf(slots);
        issues = issues == null ? Set.of() : Set.copyOf(issues);
        problems = List.copyOf(problems);
    }

    /** Reads a row; never throws for bad cells, which become problems. */
    public static TableRow read(CsvRecords.Record row, ColumnMapping m, ImportFormat format) {
        List<String> problems = new ArrayList<>();
        List<String> c = row.cells();
        Function<ReportField, String> cell = f -> {
            Integer i = m.column(f);
            return i == null || i >= c.size() ? "" : c.get(i).strip();
        };
        LocalDate day = null;
        String dateCell = cell.apply(ReportField.DATE);
        if (!dateCell.isEmpty()) {
            day = read("date", problems, () -> FormValues.date(dateCell));
        } else if (m.has(ReportField.TIMESTAMP)) {
            String ts = cell.apply(ReportField.TIMESTAMP);
            ZoneId naive = format == ImportFormat.KOBO || format == ImportFormat.ODK ? ZoneOffset.UTC : FormValues.IST;
            day = read("timestamp", problems, () -> FormValues.timestampDay(ts, naive));
        }
        if (day == null && problems.isEmpty()) {
            problems.add((m.has(ReportField.DATE) ? "date" : "timestamp") + ": empty; every report needs its day");
        }
        Integer fwd = read("forwarded", problems, () -> FormValues.number(cell.apply(ReportField.FORWARDED), 50));
        Integer added = read("added", problems, () -> FormValues.number(cell.apply(ReportField.ADDED), 500));
        Integer members = read("members", problems, () -> FormValues.number(cell.apply(ReportField.MEMBERS), 1024));
        Set<Integer> slots = read("slots", problems, () -> FormValues.slots(cell.apply(ReportField.SLOTS)));
        Set<IssueTag> issues = read("issues", problems, () -> FormValues.issues(cell.apply(ReportField.ISSUES)));
        Mood mood = read("mood", problems, () -> FormValues.mood(cell.apply(ReportField.MOOD)));
        String feedback = cell.apply(ReportField.FEEDBACK);
        if (feedback.length() > 4000) {
            problems.add("feedback: longer than 4,000 characters");
        }
        String phone = cell.apply(ReportField.PHONE);
        String name = cell.apply(ReportField.NAME).replaceAll("\\s+", " ");
        String booth = cell.apply(ReportField.BOOTH);
        if (phone.isEmpty() && (name.isEmpty() || booth.isEmpty())) {
            problems.add(m.has(ReportField.PHONE) ? "phone: empty; give the volunteer's mobile number"
                    : "name, booth: give both to find the volunteer");
        }
        return new TableRow(row.line(), booth, cell.apply(ReportField.SEAT), phone, name, day, fwd, added, members, slots, issues,
                mood, feedback.isEmpty() ? null : feedback, problems);
    }

    private interface Reader<T> {
        T get();
    }

    private static <T> T read(String field, List<String> problems, Reader<T> r) {
        try {
            return r.get();
        } catch (IllegalArgumentException e) {
            problems.add(field + ": " + e.getMessage());
            return null;
        }
    }
}
