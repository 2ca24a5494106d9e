package org.warroom.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.warroom.people.ValidationException;

/** The limits every report meets, typed or imported; each refusal names its field and says what is allowed. */
final class ReportRules {
    /** Reports are dated as people in the war room live them: by the Indian calendar day. */
    static final ZoneId IST = ZoneId.of("Asia/Kolkata");
    static final int MAX_FORWARDED = 50;
    static final int MAX_ADDED = 500;
    static final int MAX_GROUP = 1024;
    static final int MAX_FEEDBACK = 4000;
    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    private ReportRules() {
    }

    static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(IST));
    }

    static void check(ReportDraft d, Clock clock) {
        if (d.day() == null) {
            throw new ValidationException("day", "The report needs its date.");
        }
        LocalDate today = today(clock);
        if (d.day().isAfter(today)) {
            throw new ValidationException("day", "The date " + d.day() + " is in the future (today is " + today + ").");
        }
        if (d.day().isBefore(EARLIEST)) {
            throw new ValidationException("day", "The date " + d.day() + " is before 2000; check the year.");
        }
        range("forwarded", d.forwarded(), MAX_FORWARDED, "messages forwarded in a day");
        range("added", d.added(), MAX_ADDED, "people added to the group in a day");
        range("groupSize", d.groupSize(), MAX_GROUP, "members of a WhatsApp group (its limit)");
        for (int s : d.slots()) {
            if (s < 1 || s > 6) {
                throw new ValidationException("slots", "Slots are numbered 1 to 6 (six sends a day), not " + s + ".");
            }
        }
        if (d.feedback() != null && d.feedback().length() > MAX_FEEDBACK) {
            throw new ValidationException("feedback", "Feedback is longer than " + MAX_FEEDBACK + " characters; shorten it.");
        }
    }

    private static void range(String field, Integer v, int max, String what) {
        if (v != null && (v < 0 || v > max)) {
            throw new ValidationException(field, field + " must be from 0 to " + max + " (" + what + "), not " + v + ".");
        }
    }
}
