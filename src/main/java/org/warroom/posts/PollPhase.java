package org.warroom.posts;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import org.warroom.platform.i18n.IndianFormat;

/** When one assembly seat's poll closes: its date and the hour fixed for the close, in IST (Asia/Kolkata). */
public record PollPhase(int acNo, LocalDate pollDate, LocalTime pollClose) {
    /** Representation of the People Act, 1951, s.126: the 48 hours ending with the hour fixed for the close. */
    public static final Duration SILENCE = Duration.ofHours(48);

    public PollPhase {
        if (acNo < 1) {
            throw new IllegalArgumentException("assembly seat numbers start at 1: " + acNo);
        }
        if (pollDate == null || pollClose == null) {
            throw new IllegalArgumentException("seat " + acNo + " needs a poll date and a closing time");
        }
    }

    /** The closing moment; IST has no daylight saving, so this is always +05:30. */
    public ZonedDateTime close() {
        return ZonedDateTime.of(pollDate, pollClose, IndianFormat.IST);
    }

    /**
     * The silence period [close − 48 h, close): silent from exactly 48 hours before the close (inclusive) up to
     * but not including the closing moment, when the poll is over and the section no longer applies.
     */
    public Interval silence() {
        var end = close().toInstant();
        return new Interval(end.minus(SILENCE), end);
    }
}
