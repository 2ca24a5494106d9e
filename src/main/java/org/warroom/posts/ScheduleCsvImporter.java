package org.warroom.posts;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.warroom.operators.OperatorService;
import org.warroom.org.OrgService;
import org.warroom.platform.io.CsvRecords;
import org.warroom.posts.ScheduleImportReport.Line;
import org.warroom.posts.ScheduleImportReport.Mode;

/**
 * Bulk scheduling from a CSV file with the header {@code date,slot,title,body_hi,body_en,category,targets,channels,author}
 * (targets are unit codes and channels names, each separated by {@code ;}). Each good line becomes a post drafted
 * by its author and submitted for approval; every bad line is reported with its number and reason. The good lines
 * are created in one transaction ({@link Mode#KEEP_GOOD}), or nothing unless every line is good.
 */
public final class ScheduleCsvImporter {
    private static final Logger LOG = LoggerFactory.getLogger(ScheduleCsvImporter.class);
    private static final long MAX_BYTES = 20L * 1024 * 1024;
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();
    private static final Map<String, String> COLUMN_OF_FIELD = Map.of("body", "body_hi/body_en", "slot", "date/slot",
            "operator", "author", "attachment", "attachments");

    private final OrgService org;
    private final OperatorService operators;
    private final PostService posts;

    public ScheduleCsvImporter(OrgService org, OperatorService operators, PostService posts) {
        this.org = org;
        this.operators = operators;
        this.posts = posts;
    }

    /** Checks every line and reports; creates nothing. */
    public ScheduleImportReport preview(Path file, Mode mode) {
        return importFile(file, mode, true);
    }

    public ScheduleImportReport importFile(Path file, Mode mode, boolean dryRun) {
        String text;
        try {
            text = read(file);
        } catch (IllegalArgumentException e) {
            return failed(mode, e.getMessage());
        }
        List<Line> errors = new ArrayList<>();
        List<Line> warnings = new ArrayList<>();
        List<AuthoredDraft> good = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        Map<String, Long> slotTargets = new HashMap<>();
        ScheduleRow reader = new ScheduleRow(org, operators, posts.slots());
        Map<String, Integer> header = null;
        int headerSize = 0;
        int read = 0;
        CsvRecords.Read csv = CsvRecords.read(text, FORMAT);
        for (CsvRecords.Record record : csv.records()) {
            List<String> cells = record.cells();
            long line = record.line();
            if (record.blank()) {
                continue;
            }
            if (header == null) {
                header = header(cells, line, errors);
                headerSize = cells.size();
                if (header == null) {
                    return new ScheduleImportReport(0, 0, errors, warnings, mode, false, List.of());
                }
                continue;
            }
            read++;
            int n = cells.size();
            if (n != headerSize && !(n > headerSize && cells.subList(headerSize, n).stream().allMatch(String::isBlank))) {
                // the cells no longer line up with the columns, so any other message would mislead
                errors.add(new Line(line, "this line has " + n + (n == 1 ? " field" : " fields") + " but the header has "
                        + headerSize + ". A text with a comma must be in double quotes (\"Sultanpur, Amethi\"); check "
                        + "for a missing or extra comma."));
                continue;
            }
            row(reader, header, cells, line, errors, warnings, good, seen, slotTargets);
        }
        if (csv.brokenQuote() != null) {
            // the lines before it were checked; the rest of the file cannot be read
            errors.add(new Line(csv.brokenQuote().line(), "a double quote (\") opens a field that is never closed, so the rest "
                    + "of the file cannot be read; a quote inside a field is written twice (\"\")."));
        }
        if (header == null) {
            return failed(mode, "The file is empty. It needs the header " + String.join(",", ScheduleRow.COLUMNS)
                    + " and one line per post.");
        }
        if (read == 0 && errors.isEmpty()) {
            return failed(mode, "The file has a header but no posts: add one line per post below it.");
        }
        return finish(read, good, errors, warnings, mode, dryRun);
    }

    private void row(ScheduleRow reader, Map<String, Integer> header, List<String> cells, long line, List<Line> errors,
                     List<Line> warnings, List<AuthoredDraft> good, Map<String, Long> seen, Map<String, Long> slotTargets) {
        Map<String, String> cell = new HashMap<>();
        header.forEach((column, i) -> cell.put(column, i < cells.size() ? cells.get(i) : ""));
        ScheduleRow.Parsed p = reader.read(cell);
        List<String> problems = new ArrayList<>(p.problems());
        if (problems.isEmpty()) {
            try {
                posts.check(p.author().id(), p.draft());
            } catch (PostValidationException | IllegalArgumentException e) {
                problems.add(reason(e));
            }
        }
        PostDraft d = p.draft();
        String key = d.slotDate() + "/" + d.slotNo() + "/" + ScheduleRow.echo(d.title()).toLowerCase(Locale.ROOT) + "/" + d.targetUnitIds();
        Long same = problems.isEmpty() ? seen.putIfAbsent(key, line) : null;
        if (same != null) {
            problems.add("this post (same date, slot, title and targets) is already on line " + same + "; keep one of them");
        }
        if (!problems.isEmpty()) {
            errors.add(new Line(line, String.join(" | ", problems.stream()
                    .map(m -> m.endsWith(".") ? m.substring(0, m.length() - 1) : m).toList()) + "."));
            return;
        }
        good.add(new AuthoredDraft(p.author().id(), d));
        warn(d, line, warnings, slotTargets);
    }

