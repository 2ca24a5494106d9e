package org.warroom.reports.importers;

import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.warroom.platform.io.CsvRecords;
import org.warroom.platform.io.StrictUtf8;

/**
 * A report table read from a CSV file as strict UTF-8 (a bad byte is an error with its line), split into a header and
 * rows, each row with the physical line it starts on. Kobo writes ';' between fields; every other source ','.
 */
public final class ReportTable {
    private final List<String> header;
    private final List<CsvRecords.Record> rows;

    private ReportTable(List<String> header, List<CsvRecords.Record> rows) {
        this.header = List.copyOf(header);
        this.rows = List.copyOf(rows);
    }

    public List<String> header() {
        return header;
    }

    /** The rows after the header, blank ones included (they keep line numbers honest; callers skip them). */
    public List<CsvRecords.Record> rows() {
        return rows;
    }

    /** Reads a table in the given (already detected) format. */
    public static ReportTable read(byte[] bytes, ImportFormat format) {
        String text = decode(bytes);
        char delimiter = format == ImportFormat.KOBO ? ';' : ',';
        String firstLine = text.lines().findFirst().orElse("");
        if (format == ImportFormat.KOBO && count(firstLine, ';') == 0 && count(firstLine, ',') > 0) {
            throw new TableImportException(1, "a KoboToolbox export is separated by ';' but this file uses commas. "
                    + "Export it again from Kobo (CSV, \";\" separator), or import it with --format csv.");
        }
        List<CsvRecords.Record> all = parse(text, delimiter);
        if (all.isEmpty() || all.stream().allMatch(CsvRecords.Record::blank)) {
            throw new TableImportException(0, "The file is empty. It needs a header line with the column names and one line per report.");
        }
        CsvRecords.Record head = all.getFirst();
        if (head.blank()) {
            throw new TableImportException(1, "the first line is empty. It must hold the column names (booth, phone, date, forwarded, …).");
        }
        String rawFirst = text.lines().findFirst().orElse("");
        if (head.cells().size() == 1 && format != ImportFormat.KOBO) {
            String sep = separator(rawFirst);
            if (sep != null) {
                throw new TableImportException(1, "the file is separated by " + sep + ", not commas. In Excel use Save As > "
                        + "\"CSV UTF-8 (comma delimited)\"; in LibreOffice choose \",\" as the field delimiter.");
            }
        }
        if (all.subList(1, all.size()).stream().allMatch(CsvRecords.Record::blank)) {
            throw new TableImportException(0, "The file has a header but no reports: add one line per report below it.");
        }
        return new ReportTable(head.cells(), all.subList(1, all.size()));
    }

    private static String separator(String rawLine) {
        long commas = count(rawLine, ',');
        if (count(rawLine, ';') > commas) {
            return "';' (semicolons)";
        }
        if (count(rawLine, '\t') > commas) {
            return "tabs";
        }
        if (count(rawLine, '|') > commas) {
            return "'|'";
        }
        return null;
    }

    private static long count(String s, char c) {
        return s.chars().filter(ch -> ch == c).count();
    }

    static List<CsvRecords.Record> parse(String text, char delimiter) {
        CSVFormat fmt = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
        try {
            return CsvRecords.parse(text, fmt);
        } catch (CsvRecords.BrokenQuote e) {
            throw broken(e);
        }
    }

    private static TableImportException broken(CsvRecords.BrokenQuote e) {
        if (e.neverClosed()) {
            return new TableImportException(e.line(), "a double quote (\") opens a field that is never closed, so the rest of "
                    + "the file cannot be read. Remove the stray quote; a quote inside a field is written twice (\"\").");
        }
        return new TableImportException(e.line(), "text follows a closing double quote in a field (like \"6\" forwarded). "
                + "Put the whole field in quotes, or remove the quotes.");
    }

    /** Strict UTF-8 with an optional BOM; UTF-16 and NUL bytes are named as such. */
    static String decode(byte[] b) {
        try {
            return StrictUtf8.decode(b, "The file is empty. It needs a header line with the column names and one line per report.");
        } catch (StrictUtf8.NotUtf8 e) {
            throw new TableImportException(e.line(), e.getMessage());
        }
    }
}
