package org.warroom.reports.importers;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Which column holds which report field. Columns are recognised by words in their names, in English or Hindi
 * ("Mobile number", "फॉरवर्ड किए संदेश", Kobo's "group_report/booth", ODK's "report-booth"); an explicit mapping
 * ("Booth No=booth,Mobile=phone", or column numbers "3=phone") overrides the guess, and is remembered per source.
 */
public final class ColumnMapping {
    /** Fields in the order their words are tried: the first that matches a column name wins it. */
    private static final List<Map.Entry<ReportField, List<String>>> WORDS = List.of(
            Map.entry(ReportField.TIMESTAMP, List.of("timestamp", "submission time", "submissiondate", "submission date", "submitted at")),
            Map.entry(ReportField.PHONE, List.of("phone", "mobile", "whatsapp number", "मोबाइल", "फोन")),
            Map.entry(ReportField.SLOTS, List.of("slot", "स्लॉट")),
            Map.entry(ReportField.FORWARDED, List.of("forward", "fwd", "फॉरवर्ड", "फारवर्ड", "फोरवर्ड")),
            Map.entry(ReportField.ADDED, List.of("added", "joined", "new members", "जोडे", "जोडा", "जोडी")),
            Map.entry(ReportField.MEMBERS, List.of("members", "member", "group size", "सदस्य", "मेंबर", "मेम्बर")),
            Map.entry(ReportField.ISSUES, List.of("issue", "मुद्द")),
            Map.entry(ReportField.MOOD, List.of("mood", "माहौल")),
            Map.entry(ReportField.FEEDBACK, List.of("feedback", "फीडबैक", "प्रतिक्रिया", "comment", "remark")),
            Map.entry(ReportField.DATE, List.of("date", "report day", "तारीख", "तिथि", "दिनांक")),
            Map.entry(ReportField.SEAT, List.of("seat", "assembly", "vidhan sabha", "विधानसभा", "ac no", "ac number", "constituency")),
            Map.entry(ReportField.BOOTH, List.of("booth", "बूथ", "part no", "part number", "polling station")),
            Map.entry(ReportField.NAME, List.of("name", "नाम", "volunteer")));

    private final List<String> header;
    private final Map<ReportField, Integer> columns;

    private ColumnMapping(List<String> header, Map<ReportField, Integer> columns) {
        this.header = List.copyOf(header);
        this.columns = columns;
    }

    /** The guessed mapping, with {@code explicit} (column name or 1-based number → field) laid over it. */
    public static ColumnMapping of(List<String> header, Map<String, ReportField> explicit) {
        Map<ReportField, Integer> cols = new EnumMap<>(ReportField.class);
        Map<Integer, ReportField> chosen = new LinkedHashMap<>();
        for (Map.Entry<String, ReportField> e : explicit.entrySet()) {
            int i = indexOf(header, e.getKey());
            if (i < 0) {
                throw new TableImportException(1, "the mapping names a column \"" + e.getKey() + "\" that the file does not have; "
                        + "its columns are: " + String.join(", ", header.stream().map(ColumnMapping::echo).toList()) + ".");
            }
            chosen.put(i, e.getValue());
            if (e.getValue() != ReportField.IGNORE) {
                Integer earlier = cols.put(e.getValue(), i);
                if (earlier != null && earlier != i) {
                    throw new TableImportException(1, "the mapping gives " + e.getValue().label() + " to two columns ("
                            + (earlier + 1) + " and " + (i + 1) + ").");
                }
            }
        }
        for (int i = 0; i < header.size(); i++) {
            if (chosen.containsKey(i)) {
                continue;
            }
            ReportField f = guess(header.get(i));
            if (f != null && !cols.containsKey(f)) {
                cols.put(f, i);
            }
        }
        return new ColumnMapping(header, cols);
    }

    private static int indexOf(List<String> header, String column) {
        String c = column.strip();
        if (c.matches("\\d{1,3}")) {
            int n = Integer.parseInt(c);
            return n >= 1 && n <= header.size() ? n - 1 : -1;
        }
        String key = normalize(c);
        for (int i = 0; i < header.size(); i++) {
            if (normalize(header.get(i)).equals(key)) {
                return i;
            }
        }
        return -1;
    }

    /** The field a column name suggests, or null. */
    static ReportField guess(String columnName) {
        String h = " " + normalize(columnName) + " ";
        for (Map.Entry<ReportField, List<String>> e : WORDS) {
            for (String w : e.getValue()) {
                if (h.contains(" " + normalize(w))) {
                    return e.getKey();
                }
            }
        }
        return null;
    }

    /** Case, nukta, joiners and punctuation between words do not matter in column names. */
    static String normalize(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD).replace("\u093C", "").replace("\u200C", "").replace("\u200D", "");
        d = Normalizer.normalize(d, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        return d.replaceAll("[\\s_\\-/.:()?#*]+", " ").strip();
    }

    /** Parses "Booth No=booth,Mobile=phone" (a column name with a comma in double quotes: "\"A, B\"=feedback"). */
    public static Map<String, ReportField> parseSpec(String spec) {
        Map<String, ReportField> out = new LinkedHashMap<>();
        if (spec == null || spec.isBlank()) {
            return out;
        }
        try (CSVParser p = CSVParser.parse(new StringReader(spec.strip()), CSVFormat.DEFAULT)) {
            for (CSVRecord r : p) {
                for (String entry : r) {
                    if (entry.isBlank()) {
                        continue;
                    }
                    int eq = entry.lastIndexOf('=');
                    if (eq <= 0 || eq == entry.length() - 1) {
                        throw new IllegalArgumentException("--map entries are COLUMN=FIELD (for example \"Mobile=phone\"), not \""
                                + entry.strip() + "\".");
                    }
                    out.put(entry.substring(0, eq).strip(), ReportField.parse(entry.substring(eq + 1)));
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new IllegalArgumentException("--map could not be read: put a column name holding a comma in double quotes.");
        }
        return out;
    }

    /** This mapping as a spec that {@link #parseSpec} reads back: column name = field, for every mapped column. */
    public String spec() {
        StringWriter w = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator("").get())) {
            List<String> entries = new ArrayList<>();
            columns.forEach((f, i) -> entries.add(header.get(i).strip() + "=" + f.label()));
            p.printRecord(entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    public Integer column(ReportField f) {
        return columns.get(f);
    }

    public boolean has(ReportField f) {
        return columns.containsKey(f);
    }

    public List<String> header() {
        return header;
    }

    /** The fields a report needs that no column holds, described for the operator; empty when complete. */
    public List<String> missing() {
        List<String> missing = new ArrayList<>();
        if (!has(ReportField.PHONE) && !(has(ReportField.NAME) && has(ReportField.BOOTH))) {
            missing.add("phone (or name and booth)");
        }
        if (!has(ReportField.DATE) && !has(ReportField.TIMESTAMP)) {
            missing.add("date (or a submission timestamp)");
        }
        return missing;
    }

    /** Mapped columns, as "column → field" for a preview. */
    public Map<String, String> describe() {
        Map<String, String> out = new LinkedHashMap<>();
        columns.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .forEach(e -> out.put(header.get(e.getValue()).strip(), e.getKey().label()));
        return out;
    }

    static String echo(String cell) {
        String s = cell.strip();
        return s.length() > 30 ? s.substring(0, 30) + "…" : s;
    }
}
