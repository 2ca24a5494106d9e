package org.warroom.posts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.warroom.platform.i18n.IndianFormat;

/**
 * The war room's six daily sending slots (IST), editable by the desk; defaults 07:00, 09:30, 12:30, 15:30, 18:30,
 * 21:00. Always six distinct times in order through the day. Immutable: an edit returns a new value.
 */
public record DailySlots(List<LocalTime> times) {
    public static final int COUNT = 6;
    private static final String FIELD = "slots";

    /** A slot: its number (1–6) and time of day in IST. */
    public record Slot(int number, LocalTime time) {
    }

    /** @throws PostValidationException (field "slots") unless there are six times, each later than the one before */
    public DailySlots {
        if (times == null || times.size() != COUNT) {
            throw new PostValidationException(FIELD, "There must be " + COUNT + " daily slots, not "
                    + (times == null ? 0 : times.size()) + ".");
        }
        for (int i = 0; i < COUNT; i++) {
            if (times.get(i) == null) {
                throw new PostValidationException(FIELD, "Slot " + (i + 1) + " has no time.");
            }
            if (i > 0 && !times.get(i).isAfter(times.get(i - 1))) {
                throw new PostValidationException(FIELD, "Slot " + (i + 1) + " (" + times.get(i) + ") must be later than slot "
                        + i + " (" + times.get(i - 1) + ").");
            }
        }
        times = List.copyOf(times);
    }

    public static DailySlots defaults() {
        return new DailySlots(List.of(LocalTime.of(7, 0), LocalTime.of(9, 30), LocalTime.of(12, 30),
                LocalTime.of(15, 30), LocalTime.of(18, 30), LocalTime.of(21, 0)));
    }

    /** These slots with slot {@code number} (1–6) moved to {@code time}; the result must still be in order. */
    public DailySlots withTime(int number, LocalTime time) {
        if (number < 1 || number > COUNT) {
            throw new PostValidationException(FIELD, "There is no slot " + number + "; slots are numbered 1 to " + COUNT + ".");
        }
        List<LocalTime> copy = new ArrayList<>(times);
        copy.set(number - 1, time);
        return new DailySlots(copy);
    }

    public Slot slot(int number) {
        return new Slot(number, times.get(number - 1));
    }

    /**
     * The slot in effect at a time of day: the last one that has started. Before the first slot of the day the
     * previous evening's last slot is still in effect, so 02:00 belongs to slot 6.
     */
    public Slot slotAt(LocalTime t) {
        for (int i = COUNT - 1; i >= 0; i--) {
            if (!t.isBefore(times.get(i))) {
                return slot(i + 1);
            }
        }
        return slot(COUNT);
    }

    /**
     * The next slot strictly after {@code after}: a post ready at exactly 09:30 goes at 12:30, because the 09:30
     * batch is already on its way. IST has no daylight saving, so every day has all six slots.
     */
    public Instant next(Instant after) {
        ZonedDateTime now = after.atZone(IndianFormat.IST);
        LocalDate day = now.toLocalDate();
        for (LocalTime t : times) {
            ZonedDateTime at = ZonedDateTime.of(day, t, IndianFormat.IST);
            if (at.isAfter(now)) {
                return at.toInstant();
            }
        }
        return ZonedDateTime.of(day.plusDays(1), times.get(0), IndianFormat.IST).toInstant();
    }
}
