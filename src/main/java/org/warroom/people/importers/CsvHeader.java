package org.warroom.people.importers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The header line: where each documented column is, checked for a wrong separator and missing columns. */
final class CsvHeader {
    static final Set<String> KNOWN = Set.of("seat", "booth", "unit", "name", "phone", "role", "wing", "consent_date", "active");
    private static final String REQUIRED = "seat and booth (or unit), name, phone, consent_date";

    private final Map<String, Integer> index;
    private final int size;

    private CsvHeader(Map<String, Integer> index, int size) {
        this.index = index;
        this.size = size;
    }

    /** Reads the header; {@code rawLine} is the first line as typed, to recognise a ';' or tab separator. */
    static CsvHeader of(List<String> cells, String rawLine) {
        if (cells.stream().allMatch(String::isBlank)) {
            throw new ImportException(1, "the first line is empty. It must hold the column names: " + REQUIRED + ".");
        }
        Map<String, Integer> index = new HashMap<>();
        List<String> found = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            String key = key(cells.get(i));
            found.add(Cells.echo(cells.get(i).strip()));
            Integer earlier = index.putIfAbsent(key, i);
            if (earlier != null && KNOWN.contains(key)) {
                throw new ImportException(1, "the column \"" + key + "\" appears twice (columns " + (earlier + 1)
                        + " and " + (i + 1) + "). Keep one of them.");
            }
        }
        CsvHeader header = new CsvHeader(index, cells.size());
        List<String> missing = header.missing();
        if (missing.isEmpty()) {
            return header;
        }
        String separator = separator(rawLine);
        if (separator != null) {
            throw new ImportException(1, "the file is separated by " + separator + ", not commas. In Excel use "
                    + "Save As > \"CSV UTF-8 (comma delimited)\"; in LibreOffice choose \",\" as the field delimiter.");
        }
        boolean anyKnown = index.keySet().stream().anyMatch(KNOWN::contains);
        throw new ImportException(1, "missing " + (missing.size() == 1 ? "column: " : "columns: ")
                + String.join(", ", missing) + ". The header must name " + REQUIRED + "; it has: "
                + String.join(", ", found) + "."
                + (anyKnown ? "" : " The first line must be the column names, not a volunteer."));
    }

    private List<String> missing() {
        List<String> missing = new ArrayList<>();
        boolean seat = has("seat");
        boolean booth = has("booth");
        if (!has("unit")) {
            if (seat && !booth) {
                missing.add("booth");
            } else if (booth && !seat) {
                missing.add("seat");
            } else if (!seat) {
                missing.add("seat and booth (or unit)");
            }
        }
        for (String c : List.of("name", "phone", "consent_date")) {
            if (!has(c)) {
                missing.add(c);
            }
        }
        return missing;
    }

    /** A header that read as too few columns but holds more ';' or tabs than commas was written with those. */
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

    /** "Consent Date", "consent-date" and "CONSENT_DATE" all name the same column. */
    static String key(String cell) {
        return cell.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    }

    boolean has(String column) {
        return index.containsKey(column);
    }

    int size() {
        return size;
    }

    /** The trimmed cell of this column, or "" where the column is absent or the row is short. */
    String get(List<String> row, String column) {
        Integer i = index.get(column);
        return i == null || i >= row.size() ? "" : row.get(i).strip();
    }
}
