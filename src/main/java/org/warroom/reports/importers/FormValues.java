package org.warroom.reports.importers;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reading one cell of a report table: numbers in either digit system, slots, issue tags, mood, dates, and the
 * timestamps form tools write (Google Forms "2024/05/25 1:30:05 PM GMT+5:30", Kobo's UTC "_submission_time",
 * ODK Central's UTC "SubmissionDate"), each turned into its day in India. A bad cell throws
 * IllegalArgumentException with a message that never quotes more than a short, digit-masked piece of the cell.
 */
public final class FormValues {
    public static final ZoneId IST = ZoneId.of("Asia/Kolkata");
    private static final Pattern DMY = Pattern.compile("(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4})");
    private static final Pattern YMD = Pattern.compile("(\\d{4})[/.\\-](\\d{1,2})[/.\\-](\\d{1,2})");
    private static final Pattern GOOGLE = Pattern.compile("(\\d{4})/(\\d{1,2})/(\\d{1,2})[ T](\\d{1,2}):(\\d{2})(?::(\\d{2}))?"
            + "(?:[ \u00A0\u202F]*([AaPp])\\.?[Mm]\\.?)?(?:[ \u00A0\u202F]*(?:GMT|UTC)([+-]\\d{1,2})?(?::?(\\d{2}))?)?");
    private static final Pattern DMY_TIME = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})[ ,]+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?"
            + "(?:[ \u00A0\u202F]*([AaPp])\\.?[Mm]\\.?)?");
    private static final Pattern ISO_LOCAL = Pattern.compile("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?");
    private static final Pattern SLOT_RUN = Pattern.compile("(\\d+)(?:\\s*[-–]\\s*(\\d+))?");

    private FormValues() {
    }

    /** A whole number from 0 to {@code max}, or null for an empty cell; "12.0" reads as 12 (spreadsheets write that). */
    public static Integer number(String cell, int max) {
        String s = asciiDigits(cell.strip());
        if (s.isEmpty()) {
            return null;
        }
        if (s.endsWith(".0")) {
            s = s.substring(0, s.length() - 2);
        }
        if (!s.matches("-?\\d{1,9}")) {
            throw new IllegalArgumentException("\"" + echo(cell) + "\" is not a whole number (0 to " + max + ")");
        }
        long n = Long.parseLong(s);
        if (n < 0 || n > max) {
            throw new IllegalArgumentException("must be from 0 to " + max + ", not " + n);
        }
        return (int) n;
    }

    /** Slot numbers 1..6 from "1,2,3", "1-3", "Slot 1, Slot 3" (Google checkboxes) or "slot1 slot3" (Kobo). */
    public static Set<Integer> slots(String cell) {
        Set<Integer> out = new TreeSet<>();
        String s = asciiDigits(cell.strip());
        if (s.isEmpty()) {
            return out;
        }
        Matcher m = SLOT_RUN.matcher(s);
        while (m.find()) {
            int from = Integer.parseInt(m.group(1).length() > 3 ? "999" : m.group(1));
            int to = m.group(2) == null ? from : Integer.parseInt(m.group(2).length() > 3 ? "999" : m.group(2));
            if (from < 1 || to > 6 || from > to) {
                throw new IllegalArgumentException("slots are numbered 1 to 6 (six sends a day), not " + m.group());
            }
            for (int i = from; i <= to; i++) {
                out.add(i);
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("\"" + echo(cell) + "\" names no slot; write the slot numbers, like 1,2,3");
        }
        return out;
    }

    /** Issue tags from "local|scheme", "Local issue, Scheme complaint" or "स्थानीय, अफवाह". */
    public static Set<IssueTag> issues(String cell) {
        Set<IssueTag> out = EnumSet.noneOf(IssueTag.class);
        String s = key(cell);
        if (s.isEmpty() || s.equals("none") || s.equals("कोई नहीं") || s.equals("no")) {
            return out;
        }
        if (s.contains("local") || s.contains("स्थानीय")) {
            out.add(IssueTag.LOCAL);
        }
        if (s.contains("scheme") || s.contains("योजना")) {
            out.add(IssueTag.SCHEME);
        }
        if (s.contains("rumour") || s.contains("rumor") || s.contains("अफवाह")) {
            out.add(IssueTag.RUMOUR);
        }
        if (s.contains("other") || s.contains("अन्य")) {
            out.add(IssueTag.OTHER);
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("\"" + echo(cell) + "\" is not an issue tag; use local, scheme, rumour or other "
                    + "(स्थानीय, योजना, अफवाह, अन्य)");
        }
        return out;
    }

    public static Mood mood(String cell) {
        String s = key(cell);
        if (s.isEmpty()) {
            return null;
        }
        if (s.startsWith("pos") || s.equals("good") || s.contains("अच्छा") || s.contains("सकारात्मक")) {
            return Mood.POSITIVE;
        }
        if (s.startsWith("neu") || s.equals("ok") || s.contains("सामान्य")) {
            return Mood.NEUTRAL;
        }
        if (s.startsWith("neg") || s.equals("bad") || s.contains("खराब") || s.contains("नकारात्मक")) {
            return Mood.NEGATIVE;
        }
        throw new IllegalArgumentException("\"" + echo(cell) + "\" is not a mood; use positive, neutral or negative "
                + "(अच्छा, सामान्य, खराब)");
    }

    /** A calendar day: dd/mm/yyyy (also with '-' or '.') or yyyy-mm-dd; null for an empty cell. */
    public static LocalDate date(String cell) {
        String s = asciiDigits(cell.strip());
        if (s.isEmpty()) {
            return null;
        }
        try {
            Matcher m = YMD.matcher(s);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
            m = DMY.matcher(s);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("\"" + echo(cell) + "\" is not a date on the calendar");
        }
        throw new IllegalArgumentException("\"" + echo(cell) + "\" is not a date; write it as dd/mm/yyyy (25/05/2024) or "
                + "yyyy-mm-dd (2024-05-25)");
    }

    /**
     * The day in India of a submission timestamp; null for an empty cell. {@code naiveZone} is the zone of a time
     * written without one: UTC for Kobo and ODK (they store submission times in UTC), India for the rest.
     */
    public static LocalDate timestampDay(String cell, ZoneId naiveZone) {
        String s = asciiDigits(cell.strip());
        if (s.isEmpty()) {
            return null;
        }
        try {
            Matcher g = GOOGLE.matcher(s);
            if (g.matches()) {
                LocalDateTime t = LocalDateTime.of(Integer.parseInt(g.group(1)), Integer.parseInt(g.group(2)),
                        Integer.parseInt(g.group(3)), hour(g.group(4), g.group(7)), Integer.parseInt(g.group(5)),
                        g.group(6) == null ? 0 : Integer.parseInt(g.group(6)));
                ZoneId zone = g.group(8) == null ? naiveZone : ZoneOffset.ofHoursMinutes(Integer.parseInt(g.group(8)),
                        (g.group(8).startsWith("-") ? -1 : 1) * (g.group(9) == null ? 0 : Integer.parseInt(g.group(9))));
                return t.atZone(zone).withZoneSameInstant(IST).toLocalDate();
            }
            Matcher d = DMY_TIME.matcher(s);
            if (d.matches()) {
                LocalDateTime t = LocalDateTime.of(Integer.parseInt(d.group(3)), Integer.parseInt(d.group(2)),
                        Integer.parseInt(d.group(1)), hour(d.group(4), d.group(7)), Integer.parseInt(d.group(5)),
                        d.group(6) == null ? 0 : Integer.parseInt(d.group(6)));
                return t.atZone(naiveZone).withZoneSameInstant(IST).toLocalDate();
            }
            if (ISO_LOCAL.matcher(s).matches()) {
                return LocalDateTime.parse(s.replace(' ', 'T')).atZone(naiveZone).withZoneSameInstant(IST).toLocalDate();
            }
            return OffsetDateTime.parse(s.replace(' ', 'T')).atZoneSameInstant(IST).toLocalDate();
        } catch (DateTimeException | NumberFormatException e) {
            // fall through: a plain date is a timestamp too, for the day
        }
        try {
            return date(s);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("\"" + echo(cell) + "\" is not a time stamp the import knows "
                    + "(2024/05/25 1:30:05 PM GMT+5:30, 2024-05-25T08:00:05Z or 25/05/2024 13:30:05)");
        }
    }

    private static int hour(String h, String meridiem) {
        int hour = Integer.parseInt(h);
        if (meridiem == null) {
            if (hour > 23) {
                throw new DateTimeException("hour");
            }
            return hour;
        }
        if (hour < 1 || hour > 12) {
            throw new DateTimeException("hour");
        }
        return Character.toLowerCase(meridiem.charAt(0)) == 'p' ? hour % 12 + 12 : hour % 12;
    }

    /** Devanagari (and other) digits as ASCII. */
    public static String asciiDigits(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> b.append(Character.isDigit(cp) ? (char) ('0' + Character.digit(cp, 10)) : Character.toString(cp)));
        return b.toString();
    }

    private static String key(String cell) {
        String d = Normalizer.normalize(cell.strip(), Normalizer.Form.NFD).replace("\u093C", "");
        return Normalizer.normalize(d, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    /** A cell quoted back: short, and its digits hidden when it holds more of them than a date. */
    public static String echo(String cell) {
        String s = cell.strip();
        if (s.codePoints().filter(Character::isDigit).count() > 8) {
            StringBuilder b = new StringBuilder();
            s.codePoints().forEach(cp -> b.append(Character.isDigit(cp) ? "•" : Character.toString(cp)));
            s = b.toString();
        }
        return s.codePointCount(0, s.length()) > 30 ? s.substring(0, s.offsetByCodePoints(0, 30)) + "…" : s;
    }
}
