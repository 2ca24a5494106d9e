package org.warroom.demo.replay;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The time of a replayed campaign day: it runs at {@code speed} times real time while playing and stands still while
 * paused. Every service of the replay's console reads it, so "today", the slots' release and the tree's marks all
 * follow the replayed day. Safe to read from any thread.
 */
public final class ReplayClock extends Clock {
    private final ZoneId zone;
    private final Object lock;
    private final State state;

    private static final class State {
        Instant base;
        long realBase;
        double speed;
        boolean running;
    }

    public ReplayClock(Instant start, double speed, ZoneId zone) {
        this.zone = zone;
        this.lock = new Object();
        this.state = new State();
        state.base = start;
        state.realBase = System.nanoTime();
        state.speed = speed;
    }

    private ReplayClock(ReplayClock of, ZoneId zone) {
        this.zone = zone;
        this.lock = of.lock;
        this.state = of.state;
    }

    @Override
    public Instant instant() {
        synchronized (lock) {
            return now();
        }
    }

    private Instant now() {
        if (!state.running) {
            return state.base;
        }
        double elapsed = (System.nanoTime() - state.realBase) * state.speed;
        return state.base.plusNanos((long) elapsed);
    }

    /** Starts (or goes on) from where it stood. */
    public void play() {
        synchronized (lock) {
            if (!state.running) {
                state.realBase = System.nanoTime();
                state.running = true;
            }
        }
    }

    public void pause() {
        synchronized (lock) {
            state.base = now();
            state.running = false;
        }
    }

    public boolean running() {
        synchronized (lock) {
            return state.running;
        }
    }

    public double speed() {
        synchronized (lock) {
            return state.speed;
        }
    }

    public void setSpeed(double speed) {
        synchronized (lock) {
            state.base = now();
            state.realBase = System.nanoTime();
            state.speed = speed;
        }
    }

    /** Moves the replayed time (a restart goes to the next day's morning). */
    public void jumpTo(Instant at) {
        synchronized (lock) {
            state.base = at;
            state.realBase = System.nanoTime();
        }
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId z) {
        return z.equals(zone) ? this : new ReplayClock(this, z);
    }
}
