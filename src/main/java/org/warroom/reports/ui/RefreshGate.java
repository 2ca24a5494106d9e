package org.warroom.reports.ui;

import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Coalesces refresh requests from a live source: one run in flight, at most one more pending however many requests
 * arrive meanwhile, and runs at least {@code minGapMs} apart, so a burst of change notices costs a few loads a second
 * rather than one per notice. Used on the FX thread only.
 */
public final class RefreshGate {
    /** Runs something after a delay, on the same thread (a PauseTransition in the window, at once in tests). */
    public interface Later {
        void after(long ms, Runnable r);
    }

    private final long minGapMs;
    private final Later later;
    private final LongSupplier nowMs;
    private final Consumer<Runnable> body;
    private boolean running;
    private boolean pending;
    private boolean scheduled;
    private long lastStart = Long.MIN_VALUE / 2;

    /** {@code body} does the work and calls the Runnable it is given when the work is over (success or failure). */
    public RefreshGate(long minGapMs, Later later, LongSupplier nowMs, Consumer<Runnable> body) {
        this.minGapMs = minGapMs;
        this.later = later;
        this.nowMs = nowMs;
        this.body = body;
    }

    public void request() {
        if (running) {
            pending = true;
            return;
        }
        if (scheduled) {
            return;
        }
        long wait = lastStart + minGapMs - nowMs.getAsLong();
        if (wait > 0) {
            scheduled = true;
            later.after(wait, () -> {
                scheduled = false;
                start();
            });
        } else {
            start();
        }
    }

    private void start() {
        running = true;
        pending = false;
        lastStart = nowMs.getAsLong();
        boolean[] finished = {false};
        body.accept(() -> {
            if (!finished[0]) {
                finished[0] = true;
                done();
            }
        });
    }

    private void done() {
        running = false;
        if (pending) {
            pending = false;
            request();
        }
    }

    /** True while a run is in flight or waiting for its turn. */
    public boolean busy() {
        return running || scheduled;
    }
}
