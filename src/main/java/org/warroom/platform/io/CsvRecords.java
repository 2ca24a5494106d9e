package org.warroom.platform.io;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Splits CSV text into records with Commons CSV, each with the physical line it starts on (a quoted field may span
 * lines; give a format that keeps empty lines, so that records keep counting lines). A broken quote stops the file:
 * {@link BrokenQuote} says on which line the record began and which mistake it was. Importers word their own errors.
 */
public final class CsvRecords {
    /** One record: its first physical line and its cells, untrimmed. */
    public record Record(long line, List<String> cells) {
        public boolean blank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    /** The records before a broken quote (all of them when there is none) and the broken quote, or null. */
    public record Read(List<Record> records, BrokenQuote brokenQuote) {
    }

    /** Commons CSV stopped at a quote; its own message is not shown, as it may hold the file's data. */
    public static final class BrokenQuote extends RuntimeException {
        private final long line;
        private final boolean neverClosed;

        BrokenQuote(long line, boolean neverClosed) {
            super("broken quote in the record starting on line " + line, null, false, false);
            this.line = line;
            this.neverClosed = neverClosed;
        }

        public long line() {
            return line;
        }

        /** True: a quote opens a field that is never closed; false: text follows a closing quote. */
        public boolean neverClosed() {
            return neverClosed;
        }
    }

    private CsvRecords() {
    }

    /** All the records; a broken quote is thrown. */
    public static List<Record> parse(String text, CSVFormat format) {
        Read read = read(text, format);
        if (read.brokenQuote() != null) {
            throw read.brokenQuote();
        }
        return read.records();
    }

    /** The records up to a broken quote, for importers that still check the lines before it. */
    public static Read read(String text, CSVFormat format) {
        List<Record> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Iterator<CSVRecord> it = parser.iterator();
            while (true) {
                long start = parser.getCurrentLineNumber() + 1;
                boolean more;
                try {
                    more = it.hasNext();
                } catch (UncheckedIOException | IllegalStateException e) {
                    return new Read(rows, new BrokenQuote(start,
                            String.valueOf(e.getMessage()).contains("EOF reached before encapsulated token finished")));
                }
                if (!more) {
                    return new Read(rows, null);
                }
                rows.add(new Record(start, it.next().toList()));
            }
        } catch (IOException e) {
            // a StringReader does not fail; Commons CSV declares it
            throw new UncheckedIOException(e);
        }
    }
}
