package org.warroom.posts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import org.warroom.operators.Access;
import org.warroom.platform.audit.AuditLog;
import org.warroom.platform.db.Settings;
import org.warroom.platform.i18n.IndianFormat;

/**
 * The war room's six slot times, kept in the settings table so every desk sends at the same times. Read at most
 * every ten seconds (posts, the calendar and the release timer ask often); a change by another desk arrives within
 * that. Posts keep their slot number, so when a slot moves, the posts in it move with it: their release rechecks
 * silence at the new time, as every release does.
 */
public final class SlotTimes {
    static final String KEY = "slot.times";
    private static final Duration FRESH = Duration.ofSeconds(10);

    private final Jdbi jdbi;
    private final AuditLog audit;
    private final Access access;
    private final Clock clock;
    private volatile Cached cached;

    private record Cached(DailySlots slots, Instant readAt) {
    }

    public SlotTimes(Jdbi jdbi, AuditLog audit, Access access, Clock clock) {
        this.jdbi = jdbi;
        this.audit = audit;
        this.access = access;
        this.clock = clock;
    }

    /** The times in force: the stored ones, or the defaults (07:00, 09:30, 12:30, 15:30, 18:30, 21:00). */
    public DailySlots current() {
        Cached c = cached;
        Instant now = clock.instant();
        if (c == null || c.readAt().plus(FRESH).isBefore(now)) {
            DailySlots read = new Settings(jdbi).get(KEY).map(SlotTimes::parse).orElseGet(DailySlots::defaults);
            cached = c = new Cached(read, now);
        }
        return c.slots();
    }

    /**
     * Sets the six times (coordinators and administrators), with an audit row holding the times before and after.
     *
     * @return the posts from today on whose slot moved, so the caller can say how many went with it
     */
    public int set(DailySlots next) {
        access.requireRole(access.current().role().canApprove(), "change the slot times");
        DailySlots before = current();
        LocalDate today = LocalDate.now(clock.withZone(IndianFormat.IST));
        List<Integer> moved = new ArrayList<>();
        for (int s = 1; s <= DailySlots.COUNT; s++) {
            if (!before.slot(s).time().equals(next.slot(s).time())) {
                moved.add(s);
            }
        }
        int posts = jdbi.inTransaction(h -> {
            Settings.put(h, KEY, format(next));
            audit.record(h, access.actor(), "EDIT", "slot_times", null, format(before), format(next));
            return moved.isEmpty() ? 0 : h.createQuery("SELECT COUNT(*) FROM post WHERE slot_date >= :today "
                            + "AND slot_no IN (<slots>) AND status NOT IN ('CANCELLED', 'REJECTED', 'RELEASED')")
                    .bind("today", today).bindList("slots", moved).mapTo(Integer.class).one();
        });
        cached = new Cached(next, clock.instant());
        return posts;
    }

    /** "07:00,09:30,12:30,15:30,18:30,21:00". */
    public static String format(DailySlots slots) {
        return slots.times().stream().map(LocalTime::toString).collect(Collectors.joining(","));
    }

    /**
     * Six times separated by commas or spaces, each as H:MM or HH:MM (IST), in order through the day.
     *
     * @throws PostValidationException (field "slots") naming the first time that is not one, or the order broken
     */
    public static DailySlots parse(String text) {
        List<LocalTime> times = new ArrayList<>();
        for (String part : (text == null ? "" : text.strip()).split("[,\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            try {
                times.add(LocalTime.parse(part.length() == 4 ? "0" + part : part));
            } catch (DateTimeParseException e) {
                throw new PostValidationException("slots", "\"" + part + "\" is not a time of day; write it as 09:30.");
            }
        }
        return new DailySlots(times);
    }
}
