package org.warroom.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** A clock a test sets and moves: "now" is whatever the test says, never the machine's time. */
public final class MutableClock extends Clock {
    private volatile Instant now;
    private final ZoneId zone;

    public MutableClock(Instant now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    /** A clock at the given wall-clock time in IST. */
    public static MutableClock ist(int year, int month, int day, int hour, int minute) {
        ZoneId ist = ZoneId.of("Asia/Kolkata");
        return new MutableClock(ZonedDateTime.of(year, month, day, hour, minute, 0, 0, ist).toInstant(), ist);
    }

    public void set(Instant instant) {
        now = instant;
    }

    public void advance(Duration d) {
        now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId z) {
        return new MutableClock(now, z);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
