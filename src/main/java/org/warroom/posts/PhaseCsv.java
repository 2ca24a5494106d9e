package org.warroom.posts;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.warroom.posts.PhaseCsvResult.Problem;

/**
 * Reads the poll calendar, a CSV file with the header {@code ac_no,poll_date,poll_close} (columns in any order,
 * others ignored) and a line per seat, like {@code 187,2027-02-20,18:00}; times are IST. Every bad line is reported
 * with its number and reason, and a file with any bad line yields no phases.
 */
public final class PhaseCsv {
    /** Uttar Pradesh's assembly seats are numbered 1–403. */
    public static final int UP_SEATS = 403;
    private static final List<String> COLUMNS = List.of("ac_no", "poll_date", "poll_close");
    private static final long MAX_BYTES = 1_000_000;
    private static final String EMPTY = "The file is empty. It needs the header ac_no,poll_date,poll_close and one line per seat.";
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();

    private PhaseCsv() {
    }

    /** A calendar for Uttar Pradesh's 403 seats. */
    public static PhaseCsvResult parse(Path file) {
        return parse(file, UP_SEATS);
    }

    /** A calendar whose seats are numbered 1 to {@code seatCount}. */
    public static PhaseCsvResult parse(Path file, int seatCount) {
        String name = String.valueOf(file.getFileName());
        try {
            if (Files.isDirectory(file)) {
                return failed(name + " is a folder, not a CSV file.");
            }
            if (Files.size(file) > MAX_BYTES) {
                return failed(name + " is larger than 1 MB; a poll calendar of 403 seats is about 10 KB. Check the file.");
            }
            return parseText(decode(Files.readAllBytes(file)), seatCount);
        } catch (NoSuchFileException e) {
            return failed("The file " + name + " does not exist.");
        } catch (CharacterCodingException e) {
            return failed(name + " is not UTF-8 text. Save it from the spreadsheet as \"CSV UTF-8 (comma delimited)\".");
        } catch (IOException e) {
            return failed(name + " could not be read (" + e.getClass().getSimpleName() + ").");
        }
    }

    static PhaseCsvResult parseText(String text, int seatCount) {
        if (text.isBlank()) {
            return failed(EMPTY);
        }
        List<Problem> problems = new ArrayList<>();
        List<PollPhase> phases = new ArrayList<>();
        Map<Integer, Long> seenOn = new HashMap<>();
        Map<String, Integer> columns = null;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            Iterator<CSVRecord> it = parser.iterator();
            while (true) {
                long line = parser.getCurrentLineNumber() + 1;
                if (!hasNext(it, line, problems)) {
                    break;
                }
                List<String> cells = it.next().toList();
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                String delimiter = wrongDelimiter(cells);
                if (delimiter != null) {
                    problems.add(new Problem(line, "the columns are separated by " + delimiter + ", not by commas. "
                            + "Save the file as CSV with commas."));
                    if (columns == null) {
                        break;
                    }
                } else if (columns == null) {
                    columns = header(cells, line, problems);
                    if (columns == null) {
                        break;
                    }
                } else {
                    PhaseRow.read(cells, columns, line, seatCount, seenOn, problems).ifPresent(phases::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);   // reading a String does no I/O
        }
        if (columns == null && problems.isEmpty()) {
            return failed(EMPTY);
        }
        if (phases.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(0, "The file has a header but no seats."));
        }
        return new PhaseCsvResult(phases, problems);
    }

    private static boolean hasNext(Iterator<CSVRecord> it, long line, List<Problem> problems) {
        try {
            return it.hasNext();
        } catch (UncheckedIOException | IllegalStateException e) {
            // the parser cannot go past a broken quote, so this is the last thing it can report
            problems.add(new Problem(line, "a double quote (\") opens a field that is never closed properly."));
            return false;
        }
    }

    private static Map<String, Integer> header(List<String> cells, long line, List<Problem> problems) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            columns.putIfAbsent(cells.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        List<String> missing = COLUMNS.stream().filter(c -> !columns.containsKey(c)).toList();
        if (missing.isEmpty()) {
            return columns;
        }
        problems.add(new Problem(line, "the header lacks " + String.join(", ", missing)
                + "; the first line must name the columns ac_no,poll_date,poll_close."));
        return null;
    }

    private static String wrongDelimiter(List<String> cells) {
        if (cells.size() != 1) {
            return null;
        }
        String only = cells.get(0);
        return only.contains(";") ? "semicolons (;)" : only.contains("\t") ? "tabs" : only.contains("|") ? "bars (|)" : null;
    }

    private static String decode(byte[] b) throws CharacterCodingException {
        int start = b.length >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF ? 3 : 0;
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b, start, b.length - start)).toString();
    }

    private static PhaseCsvResult failed(String reason) {
        return new PhaseCsvResult(List.of(), List.of(new Problem(0, reason)));
    }
}
