package org.warroom.posts;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The console's release timer: every few seconds (on the service's clock) it releases the posts whose slot has come
 * and makes the deliveries that are due, retries included. At the first tick after a start it finds the posts
 * whose slot passed while the console was closed and only lists them (the Posts tab and {@code posts due} show
 * them for a decision). One background thread; it never touches the window.
 */
public final class ReleaseScheduler implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ReleaseScheduler.class);

    private final ReleaseService releases;
    private final Duration every;
    private final Set<Long> announced = new HashSet<>();
    private ScheduledExecutorService timer;

    public ReleaseScheduler(ReleaseService releases, Duration every) {
        this.releases = releases;
        this.every = every;
    }

    public synchronized void start() {
        if (timer != null) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "warroom-release");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::tick, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** One pass: release what is due, deliver, and list (once each) the posts that missed their slot. */
    public ReleaseRun tick() {
        try {
            ReleaseRun run = releases.releaseDue(false);
            for (Post p : run.missed()) {
                if (announced.add(p.id())) {
                    LOG.warn("post {} missed its slot {} of {} and waits for a person: release it late, move it or cancel it",
                            p.id(), p.slotNo(), p.slotDate());
                }
            }
            return run;
        } catch (RuntimeException e) {
            // the next tick tries again; a database that went away comes back with AUTO_SERVER
            LOG.warn("release pass failed: {}", e.toString());
            return null;
        }
    }

    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.shutdown();
            try {
                timer.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            timer = null;
        }
    }
}
