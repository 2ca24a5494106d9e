package org.warroom.people.importers;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Splits CSV text into records, each with the physical line it starts on (a quoted field may span lines). */
final class CsvRows {
    /** One record: its first physical line and its cells, untrimmed. */
    record Row(long line, List<String> cells) {
        boolean blank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    // empty lines are kept as records so that counting records keeps counting physical lines
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();

    private CsvRows() {
    }

    static List<Row> parse(String text) {
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            Iterator<CSVRecord> it = parser.iterator();
            while (true) {
                long start = parser.getCurrentLineNumber() + 1;
                boolean more;
                try {
                    more = it.hasNext();
                } catch (UncheckedIOException | IllegalStateException e) {
                    throw broken(start, e);
                }
                if (!more) {
                    return rows;
                }
                rows.add(new Row(start, it.next().toList()));
            }
        } catch (IOException e) {
            throw new ImportException(0, "The file could not be read as CSV.");
        }
    }

    /** Commons CSV stops at a broken quote; say where it started and how to mend it (its message may hold data). */
    private static ImportException broken(long line, RuntimeException e) {
        String detail = String.valueOf(e.getMessage());
        if (detail.contains("EOF reached before encapsulated token finished")) {
            return new ImportException(line, "a double quote (\") opens a field that is never closed, so the rest of "
                    + "the file cannot be read. Remove the stray quote, or put the whole field in quotes "
                    + "(\"Sharma, Ram\"); a quote inside a field is written twice (\"\").");
        }
        return new ImportException(line, "text follows a closing double quote in a field (like \"Ram\" Kumar). "
                + "Put the whole field in quotes (\"Ram Kumar\"), or remove the quotes; a quote inside a field is "
                + "written twice (\"\").");
    }
}
