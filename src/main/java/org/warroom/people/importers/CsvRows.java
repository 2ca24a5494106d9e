package org.warroom.people.importers;

import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.warroom.platform.io.CsvRecords;

/** Splits CSV text into records, each with the physical line it starts on (a quoted field may span lines). */
final class CsvRows {
    // empty lines are kept as records so that counting records keeps counting physical lines
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();

    private CsvRows() {
    }

    static List<CsvRecords.Record> parse(String text) {
        try {
            return CsvRecords.parse(text, FORMAT);
        } catch (CsvRecords.BrokenQuote e) {
            throw broken(e);
        }
    }

    /** Commons CSV stops at a broken quote; say where it started and how to mend it (its message may hold data). */
    private static ImportException broken(CsvRecords.BrokenQuote e) {
        if (e.neverClosed()) {
            return new ImportException(e.line(), "a double quote (\") opens a field that is never closed, so the rest of "
                    + "the file cannot be read. Remove the stray quote, or put the whole field in quotes "
                    + "(\"Sharma, Ram\"); a quote inside a field is written twice (\"\").");
        }
        return new ImportException(e.line(), "text follows a closing double quote in a field (like \"Ram\" Kumar). "
                + "Put the whole field in quotes (\"Ram Kumar\"), or remove the quotes; a quote inside a field is "
                + "written twice (\"\").");
    }
}
