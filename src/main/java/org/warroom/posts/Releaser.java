package org.warroom.posts;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.warroom.operators.Operator;
import org.warroom.platform.i18n.IndianFormat;
import org.warroom.posts.db.PostDao;

/** Releasing one scheduled post: due, not missed without a decision, and never into a silence period. */
final class Releaser {
    private final PostService posts;

    Releaser(PostService posts) {
        this.posts = posts;
    }

    /** @param op the person deciding, or null for the console at the slot (which decides nothing) */
    ReleaseOutcome release(long id, int expectedVersion, Operator op, boolean confirmExclusion, boolean releaseLate) {
        Instant now = posts.clock().instant();
        Post p = posts.post(id).orElseThrow(() -> PostGuards.gone(id));
        PostGuards.fresh(p, expectedVersion);
        if (p.status() != PostStatus.SCHEDULED) {
            PostGuards.allowed(p, PostStatus.RELEASED, "released");
            throw new PostValidationException("status", "Post #" + id + " is " + p.status().label() + "; only a scheduled post is released.");
        }
        if (now.isBefore(p.scheduledAt())) {
            throw new PostValidationException("release", "Post #" + id + " is not due until "
                    + SilenceRule.WHEN.format(p.scheduledAt()) + " IST.");
        }
        Duration late = Duration.between(p.scheduledAt(), now);
        boolean missed = late.compareTo(PostService.SLOT_GRACE) > 0;
        if (missed && !releaseLate) {
            throw new PostValidationException("release", "Post #" + id + " missed its slot (" + slot(p) + ") by "
                    + duration(late) + "; a post is never sent late on its own. Release it late, move it to another "
                    + "slot, or cancel it.");
        }
        List<Integer> stored = posts.jdbi().withExtension(PostDao.class, dao -> dao.excluded(id));
        Set<Integer> excluded = new TreeSet<>(stored);
        var targets = posts.checker().targets(posts.jdbi().withExtension(PostDao.class, dao -> dao.targets(id)));
        SilenceRule.Result r = SilenceRule.check(targets, excluded, posts.calendar().silencePeriods(), now);
        if (r.refusal() != null) {
            throw new PostValidationException("release", r.refusal());
        }
        if (!r.clear() && !confirmExclusion) {
            return new ReleaseOutcome(false, p, Set.of(), r.silent(), "Not released: since it was scheduled, some "
                    + "seats of its targets have entered their silence period. " + r.silent().message()
                    + " A coordinator must confirm leaving them out.");
        }
        Set<Integer> seats = new TreeSet<>();
        targets.values().forEach(seats::addAll);
        seats.removeAll(excluded);
        seats.removeAll(r.silent().silent());
        String note = "released to " + seats.size() + (seats.size() == 1 ? " seat" : " seats")
                + (missed ? ", " + duration(late) + " late (decided by a person)" : "") + PostGuards.exclusion(r)
                + (op == null ? " at its slot" : "");
        Post after = posts.jdbi().inTransaction(h -> {
            PostDao dao = h.attach(PostDao.class);
            Post cur = PostGuards.load(dao, id);
            PostGuards.fresh(cur, expectedVersion);
            if (dao.release(id, expectedVersion, now) != 1) {
                throw PostGuards.conflict(dao, id);
            }
            if (!r.clear()) {
                Set<Integer> fresh = new HashSet<>(r.silent().silent());
                dao.insertExcluded(id, fresh, "RELEASE");
            }
            Post saved = PostGuards.load(dao, id);
            posts.record(h, dao, saved, op, cur.status(), PostStatus.RELEASED, note, "RELEASE", PostGuards.describe(cur));
            return saved;
        });
        return new ReleaseOutcome(true, after, seats, r.silent(), "Post #" + id + " " + note + ".");
    }

    private static String slot(Post p) {
        return "slot " + p.slotNo() + " on " + IndianFormat.date(p.slotDate()) + ", " + SilenceRule.WHEN.format(p.scheduledAt()) + " IST";
    }

    /** "2 h 10 min", "25 min", "3 days 4 h". */
    static String duration(Duration d) {
        long days = d.toDays();
        long hours = d.toHoursPart();
        long minutes = d.toMinutesPart();
        StringBuilder b = new StringBuilder();
        if (days > 0) {
            b.append(days).append(days == 1 ? " day " : " days ");
        }
        if (hours > 0) {
            b.append(hours).append(" h ");
        }
        if (days == 0 && (minutes > 0 || hours == 0)) {
            b.append(minutes).append(" min");
        }
        return b.toString().strip();
    }
}
