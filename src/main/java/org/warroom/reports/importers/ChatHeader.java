package org.warroom.reports.importers;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date, time and rest of a line that starts a chat entry, in either phone family:
 * Android "12/03/24, 9:15 am - Name: text" and iOS "[12/03/24, 9:15:32 AM] Name: text".
 * The date stays as two raw numbers because which is the day is decided from the whole file.
 */
record ChatHeader(int first, int second, int year, int hour, int minute, int sec, char meridiem, String stamp, String rest) {
    private static final String SP = "[ \u00A0\u202F]";
    private static final String DATE = "(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4}|\\d{2}),?" + SP;
    private static final String TIME = "(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:" + SP + "?([AaPp])\\.?" + SP + "?[Mm]\\.?)?";
    private static final Pattern ANDROID = Pattern.compile("(" + DATE + TIME + ")" + SP + "[-\u2013](?:" + SP + "(.*))?",
            Pattern.DOTALL);
    private static final Pattern IOS = Pattern.compile("\\[(" + DATE + TIME + ")\\](?:" + SP + "(.*))?", Pattern.DOTALL);

    /** The header of {@code line} (direction marks already stripped from its ends), or null for a continuation line. */
    static ChatHeader match(String line) {
        if (line.isEmpty()) {
            return null;
        }
        char c = line.charAt(0);
        Matcher m;
        if (c == '[') {
            m = IOS.matcher(line);
        } else if (c >= '0' && c <= '9') {
            m = ANDROID.matcher(line);
        } else {
            return null;
        }
        if (!m.matches()) {
            return null;
        }
        String y = m.group(4);
        int year = Integer.parseInt(y) + (y.length() == 2 ? 2000 : 0);
        char meridiem = m.group(8) == null ? ' ' : Character.toLowerCase(m.group(8).charAt(0));
        int sec = m.group(7) == null ? 0 : Integer.parseInt(m.group(7));
        String rest = m.group(9) == null ? "" : m.group(9);
        return new ChatHeader(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), year,
                Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)), sec, meridiem, m.group(1), rest);
    }

    /** Why this header is not a real moment when read in {@code order}, or null when it is one. */
    String problem(DateOrder order) {
        if (meridiem != ' ' && (hour < 1 || hour > 12)) {
            return "the time in \"" + stamp + "\" does not exist (a 12-hour clock runs from 1 to 12)";
        }
        if (hour > 23 || minute > 59 || sec > 59) {
            return "the time in \"" + stamp + "\" does not exist";
        }
        try {
            at(order);
            return null;
        } catch (DateTimeException e) {
            return "the date in \"" + stamp + "\" does not exist (read as " + order.label() + ")";
        }
    }

    /** The moment, read in {@code order}; call only when {@link #problem} is null. */
    LocalDateTime at(DateOrder order) {
        int h = switch (meridiem) {
            case 'a' -> hour % 12;
            case 'p' -> hour % 12 + 12;
            default -> hour;
        };
        int day = order == DateOrder.DAY_FIRST ? first : second;
        int month = order == DateOrder.DAY_FIRST ? second : first;
        return LocalDateTime.of(year, month, day, h, minute, sec);
    }
}
