package org.warroom.demo.replay;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.warroom.operators.Operator;
import org.warroom.operators.OperatorRole;
import org.warroom.operators.OperatorService;
import org.warroom.org.OrgService;
import org.warroom.platform.i18n.IndianFormat;
import org.warroom.posts.Channel;
import org.warroom.posts.Post;
import org.warroom.posts.PostDraft;
import org.warroom.posts.PostService;
import org.warroom.reports.ReportService;

/**
 * Plays a campaign day on a copy of the demo database: at the start of each day six posts are written, approved and
 * scheduled (one per slot; the console's release timer sends them as the replayed clock passes each slot), and the
 * volunteers' reports arrive booth by booth at their planned times, through the same services as typed reports, so
 * the tree, the charts, the dashboard and the map follow through the change notices. Restart goes on to the next
 * day: a fresh day with no reports, without copying the database again.
 */
public final class ReplayEngine implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ReplayEngine.class);
    /** Reports written per tick at most, so a very fast replay falls behind rather than hogging the database. */
    static final int PER_TICK = 400;
    private static final long TICK_MS = 250;
    private static final String[] CATEGORIES = {"POSITIVE_NEWS", "GOVT_WORK", "BENEFICIARY_STORY", "RALLY_SOUNDBITE", "ODOP",
            "REBUTTAL"};

    private final ReplayClock clock;
    private final Jdbi jdbi;
    private final ReportService reports;
    private final PostService posts;
    private final OperatorService operators;
    private final OrgService org;
    private final long seed;
    private final double reporting;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "replay");
        t.setDaemon(true);
        return t;
    });
    private final AtomicInteger reported = new AtomicInteger();
    private final AtomicInteger scheduled = new AtomicInteger();
    private volatile ReplayDay day;
    private int next;
    private volatile boolean finished;
    private volatile boolean paused;

    /** Where a replay stands, for its controls. */
    public record Status(LocalDate day, Instant now, int reported, int planned, int postsScheduled, boolean running,
                         double speed, boolean finished) {
    }

    public ReplayEngine(ReplayClock clock, Jdbi jdbi, ReportService reports, PostService posts, OperatorService operators,
                        OrgService org, long seed) {
        this(clock, jdbi, reports, posts, operators, org, seed, ReplayDay.REPORTING);
    }

    /** @param reporting the share of booth volunteers who report each day */
    public ReplayEngine(ReplayClock clock, Jdbi jdbi, ReportService reports, PostService posts, OperatorService operators,
                        OrgService org, long seed, double reporting) {
        this.reporting = reporting;
        this.clock = clock;
        this.jdbi = jdbi;
        this.reports = reports;
        this.posts = posts;
        this.operators = operators;
        this.org = org;
        this.seed = seed;
    }

    /** Prepares the clock's day and plays it. */
    public void start() {
        start(null);
    }

    /**
     * Prepares the clock's day and plays it from {@code from} (IST), as if the hours before had been skipped: their
     * reports are left out. Null starts in the morning. The bench starts at the evening's peak.
     */
    public void start(java.time.LocalTime from) {
        timer.execute(() -> {
            LocalDate date = clock.instant().atZone(IndianFormat.IST).toLocalDate();
            prepare(date);
            if (from != null) {
                Instant at = java.time.ZonedDateTime.of(date, from, IndianFormat.IST).toInstant();
                synchronized (this) {
                    while (next < day.events().size() && day.events().get(next).at().isBefore(at)) {
                        next++;
                    }
                }
                clock.jumpTo(at);
            }
            clock.play();
        });
        timer.scheduleWithFixedDelay(this::tick, TICK_MS, TICK_MS, TimeUnit.MILLISECONDS);
    }

    public void pause() {
        paused = true;
        clock.pause();
    }

    public void play() {
        paused = false;
        if (!finished && clock.instant().isBefore(day == null ? Instant.MAX : day.end())) {
            clock.play();
        }
    }

    public void setSpeed(double speed) {
        clock.setSpeed(speed);
    }

    /** Starts again on the next day's morning: no reports yet, six new posts. */
    public void restart() {
        timer.execute(() -> {
            clock.pause();
            prepare(day.day().plusDays(1));
            paused = false;
            clock.play();
        });
    }

    public Status status() {
        ReplayDay d = day;
        return new Status(d == null ? null : d.day(), clock.instant(), reported.get(), d == null ? 0 : d.events().size(),
                scheduled.get(), !paused && !finished, clock.speed(), finished);
    }

    private void prepare(LocalDate date) {
        ReplayDay planned = ReplayDay.plan(jdbi, date, posts.slots(), seed, reporting);
        clock.jumpTo(planned.start());
        synchronized (this) {
            day = planned;
            next = 0;
            finished = false;
        }
        reported.set(0);
        scheduled.set(schedulePosts(date));
        LOG.info("replay of {}: {} reports planned, {} posts scheduled", date, planned.events().size(), scheduled.get());
    }

    /** One post per slot, written and approved by two replay operators (synthetic, like the rest of the demo). */
    private int schedulePosts(LocalDate date) {
        try {
            Operator writer = operators.byName("Replay Writer").orElseGet(() -> operators.add("Replay Writer", OperatorRole.WRITER));
            Operator boss = operators.byName("Replay Coordinator")
                    .orElseGet(() -> operators.add("Replay Coordinator", OperatorRole.COORDINATOR));
            List<Long> targets = org.districts().stream().limit(3).map(d -> d.unit().id()).toList();
            int done = 0;
            for (int s = 1; s <= CATEGORIES.length; s++) {
                Post p = posts.create(writer.id(), PostDraft.of("Replay " + IndianFormat.date(date) + " · slot " + s,
                        "डेमो पोस्ट: स्लॉट " + s + " — काल्पनिक सामग्री", "Demo post for slot " + s + " — synthetic",
                        CATEGORIES[s - 1], targets, Set.of(Channel.WHATSAPP)));
                p = posts.submit(p.id(), p.version(), writer.id());
                p = posts.approve(p.id(), p.version(), boss.id());
                if (posts.schedule(p.id(), p.version(), boss.id(), date, s, true).scheduled()) {
                    done++;
                }
            }
            return done;
        } catch (RuntimeException e) {
            LOG.warn("replay: the day's posts could not be scheduled: {}", e.getMessage());
            return 0;
        }
    }

    private void tick() {
        ReplayDay d = day;
        if (d == null || finished || paused || !clock.running() && clock.instant().isBefore(d.end())) {
            return;
        }
        Instant now = clock.instant();
        int written = 0;
        // paused between two reports as well: a pause stops the day at the next report, not the next tick; after the
        // day's end the clock stands at 23:30 and the reports still due are written
        while (written < PER_TICK && !paused && (clock.running() || !now.isBefore(d.end()))) {
            ReplayDay.Event e;
            synchronized (this) {
                if (day != d || next >= d.events().size() || d.events().get(next).at().isAfter(now)) {
                    break;
                }
                e = d.events().get(next++);
            }
            try {
                reports.add(e.report());
                reported.incrementAndGet();
            } catch (RuntimeException ex) {
                // a volunteer withdrawn or already reported on this copy: the day goes on without them
                LOG.debug("replay: a report was refused: {}", ex.getMessage());
            }
            written++;
        }
        if (!now.isBefore(d.end())) {
            clock.pause();
            clock.jumpTo(d.end());
            synchronized (this) {
                finished = day == d && next >= d.events().size();
            }
        }
    }

    @Override
    public void close() {
        paused = true;
        timer.shutdownNow();
        clock.pause();
        try {
            // a report being written finishes before the database under it is closed
            timer.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