    /** Two posts in one slot for one target, in the file or already planned; and seats that will be silent then. */
    private void warn(PostDraft d, long line, List<Line> warnings, Map<String, Long> slotTargets) {
        for (long unit : d.targetUnitIds()) {
            Long other = slotTargets.putIfAbsent(d.slotDate() + "/" + d.slotNo() + "/" + unit, line);
            if (other != null) {
                warnings.add(new Line(line, "line " + other + " also has a post in this slot for the same target ("
                        + org.unit(unit).map(u -> u.unit().code()).orElse("unit " + unit) + ")."));
            }
        }
        posts.clashes(d.slotDate(), d.slotNo(), d.targetUnitIds(), -1)
                .forEach(c -> warnings.add(new Line(line, c.message())));
        Instant at = posts.slotTime(d.slotDate(), d.slotNo());
        SilenceVerdict v = posts.silence(d.targetUnitIds(), at);
        if (!v.clear()) {
            warnings.add(new Line(line, v.message() + " The approver must confirm leaving those seats out when scheduling."));
        }
    }

    private ScheduleImportReport finish(int read, List<AuthoredDraft> good, List<Line> errors, List<Line> warnings,
                                        Mode mode, boolean dryRun) {
        int wouldSave = mode == Mode.KEEP_GOOD || errors.isEmpty() ? good.size() : 0;
        if (dryRun || wouldSave == 0) {
            LOG.info("schedule import {}: {} rows, {} good, {} refused, nothing saved", dryRun ? "preview" : "refused",
                    read, good.size(), errors.size());
            return new ScheduleImportReport(read, dryRun ? wouldSave : 0, errors, warnings, mode, false, List.of());
        }
        try {
            List<Long> ids = posts.createSubmitted(good).stream().map(Post::id).toList();
            LOG.info("schedule import: {} rows, {} posts created, {} refused", read, ids.size(), errors.size());
            return new ScheduleImportReport(read, ids.size(), errors, warnings, mode, true, ids);
        } catch (PostValidationException | IllegalArgumentException e) {
            // a line that passed a moment ago no longer does (another desk changed something): nothing was saved
            List<Line> all = new ArrayList<>(errors);
            all.add(new Line(0, reason(e) + " Nothing was saved: the whole import was rolled back; import the file again."));
            return new ScheduleImportReport(read, 0, all, warnings, mode, false, List.of());
        }
    }

    private static Map<String, Integer> header(List<String> cells, long line, List<Line> errors) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            columns.putIfAbsent(cells.get(i).strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_"), i);
        }
        List<String> missing = ScheduleRow.COLUMNS.stream().filter(c -> !columns.containsKey(c)).toList();
        if (missing.isEmpty()) {
            columns.keySet().retainAll(ScheduleRow.COLUMNS);
            return columns;
        }
        String only = cells.size() == 1 ? cells.getFirst() : "";
        String delimiter = only.contains(";") ? "semicolons (;)" : only.contains("\t") ? "tabs" : null;
        errors.add(new Line(line, delimiter != null
                ? "the columns are separated by " + delimiter + ", not commas. Save the file as \"CSV UTF-8 (comma delimited)\"."
                : "the header lacks " + String.join(", ", missing) + "; the first line must name the columns "
                        + String.join(",", ScheduleRow.COLUMNS) + "."));
        return null;
    }

    /** The service names form fields; the operator sees the file's columns. */
    private static String reason(RuntimeException e) {
        String field = e instanceof PostValidationException v ? COLUMN_OF_FIELD.getOrDefault(v.field(), v.field()) : "author";
        return field + ": " + e.getMessage();
    }

    private static String read(Path file) {
        String name = String.valueOf(file.getFileName());
        try {
            if (Files.isDirectory(file)) {
                throw new IllegalArgumentException(name + " is a folder, not a CSV file.");
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new IllegalArgumentException(name + " is larger than 20 MB; check that this is the right file, or split it.");
            }
            byte[] b = Files.readAllBytes(file);
            int start = b.length >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF ? 3 : 0;
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b, start, b.length - start)).toString();
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("The file " + name + " does not exist.");
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(name + " is not UTF-8 text. Save it from the spreadsheet as \"CSV UTF-8 (comma delimited)\".");
        } catch (IOException e) {
            throw new IllegalArgumentException(name + " could not be read (" + e.getClass().getSimpleName() + ").");
        }
    }

    private static ScheduleImportReport failed(Mode mode, String reason) {
        return new ScheduleImportReport(0, 0, List.of(new Line(0, reason)), List.of(), mode, false, List.of());
    }
}
