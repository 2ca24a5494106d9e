package org.warroom.posts;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.warroom.posts.PhaseCsvResult.Problem;

/** One data line of a poll calendar: every problem in it is gathered into one reason. */
final class PhaseRow {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm[:ss]", Locale.ROOT);

    private PhaseRow() {
    }

    static Optional<PollPhase> read(List<String> cells, Map<String, Integer> columns, long line, int seatCount,
            Map<Integer, Long> seenOn, List<Problem> problems) {
        List<String> reasons = new ArrayList<>();
        String ac = cell(cells, columns, "ac_no", reasons);
        String date = cell(cells, columns, "poll_date", reasons);
        String close = cell(cells, columns, "poll_close", reasons);
        Integer seat = ac == null ? null : seat(ac, seatCount, line, seenOn, reasons);
        LocalDate d = null;
        LocalTime t = null;
        if (date != null) {
            try {
                d = LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                reasons.add("poll_date '" + date + "' is not a date written like 2027-02-20 (year-month-day)");
            }
        }
        if (close != null) {
            try {
                t = LocalTime.parse(close, TIME);
            } catch (DateTimeParseException e) {
                reasons.add("poll_close '" + close + "' is not a time written like 18:00 (24-hour clock, IST)");
            }
        }
        if (!reasons.isEmpty()) {
            problems.add(new Problem(line, String.join("; ", reasons)));
            return Optional.empty();
        }
        return Optional.of(new PollPhase(seat, d, t));
    }

    private static String cell(List<String> cells, Map<String, Integer> columns, String column, List<String> reasons) {
        int i = columns.get(column);
        String v = i < cells.size() ? cells.get(i).strip() : "";
        if (v.isEmpty()) {
            reasons.add(i < cells.size() ? column + " is empty" : "missing " + column);
            return null;
        }
        return v;
    }

    private static Integer seat(String ac, int seatCount, long line, Map<Integer, Long> seenOn, List<String> reasons) {
        int n;
        try {
            n = Integer.parseInt(ac);
        } catch (NumberFormatException e) {
            reasons.add("ac_no '" + ac + "' is not a seat number");
            return null;
        }
        if (n < 1 || n > seatCount) {
            reasons.add("seat " + n + " does not exist (seats run 1–" + seatCount + ")");
            return null;
        }
        Long first = seenOn.putIfAbsent(n, line);
        if (first != null) {
            reasons.add("seat " + n + " is already on line " + first);
            return null;
        }
        return n;
    }
}
