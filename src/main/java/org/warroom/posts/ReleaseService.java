package org.warroom.posts;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.warroom.operators.Operator;
import org.warroom.org.OrgService;
import org.warroom.posts.db.ReleaseLogDao;
import org.warroom.posts.dispatch.DispatchChannel;
import org.warroom.posts.dispatch.PackChannel;
import org.warroom.posts.dispatch.WebhookChannel;
import org.warroom.posts.dispatch.WebhookConfig;

/**
 * Release and dispatch: at each slot the due posts are released (never a missed one on its own, never into a silence
 * period) and delivered — a message pack per district in the data folder, and the webhook when one is configured —
 * with a release log per post, district and channel. The same calls serve the console's timer, the window and the
 * CLI; the clock is injected, so tests decide when "now" is.
 */
public final class ReleaseService {
    private static final Logger LOG = LoggerFactory.getLogger(ReleaseService.class);

    /** Waits between delivery attempts; tests move their clock instead. */
    @FunctionalInterface
    public interface Sleeper {
        Sleeper REAL = d -> Thread.sleep(Math.max(0, d.toMillis()));

        void sleep(Duration d) throws InterruptedException;
    }

    private final PostService posts;
    private final Clock clock;
    private final PackChannel packs;
    private final AckCounts acks;
    private final Sleeper sleeper;
    private final Deliveries deliveries;
    private WebhookChannel webhook;

    /**
     * @param packsDir the data folder's {@code packs/}
     * @param acks volunteers' acknowledgements per unit, day and slot (the reports' roll-up)
     */
    public ReleaseService(PostService posts, OrgService org, Clock clock, Path packsDir, AckCounts acks, Sleeper sleeper) {
        this.posts = posts;
        this.clock = clock;
        this.packs = new PackChannel(packsDir);
        this.acks = acks;
        this.sleeper = sleeper;
        this.deliveries = new Deliveries(posts, org, clock, this::channel);
    }

    /**
     * Releases every post whose slot has come and is within its grace, then delivers. Missed posts are only listed.
     *
     * @param waitForRetries true to stay until every delivery has ended (the CLI); false for one round (the timer,
     *                       which comes back for retries)
     */
    public ReleaseRun releaseDue(boolean waitForRetries) {
        Instant now = clock.instant();
        DuePosts due = posts.due(now);
        Releaser.Batch b = posts.releaseOnTime(due.onTime());
        b.released().forEach(o -> LOG.info("post {}: {}", o.post().id(), o.message()));
        b.held().forEach(o -> LOG.warn("post {} held: {}", o.post().id(), o.message()));
        b.refused().forEach(r -> LOG.warn("post {} not released: {}", r.post().id(), r.reason()));
        DeliveryReport d = deliver(waitForRetries);
        return new ReleaseRun(now, b.released(), b.held(), b.refused(), due.missed(), d);
    }

    /**
     * A person releases a post now: late (a missed slot) only with {@code releaseLate}, leaving out seats that fell
     * silent only with {@code confirmExclusion}; then its deliveries are made.
     */
    public ReleaseOutcome release(long id, int expectedVersion, long operatorId, boolean confirmExclusion,
                                  boolean releaseLate, boolean waitForRetries) {
        ReleaseOutcome o = posts.release(id, expectedVersion, operatorId, confirmExclusion, releaseLate);
        if (o.released()) {
            deliver(waitForRetries);
        }
        return o;
    }

    /**
     * Makes the deliveries that are due: one round, or (waiting) rounds until none is pending, each retry after
     * its back-off, at most until the last one's deadline.
     */
    public DeliveryReport deliver(boolean wait) {
        DeliveryReport total = deliveries.runOnce();
        Instant deadline = clock.instant().plus(PostService.SLOT_GRACE).plus(Deliveries.LEASE);
        while (wait && total.retrying() > 0) {
            Instant next = posts.jdbi().withExtension(ReleaseLogDao.class, ReleaseLogDao::nextAttempt);
            Instant now = clock.instant();
            if (next == null || next.isAfter(deadline)) {
                break;
            }
            if (next.isAfter(now)) {
                try {
                    sleeper.sleep(Duration.between(now, next));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            total = total.plus(deliveries.runOnce());
        }
        return total;
    }

    /** The post's release log, each row with the acknowledgements of its slot from the volunteers it reached. */
    public List<ReleaseLogLine> log(long postId) {
        List<ReleaseLogEntry> rows = posts.jdbi().withExtension(ReleaseLogDao.class, dao -> dao.ofPost(postId));
        List<ReleaseLogLine> out = new ArrayList<>();
        for (ReleaseLogEntry r : rows) {
            int n = 0;
            if (r.status() == ReleaseStatus.PACKED || r.status() == ReleaseStatus.SENT) {
                for (long unit : r.reachUnitIds()) {
                    n += acks.count(unit, r.slotDate(), r.slotNo());
                }
            }
            out.add(new ReleaseLogLine(r, n));
        }
        return out;
    }

    /**
     * Volunteers who acknowledged the post's slot within its reach (its district packs; a district counts once
     * even when the post also went there by webhook).
     */
    public int acknowledgements(long postId) {
        return log(postId).stream().filter(l -> l.entry().channel().equals(PackChannel.NAME))
                .mapToInt(ReleaseLogLine::acknowledgements).sum();
    }

    /**
     * A person sends a released post's failed deliveries again (a webhook that was down, a console closed before it
     * delivered); silence is checked again at each attempt. Returns how many rows were given another round.
     */
    public int redeliver(long postId, long operatorId, boolean waitForRetries) {
        Operator op = posts.roles().approver(operatorId, "redeliver");
        Post p = posts.post(postId).orElseThrow(() -> PostGuards.gone(postId));
        if (p.status() != PostStatus.RELEASED) {
            throw new PostValidationException("status", "Post #" + postId + " is " + p.status().label()
                    + "; only a released post's deliveries can be sent again.");
        }
        Instant now = clock.instant();
        int n = posts.jdbi().inTransaction(h -> {
            int changed = h.attach(ReleaseLogDao.class).redeliver(postId, now, now.plus(PostService.SLOT_GRACE),
                    "redelivery decided by " + op.name());
            if (changed > 0) {
                posts.audit(h, op, "REDELIVER", postId, null, changed + " deliveries sent again");
            }
            return changed;
        });
        if (n > 0) {
            deliver(waitForRetries);
        }
        return n;
    }

    /** The webhook's settings. */
    public WebhookSettings webhookSettings() {
        return posts.webhook();
    }

    /** The pack channel (where packs go). */
    public PackChannel packs() {
        return packs;
    }

    public PostService posts() {
        return posts;
    }

    /** The channel for a release-log row: the packs, or the webhook as configured now (null if it is not). */
    private synchronized DispatchChannel channel(String name) {
        if (PackChannel.NAME.equals(name)) {
            return packs;
        }
        if (!WebhookChannel.NAME.equals(name)) {
            return null;
        }
        Optional<WebhookConfig> c = posts.webhook().current();
        if (c.isEmpty()) {
            return null;
        }
        if (webhook == null || !webhook.config().equals(c.get())) {
            webhook = new WebhookChannel(c.get());
        }
        return webhook;
    }
}
