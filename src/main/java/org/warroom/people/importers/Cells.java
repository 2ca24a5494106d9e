package org.warroom.people.importers;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Reading one cell: numbers and dates in any script of digits, yes/no in English or Hindi, safe echoes. */
final class Cells {
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d+)");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

    private Cells() {
    }

    /**
     * A cell quoted back in a message: short, and with its digits hidden when it holds more of them than a date,
     * because a shifted row can put a phone number in any column and messages may end up in a log.
     */
    static String echo(String cell) {
        String s = cell.strip();
        if (s.codePoints().filter(Character::isDigit).count() > 8) {
            s = s.codePoints().mapToObj(cp -> Character.isDigit(cp) ? "•" : Character.toString(cp)).collect(Collectors.joining());
        }
        return s.codePointCount(0, s.length()) > 30 ? s.substring(0, s.offsetByCodePoints(0, 30)) + "…" : s;
    }

    /** A label compared as people mean it: case and Unicode composition (nukta letters) do not matter. */
    static String key(String cell) {
        return Normalizer.normalize(cell.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    /** Devanagari (and other) digits as ASCII, so "११७" reads as 117. */
    static String asciiDigits(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> b.append(Character.isDigit(cp) ? (char) ('0' + Character.digit(cp, 10)) : Character.toString(cp)));
        return b.toString();
    }

    /** A whole positive number, or null; "117.0" is accepted because spreadsheets write numbers that way. */
    static Integer number(String cell) {
        String s = asciiDigits(cell.strip());
        if (s.endsWith(".0")) {
            s = s.substring(0, s.length() - 2);
        }
        if (s.isEmpty() || s.length() > 6 || !s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        int n = Integer.parseInt(s);
        return n > 0 ? n : null;
    }

    /** dd/mm/yyyy (also with '-' or '.') or yyyy-mm-dd; the message says what is wrong. */
    static LocalDate date(String cell) {
        LocalDate d = calendarDate(cell);
        if (d.getYear() < 2000) {
            throw new IllegalArgumentException("\"" + echo(cell) + "\" is before 2000; check the year.");
        }
        return d;
    }

    private static LocalDate calendarDate(String cell) {
        String s = asciiDigits(cell.strip());
        try {
            Matcher iso = ISO.matcher(s);
            if (iso.matches()) {
                return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
            }
            Matcher dmy = DAY_FIRST.matcher(s);
            if (dmy.matches()) {
                if (dmy.group(3).length() != 4) {
                    throw new IllegalArgumentException("write the year with four digits (dd/mm/yyyy, e.g. 15/08/2024).");
                }
                return LocalDate.of(Integer.parseInt(dmy.group(3)), Integer.parseInt(dmy.group(2)), Integer.parseInt(dmy.group(1)));
            }
        } catch (DateTimeException | NumberFormatException e) {
            throw new IllegalArgumentException("\"" + echo(cell) + "\" is not a date on the calendar.");
        }
        throw new IllegalArgumentException("\"" + echo(cell) + "\" is not a date; write it as dd/mm/yyyy (15/08/2024) "
                + "or yyyy-mm-dd (2024-08-15).");
    }

    /** yes/no in the forms people type; null when the cell is neither. */
    static Boolean yesNo(String cell) {
        return switch (cell.strip().toLowerCase(Locale.ROOT)) {
            case "yes", "y", "true", "1", "हाँ", "हां", "हा" -> Boolean.TRUE;
            case "no", "n", "false", "0", "नहीं", "नही" -> Boolean.FALSE;
            default -> null;
        };
    }
}
