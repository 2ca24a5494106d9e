package org.warroom.posts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.warroom.org.OrgService;
import org.warroom.platform.audit.AuditLog;
import org.warroom.posts.db.ReleaseLogDao;
import org.warroom.posts.dispatch.Attempt;
import org.warroom.posts.dispatch.DispatchChannel;

/**
 * Works through the release log: claims the rows whose attempt is due (and rows a stopped console left half-way),
 * makes one attempt each, and records the result with an audit row for every final one. A retry waits its back-off
 * in the row ({@code next_attempt_at}), so it survives a restart; a row not delivered within the slot's grace after
 * release fails for a person to decide, since nothing is sent late on its own. Silence is checked again at every
 * attempt: a seat that has fallen silent since release is left out, and recorded.
 */
final class Deliveries {
    /** A row claimed longer ago than this by a console that did not finish it is taken over. */
    static final Duration LEASE = Duration.ofMinutes(2);
    private static final Logger LOG = LoggerFactory.getLogger(Deliveries.class);
    private static final int BATCH = 2000;
    /** Results are written this many at a time: a console stopped mid-round loses at most these, to be re-sent. */
    private static final int RECORD_EVERY = 200;
    /** Attempts under way at once. */
    private static final int PARALLEL = 8;

    private final PostService posts;
    private final OrgService org;
    private final Clock clock;
    private final Function<String, DispatchChannel> channels;

    /** @param channels the channel for a release-log channel name, or null when it is not configured now */
    Deliveries(PostService posts, OrgService org, Clock clock, Function<String, DispatchChannel> channels) {
        this.posts = posts;
        this.org = org;
        this.clock = clock;
        this.channels = channels;
    }

