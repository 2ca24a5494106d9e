package org.warroom.people.importers;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/** Seeded generator of hostile volunteer files: raw garbage, and CSV that is almost right in every way. */
final class RandomCsv {
    /** Valid mobiles the generator planted; a message or log line must never contain one of them whole. */
    final Set<String> planted = new HashSet<>();

    private static final List<String> COLUMNS = List.of("seat", "booth", "unit", "name", "phone", "role", "wing",
            "consent_date", "active", "Consent Date", "PHONE", "notes", "", "नाम");
    private static final List<String> CELLS = List.of("", " ", "187", "188", "191", "1", "117", "9999", "0", "-3", "12A",
            "१८७", "B-187-117", "M-187-2", "D-SULTANPUR", "AC-187", "S-187-2-1", "X-1", "Ram", "सीता देवी", "\"Sharma, Ram\"",
            "\"", "\"\"", "a\"b", "\"open", "0522 2234567", "12345", "+1 650 253 0000", "+91-70070-12345",
            "15/08/2024", "2024-03-05", "31/02/2024", "01/01/2999", "05/03/24", "1/1/1900", "yesterday",
            "BOOTH_IT", "mandal_it", "आईटी संयोजक", "captain", "YOUTH", "महिला मोर्चा", "closed", "yes", "नहीं", "maybe",
            ";", "\t", "\r", "\n", "💥", "\u0000", "\uFEFF", "\\N");

    /** Mostly plausible values per documented column, so that some rows pass and reach the save (sorted: Map.of's order changes per run). */
    private static final Map<String, List<String>> PLAUSIBLE = new TreeMap<>(Map.of(
            "seat", List.of("187", "188", "189", "190", "191", "999"),
            "booth", List.of("1", "2", "3", "117", "200", "9999"),
            "unit", List.of("", "", "M-187-2", "D-SULTANPUR", "AC-188", "B-189-5", "M-187-99"),
            "name", List.of("Ram", "सीता देवी", "\"Sharma, Ram\"", ""),
            "role", List.of("", "", "BOOTH_IT", "MANDAL_IT", "आईटी संयोजक"),
            "wing", List.of("", "YOUTH", "महिला मोर्चा", "nope"),
            "consent_date", List.of("15/08/2024", "2024-03-05", "01/01/2999", "x"),
            "active", List.of("", "yes", "नहीं", "maybe")));

    private final Random rnd;

    RandomCsv(long seed) {
        this.rnd = new Random(seed);
    }

    byte[] next() {
        return switch (rnd.nextInt(5)) {
            case 0 -> garbage();
            case 1 -> corrupt(csv());
            default -> csv();
        };
    }

    private byte[] garbage() {
        byte[] b = new byte[rnd.nextInt(300)];
        rnd.nextBytes(b);
        return b;
    }

    private byte[] corrupt(byte[] good) {
        if (good.length == 0) {
            return good;
        }
        byte[] b = good.clone();
        for (int i = rnd.nextInt(3) + 1; i > 0; i--) {
            b[rnd.nextInt(b.length)] = (byte) rnd.nextInt(256);
        }
        return b;
    }

    private byte[] csv() {
        String sep = rnd.nextInt(8) == 0 ? pick(List.of(";", "\t", "|")) : ",";
        String eol = rnd.nextBoolean() ? "\n" : "\r\n";
        StringBuilder text = new StringBuilder(rnd.nextInt(6) == 0 ? "\uFEFF" : "");
        List<String> columns = new ArrayList<>();
        if (rnd.nextBoolean()) {
            columns.addAll(PLAUSIBLE.keySet());
            columns.add("phone");
            Collections.shuffle(columns, rnd);
        } else {
            for (int c = 1 + rnd.nextInt(9); c > 0; c--) {
                columns.add(pick(COLUMNS));
            }
        }
        text.append(String.join(sep, columns));
        for (int r = rnd.nextInt(8); r > 0; r--) {
            text.append(eol);
            int cells = rnd.nextInt(4) == 0 ? Math.max(0, columns.size() + rnd.nextInt(3) - 1) : columns.size();
            for (int c = 0; c < cells; c++) {
                text.append(c == 0 ? "" : sep).append(cell(c < columns.size() ? columns.get(c) : ""));
            }
        }
        if (rnd.nextBoolean()) {
            text.append(eol);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private String cell(String column) {
        if (column.equals("phone") && rnd.nextInt(8) != 0) {
            return phone();
        }
        List<String> plausible = PLAUSIBLE.get(column);
        return plausible != null && rnd.nextInt(8) != 0 ? pick(plausible) : rnd.nextInt(4) == 0 ? phone() : pick(CELLS);
    }

    /** A valid mobile, new or already planted (to make duplicates), in one of the formats people write. */
    private String phone() {
        String national = planted.isEmpty() || rnd.nextInt(5) != 0
                ? String.format("%d%09d", 7 + rnd.nextInt(3), rnd.nextInt(1_000_000_000))
                : planted.iterator().next();
        planted.add(national);
        return switch (rnd.nextInt(6)) {
            case 0 -> "+91 " + national.substring(0, 5) + " " + national.substring(5);
            case 1 -> "0" + national;
            case 2 -> "+91-" + national;
            case 3 -> national.substring(0, 4) + "-" + national.substring(4, 7) + "-" + national.substring(7);
            case 4 -> devanagari(national);
            default -> national;
        };
    }

    private static String devanagari(String digits) {
        StringBuilder b = new StringBuilder();
        digits.chars().forEach(c -> b.append((char) ('\u0966' + (c - '0'))));
        return b.toString();
    }

    private String pick(List<String> from) {
        return from.get(rnd.nextInt(from.size()));
    }
}
