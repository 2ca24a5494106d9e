package org.warroom.posts;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.Jdbi;
import org.warroom.org.OrgService;
import org.warroom.org.UnitRow;
import org.warroom.platform.i18n.IndianFormat;
import org.warroom.posts.db.PostCalendarDao;

/**
 * The schedule as counts per slot and category, for the week view: one grouped query per range whatever the number
 * of posts, plus the silence of the desk's seats at each slot from the election calendar (cached windows, no query
 * per slot). A desk scoped to a district sees red where one of its seats is silent; a state desk where any seat is.
 */
public final class PostCalendar {
    /** How far ahead the desk is warned of empty slots. */
    public static final Duration EMPTY_WARNING = Duration.ofHours(48);

    private final Jdbi jdbi;
    private final PostService posts;
    private final ElectionCalendarService calendar;
    private final OrgService org;
    private final Map<String, Set<Integer>> scopes = new ConcurrentHashMap<>();

    public PostCalendar(Jdbi jdbi, PostService posts, ElectionCalendarService calendar, OrgService org) {
        this.jdbi = jdbi;
        this.posts = posts;
        this.calendar = calendar;
        this.org = org;
    }

    /** Live posts with a slot between the two dates (inclusive), counted per slot, category and status. */
    public List<SlotCount> counts(LocalDate from, LocalDate to) {
        return jdbi.withExtension(PostCalendarDao.class, dao -> dao.counts(from, to));
    }

    /** Posts released on each day from {@code from} to {@code to}, per slot 1..6 (index 0 is slot 1); every day present. */
    public java.util.Map<LocalDate, List<Integer>> releasedBySlot(LocalDate from, LocalDate to) {
        java.util.Map<LocalDate, int[]> n = new java.util.TreeMap<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            n.put(d, new int[6]);
        }
        counts(from, to).stream().filter(c -> c.status() == PostStatus.RELEASED && n.containsKey(c.slotDate()))
                .forEach(c -> n.get(c.slotDate())[c.slotNo() - 1] += c.posts());
        java.util.Map<LocalDate, List<Integer>> out = new java.util.TreeMap<>();
        n.forEach((d, a) -> out.put(d, java.util.Arrays.stream(a).boxed().toList()));
        return out;
    }

    /** Every post planned for or scheduled in one slot, whatever its status, by id. */
    public List<Post> inSlot(SlotRef slot) {
        return jdbi.withExtension(PostCalendarDao.class, dao -> dao.inSlot(slot.date(), slot.slotNo()));
    }

    /**
     * {@code days} days of slots from {@code from}, with the empty slots between {@code now} and 48 hours later.
     *
     * @param desk the desk's scope (a district's name, as the window keeps it), or null for the whole state
     */
    public WeekGrid week(LocalDate from, int days, String desk, Instant now) {
        DailySlots slots = posts.slots();
        SilencePeriods periods = calendar.silencePeriods();
        Set<Integer> scope = scope(desk).orElse(null);
        LocalDate to = from.plusDays(days - 1L);
        Map<SlotRef, List<SlotCount>> counted = group(counts(from, to));
        List<SlotSummary> cells = new ArrayList<>(days * DailySlots.COUNT);
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            for (int s = 1; s <= DailySlots.COUNT; s++) {
                SlotRef ref = new SlotRef(d, s);
                cells.add(summary(ref, slots, counted.getOrDefault(ref, List.of()), periods, scope, now));
            }
        }
        LocalDate today = now.atZone(IndianFormat.IST).toLocalDate();
        Instant until = now.plus(EMPTY_WARNING);
        LocalDate last = until.atZone(IndianFormat.IST).toLocalDate();
        Map<SlotRef, List<SlotCount>> ahead = !today.isBefore(from) && !last.isAfter(to) ? counted : group(counts(today, last));
        List<SlotSummary> empty = new ArrayList<>();
        for (LocalDate d = today; !d.isAfter(last); d = d.plusDays(1)) {
            for (int s = 1; s <= DailySlots.COUNT; s++) {
                SlotRef ref = new SlotRef(d, s);
                Instant at = slots.slot(s).time().atDate(d).atZone(IndianFormat.IST).toInstant();
                if (at.isAfter(now) && !at.isAfter(until)) {
                    SlotSummary c = summary(ref, slots, ahead.getOrDefault(ref, List.of()), periods, scope, now);
                    if (c.empty()) {
                        empty.add(c);
                    }
                }
            }
        }
        return new WeekGrid(from, days, slots, cells, empty);
    }

    /**
     * One day for the day view: its six slots, each with its posts as cards (targets, silent seats, posts sharing the
     * slot and a target, where each may be moved by the operator), the desk's silence and the empty slots of the next
     * 48 hours as the week shows them. The posts come in one query, whatever their number.
     *
     * @param desk the desk's scope (a district's name), or null for the whole state
     * @param operatorId who is at the desk (where they may move posts), or null when nobody is chosen
     */
    public DayPlan day(LocalDate date, String desk, Long operatorId, Instant now) {
        return new DayPlanner(jdbi, posts, org).plan(date, scope(desk).orElse(null), operatorId, now);
    }

    /** The seats of a desk's scope; empty for the whole state (or a scope that names no known unit). */
    private Optional<Set<Integer>> scope(String desk) {
        if (desk == null || desk.isBlank()) {
            return Optional.empty();
        }
        Set<Integer> seats = scopes.computeIfAbsent(desk, d -> org.findDesk(d).map(UnitRow::unit)
                .map(u -> (Set<Integer>) new TreeSet<>(org.seatNumbersUnder(u))).orElse(Set.of()));
        return seats.isEmpty() ? Optional.empty() : Optional.of(seats);
    }

    private static Map<SlotRef, List<SlotCount>> group(List<SlotCount> rows) {
        Map<SlotRef, List<SlotCount>> out = new HashMap<>();
        for (SlotCount r : rows) {
            out.computeIfAbsent(new SlotRef(r.slotDate(), r.slotNo()), k -> new ArrayList<>()).add(r);
        }
        return out;
    }

    static SlotSummary summary(SlotRef ref, DailySlots slots, List<SlotCount> rows, SilencePeriods periods,
                                       Set<Integer> scope, Instant now) {
        Instant at = slots.slot(ref.slotNo()).time().atDate(ref.date()).atZone(IndianFormat.IST).toInstant();
        Map<String, Integer> filled = new HashMap<>();
        int planned = 0;
        for (SlotCount r : rows) {
            if (r.status() == PostStatus.SCHEDULED || r.status() == PostStatus.RELEASED) {
                filled.merge(r.category(), r.posts(), Integer::sum);
            } else {
                planned += r.posts();
            }
        }
        List<Integer> silent = scope == null ? periods.silentSeats(at) : List.copyOf(periods.check(scope, at).silent());
        return new SlotSummary(ref, at, filled, planned, silent, !at.isAfter(now));
    }
}