    /** One round: every row due now gets one attempt; results are written a few hundred at a time. */
    DeliveryReport runOnce() {
        Instant now = clock.instant();
        Instant stale = now.minus(LEASE);
        var jdbi = posts.jdbi();
        List<Long> due = jdbi.withExtension(ReleaseLogDao.class, dao -> dao.due(now, stale, BATCH));
        if (due.isEmpty()) {
            return DeliveryReport.NONE;
        }
        String token = UUID.randomUUID().toString();
        List<ReleaseLogEntry> mine = jdbi.inTransaction(h -> {
            ReleaseLogDao dao = h.attach(ReleaseLogDao.class);
            dao.claim(due, token, now, stale);
            return dao.claimed(token);
        });
        if (mine.isEmpty()) {
            return DeliveryReport.NONE;
        }
        // read once per round: the posts, the silence windows and the channels as configured now
        Map<Long, DispatchBuilder> builders = DispatchBuilder.load(posts, org, mine);
        SilencePeriods periods = posts.calendar().silencePeriods();
        Map<String, DispatchChannel> byName = new HashMap<>();
        mine.stream().map(ReleaseLogEntry::channel).distinct().forEach(c -> byName.put(c, channels.apply(c)));
        int[] n = new int[6];
        // a webhook far away answers in tens of milliseconds: a few attempts run at once, results keep the rows' order
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            Semaphore slots = new Semaphore(PARALLEL);
            for (int from = 0; from < mine.size(); from += RECORD_EVERY) {
                List<Future<ReleaseLogDao.Result>> chunk = new ArrayList<>();
                for (ReleaseLogEntry row : mine.subList(from, Math.min(mine.size(), from + RECORD_EVERY))) {
                    DispatchBuilder builder = builders.get(row.postId());
                    DispatchChannel channel = byName.get(row.channel());
                    chunk.add(pool.submit(() -> {
                        slots.acquire();
                        try {
                            return one(row, builder, periods, channel);
                        } finally {
                            slots.release();
                        }
                    }));
                }
                List<ReleaseLogDao.Result> results = new ArrayList<>();
                for (Future<ReleaseLogDao.Result> f : chunk) {
                    results.add(result(f));
                }
                n[0] += (int) results.stream().filter(r -> r.attempted()).count();
                record(results, token, n);
            }
        }
        long waiting = jdbi.withExtension(ReleaseLogDao.class, ReleaseLogDao::unfinished);
        return new DeliveryReport(n[0], n[1], n[2], n[3], n[4], (int) waiting);
    }

    /** A row's attempt, or its end without one (too late to deliver, post gone). */
    private ReleaseLogDao.Result one(ReleaseLogEntry row, DispatchBuilder builder, SilencePeriods periods, DispatchChannel channel) {
        if (clock.instant().isAfter(row.deliverBy())) {
            return end(row, ReleaseStatus.FAILED, "not delivered by " + SilenceRule.WHEN.format(row.deliverBy())
                    + " IST (" + PostService.SLOT_GRACE.toMinutes() + " minutes after release; was the console "
                    + "closed?). Nothing is sent late on its own: redeliver it if it is still right to send.", null,
                    row.seatList(), row.excludedSeatList()).unattempted();
        }
        if (builder == null) {
            return end(row, ReleaseStatus.FAILED, "post #" + row.postId() + " is gone", null, row.seatList(),
                    row.excludedSeatList()).unattempted();
        }
        return attempt(row, builder, periods, channel);
    }

    private static ReleaseLogDao.Result result(Future<ReleaseLogDao.Result> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while delivering", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a delivery failed unexpectedly: " + e.getCause(), e.getCause());
        }
    }

    private ReleaseLogDao.Result attempt(ReleaseLogEntry row, DispatchBuilder builder, SilencePeriods periods,
                                         DispatchChannel channel) {
        Instant now = clock.instant();
        List<Integer> seats = row.seatList();
        Set<Integer> excluded = new TreeSet<>(row.excludedSeatList());
        SilenceVerdict silent = periods.check(new TreeSet<>(seats), now);
        String note = null;
        if (!silent.clear()) {
            excluded.addAll(silent.silent());
            seats = seats.stream().filter(s -> !silent.silent().contains(s)).toList();
            note = "left out as they fell silent after release: " + silent.message();
            if (seats.isEmpty()) {
                return end(row, ReleaseStatus.EXCLUDED_SILENT, "nothing goes to " + row.unitCode() + ": " + silent.message(),
                        null, seats, List.copyOf(excluded));
            }
        }
        if (channel == null) {
            return end(row, ReleaseStatus.FAILED, "the " + row.channel().toLowerCase(java.util.Locale.ROOT)
                    + " channel is not configured any more", null, seats, List.copyOf(excluded));
        }
        Attempt a;
        try {
            a = channel.deliver(builder.build(row, seats, excluded));
        } catch (RuntimeException e) {
            LOG.warn("delivery {} of post {} to {} failed unexpectedly", row.channel(), row.postId(), row.unitCode(), e);
            a = Attempt.retry("unexpected error: " + e);
        }
        String why = join(a.reason(), note);
        return switch (a.outcome()) {
            case PACKED -> end(row, ReleaseStatus.PACKED, note, a.detail(), seats, List.copyOf(excluded));
            case SENT -> end(row, ReleaseStatus.SENT, note, null, seats, List.copyOf(excluded));
            case FAILED -> end(row, ReleaseStatus.FAILED, why, null, seats, List.copyOf(excluded));
            case RETRY -> row.attempts() >= channel.retryPolicy().attempts()
                    ? end(row, ReleaseStatus.FAILED, "gave up after " + row.attempts() + " attempts: " + why, null, seats,
                    List.copyOf(excluded))
                    : new ReleaseLogDao.Result(row.id(), ReleaseStatus.PENDING.name(), clip("attempt " + row.attempts() + ": " + why),
                    null, ReleaseLogEntry.csv(seats), ReleaseLogEntry.csv(excluded),
                    now.plus(channel.retryPolicy().delayAfter(row.attempts())), null);
        };
    }

    private ReleaseLogDao.Result end(ReleaseLogEntry row, ReleaseStatus status, String reason, String pack,
                                     List<Integer> seats, List<Integer> excluded) {
        Instant now = clock.instant();
        return new ReleaseLogDao.Result(row.id(), status.name(), clip(reason), pack, ReleaseLogEntry.csv(seats),
                ReleaseLogEntry.csv(excluded), now, now);
    }

    /** Results and an audit row for each that has ended, in one transaction. */
    private void record(List<ReleaseLogDao.Result> results, String token, int[] n) {
        if (results.isEmpty()) {
            return;
        }
        posts.jdbi().useTransaction(h -> {
            int[] done = h.attach(ReleaseLogDao.class).finish(results, token);
            List<AuditLog.Row> audit = new ArrayList<>();
            for (int i = 0; i < results.size(); i++) {
                ReleaseLogDao.Result r = results.get(i);
                if (done[i] != 1) {
                    continue;   // taken over by another console after the lease: its result stands
                }
                ReleaseStatus s = ReleaseStatus.valueOf(r.status());
                switch (s) {
                    case PACKED -> n[1]++;
                    case SENT -> n[2]++;
                    case FAILED -> n[3]++;
                    case EXCLUDED_SILENT -> n[4]++;
                    default -> { }
                }
                if (s.isFinal()) {
                    audit.add(new AuditLog.Row("release_log", r.id(), null, "status=" + s + "; seats=" + r.seats()
                            + (r.excludedSeats().isEmpty() ? "" : "; left out=" + r.excludedSeats())
                            + (r.packPath() == null ? "" : "; pack=" + r.packPath()) + (r.reason() == null ? "" : "; " + r.reason())));
                }
            }
            posts.auditAll(h, "DELIVER", audit);
        });
    }

    private static String clip(String s) {
        return s == null || s.length() <= 2000 ? s : s.substring(0, 1999) + "…";
    }

    private static String join(String a, String b) {
        return a == null ? b : b == null ? a : a + "; " + b;
    }
}
