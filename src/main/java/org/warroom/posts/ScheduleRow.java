package org.warroom.posts;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.warroom.operators.Operator;
import org.warroom.operators.OperatorService;
import org.warroom.org.OrgService;
import org.warroom.org.Unit;
import org.warroom.org.UnitRow;

/**
 * Reads one line of a schedule file into a draft: the date and slot, the targets by unit code, the channels and the
 * author by name. Every problem of the line is gathered, each starting with its column. Lookups are remembered, since
 * a file names the same few units and authors on every line.
 */
final class ScheduleRow {
    static final List<String> COLUMNS = List.of("date", "slot", "title", "body_hi", "body_en", "category", "targets",
            "channels", "author");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");

    /** A line read: its draft and author, or its problems. */
    record Parsed(PostDraft draft, Operator author, List<String> problems) {
    }

    private final OrgService org;
    private final OperatorService operators;
    private final DailySlots slots;
    private final Map<String, Optional<Unit>> units = new HashMap<>();
    private final Map<String, Optional<Operator>> authors = new HashMap<>();

    ScheduleRow(OrgService org, OperatorService operators, DailySlots slots) {
        this.org = org;
        this.operators = operators;
        this.slots = slots;
    }

    Parsed read(Map<String, String> cell) {
        List<String> problems = new ArrayList<>();
        LocalDate date = date(cell.get("date"), problems);
        Integer slot = slot(cell.get("slot"), problems);
        List<Long> targets = targets(cell.get("targets"), problems);
        Set<Channel> channels = channels(cell.get("channels"), problems);
        Operator author = author(cell.get("author"), problems);
        PostDraft draft = new PostDraft(cell.get("title"), cell.get("body_hi"), cell.get("body_en"), cell.get("category"),
                targets, channels, List.of(), date, slot, false, null, null);
        return new Parsed(draft, author, problems);
    }

    private static LocalDate date(String s, List<String> problems) {
        String v = digits(s);
        if (v.isEmpty()) {
            problems.add("date: empty; write it as 2027-02-18 or 18/02/2027");
            return null;
        }
        try {
            Matcher iso = ISO.matcher(v);
            if (iso.matches()) {
                return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
            }
            Matcher dmy = DAY_FIRST.matcher(v);
            if (dmy.matches()) {
                return LocalDate.of(Integer.parseInt(dmy.group(3)), Integer.parseInt(dmy.group(2)), Integer.parseInt(dmy.group(1)));
            }
        } catch (DateTimeException e) {
            problems.add("date: \"" + echo(s) + "\" is not a day on the calendar");
            return null;
        }
        problems.add("date: \"" + echo(s) + "\" is not a date; write it as 2027-02-18 or 18/02/2027");
        return null;
    }

    /** A slot number 1–6, or the time of one of the six slots ("09:30"). */
    private Integer slot(String s, List<String> problems) {
        String v = digits(s);
        if (v.matches("\\d{1,2}")) {
            int n = Integer.parseInt(v);
            if (n >= 1 && n <= DailySlots.COUNT) {
                return n;
            }
        } else if (v.matches("\\d{1,2}:\\d{2}")) {
            LocalTime t;
            try {
                t = LocalTime.parse(v.length() == 4 ? "0" + v : v);
            } catch (DateTimeException e) {
                problems.add("slot: \"" + echo(s) + "\" is not a time of day");
                return null;
            }
            for (int i = 1; i <= DailySlots.COUNT; i++) {
                if (slots.slot(i).time().equals(t)) {
                    return i;
                }
            }
            problems.add("slot: " + v + " is not one of the slot times " + slots.times());
            return null;
        }
        problems.add(v.isEmpty() ? "slot: empty; give the slot number 1–6 or its time (09:30)"
                : "slot: \"" + echo(s) + "\" is not a slot; give 1–6 or a slot time such as 09:30");
        return null;
    }

    private List<Long> targets(String s, List<String> problems) {
        Set<Long> ids = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String part : split(s)) {
            String code = digits(part).toUpperCase(Locale.ROOT).replaceAll("\\s+", "");
            Optional<Unit> u = units.computeIfAbsent(code, c -> org.byCode(c).map(UnitRow::unit));
            if (u.isPresent()) {
                ids.add(u.get().id());
            } else {
                unknown.add(echo(part));
            }
        }
        if (!unknown.isEmpty()) {
            problems.add("targets: no unit has the code " + String.join(", ", unknown) + " (codes look like UP, "
                    + "R-GORAKHPUR, D-SULTANPUR, AC-187, M-187-2, B-187-117)");
        } else if (ids.isEmpty()) {
            problems.add("targets: empty; give unit codes separated by ; (e.g. D-SULTANPUR;AC-187)");
        }
        return List.copyOf(ids);
    }

    private static Set<Channel> channels(String s, List<String> problems) {
        Set<Channel> out = EnumSet.noneOf(Channel.class);
        List<String> unknown = new ArrayList<>();
        for (String part : split(s)) {
            switch (part.toLowerCase(Locale.ROOT).replaceAll("[\\s_-]", "")) {
                case "whatsapp", "wa" -> out.add(Channel.WHATSAPP);
                case "x", "twitter" -> out.add(Channel.X);
                case "facebook", "fb" -> out.add(Channel.FACEBOOK);
                default -> unknown.add(echo(part));
            }
        }
        if (!unknown.isEmpty()) {
            problems.add("channels: " + String.join(", ", unknown) + " is not a channel; channels are whatsapp, x, facebook");
        } else if (out.isEmpty()) {
            problems.add("channels: empty; give whatsapp, x or facebook, separated by ;");
        }
        return out;
    }

    private Operator author(String s, List<String> problems) {
        String name = s == null ? "" : s.strip();
        if (name.isEmpty()) {
            problems.add("author: empty; give the name of the operator who wrote the post");
            return null;
        }
        Optional<Operator> op = authors.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> operators.byName(name));
        if (op.isEmpty()) {
            problems.add("author: there is no operator named \"" + echo(name) + "\" (add them with: warroom operators add NAME ROLE)");
            return null;
        }
        return op.get();
    }

    private static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        if (s != null) {
            for (String p : s.split("[;,]")) {
                if (!p.isBlank()) {
                    out.add(p.strip());
                }
            }
        }
        return out;
    }

    /** Devanagari (and other) digits as ASCII, so "१८/०२/२०२७" reads as a date. */
    private static String digits(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        s.strip().codePoints().forEach(cp -> b.append(Character.isDigit(cp) ? (char) ('0' + Character.digit(cp, 10)) : Character.toString(cp)));
        return b.toString();
    }

    /** A cell quoted back in a message: short. */
    static String echo(String s) {
        String v = s == null ? "" : s.strip();
        return v.codePointCount(0, v.length()) > 40 ? v.substring(0, v.offsetByCodePoints(0, 40)) + "…" : v;
    }
}
