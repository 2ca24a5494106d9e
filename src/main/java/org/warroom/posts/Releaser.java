package org.warroom.posts;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.warroom.operators.Operator;
import org.warroom.org.Unit;
import org.warroom.platform.audit.AuditLog;
import org.warroom.platform.i18n.IndianFormat;
import org.warroom.posts.db.PostDao;
import org.warroom.posts.db.ReleaseLogDao;

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
        Set<Integer> leftOut = new TreeSet<>(excluded);
        leftOut.addAll(r.silent().silent());
        // its deliveries (a pack per district, the webhook) are planned with it, in its transaction: nothing is lost
        List<ReleaseLogDao.Planned> deliveries = posts.planner().plan(p, targets, leftOut, posts.releaseChannels(), now,
                now.plus(PostService.SLOT_GRACE));
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
            if (!deliveries.isEmpty()) {
                h.attach(ReleaseLogDao.class).insert(deliveries);
            }
            Post saved = PostGuards.load(dao, id);
            posts.record(h, dao, saved, op, cur.status(), PostStatus.RELEASED, note, "RELEASE", PostGuards.describe(cur));
            return saved;
        });
        return new ReleaseOutcome(true, after, seats, r.silent(), "Post #" + id + " " + note + ".");
    }

    /** What releasing a slot's posts together did. */
    record Batch(List<ReleaseOutcome> released, List<ReleaseOutcome> held, List<ReleaseRun.Refused> refused) {
    }

    /**
     * The console at the slot: the due posts' targets, exclusions and units are read at once, silence is checked for
     * each, and the clear ones are released with their history, audit and release-log rows in one transaction. Only
     * posts within the grace are taken (the caller passes {@code due().onTime()}); nothing here confirms anything.
     */
    Batch releaseOnTime(List<Post> due) {
        Instant now = posts.clock().instant();
        List<ReleaseOutcome> held = new ArrayList<>();
        List<ReleaseRun.Refused> refused = new ArrayList<>();
        List<Post> candidates = due.stream().filter(p -> p.status() == PostStatus.SCHEDULED && !now.isBefore(p.scheduledAt())
                && !now.isAfter(p.scheduledAt().plus(PostService.SLOT_GRACE))).toList();
        if (candidates.isEmpty()) {
            return new Batch(List.of(), held, refused);
        }
        Map<Long, List<Long>> targetIds = new HashMap<>();
        Map<Long, Set<Integer>> excludedOf = new HashMap<>();
        Map<Long, Unit> units = new HashMap<>();
        List<Long> ids = candidates.stream().map(Post::id).toList();
        posts.jdbi().useHandle(h -> {
            PostDao dao = h.attach(PostDao.class);
            for (List<Long> chunk : chunks(ids)) {
                dao.targetsOf(chunk).forEach(r -> targetIds.computeIfAbsent(r.postId(), k -> new ArrayList<>()).add(r.ref()));
                dao.excludedOf(chunk).forEach(r -> excludedOf.computeIfAbsent(r.postId(), k -> new TreeSet<>()).add((int) r.ref()));
            }
        });
        Set<Long> allUnits = new HashSet<>();
        targetIds.values().forEach(allUnits::addAll);
        for (List<Long> chunk : chunks(List.copyOf(allUnits))) {
            posts.org().units(chunk).forEach(r -> units.put(r.unit().id(), r.unit()));
        }
        SilencePeriods periods = posts.calendar().silencePeriods();
        List<String> channels = posts.releaseChannels();
        List<Post> go = new ArrayList<>();
        List<Set<Integer>> seatsOf = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<ReleaseLogDao.Planned> rows = new ArrayList<>();
        Map<Long, List<ReleaseLogDao.Planned>> rowsOf = new HashMap<>();
        for (Post p : candidates) {
            Set<Integer> excluded = excludedOf.getOrDefault(p.id(), Set.of());
            Map<Unit, Set<Integer>> targets;
            try {
                targets = posts.checker().targets(targetIds.getOrDefault(p.id(), List.of()), units);
            } catch (PostValidationException e) {
                refused.add(new ReleaseRun.Refused(p, e.getMessage()));
                continue;
            }
            SilenceRule.Result r = SilenceRule.check(targets, excluded, periods, now);
            if (r.refusal() != null) {
                refused.add(new ReleaseRun.Refused(p, r.refusal()));
                continue;
            }
            if (!r.clear()) {
                held.add(new ReleaseOutcome(false, p, Set.of(), r.silent(), "Not released: since it was scheduled, some "
                        + "seats of its targets have entered their silence period. " + r.silent().message()
                        + " A coordinator must confirm leaving them out."));
                continue;
            }
            Set<Integer> seats = new TreeSet<>();
            targets.values().forEach(seats::addAll);
            seats.removeAll(excluded);
            go.add(p);
            seatsOf.add(seats);
            notes.add("released to " + seats.size() + (seats.size() == 1 ? " seat" : " seats") + " at its slot");
            rowsOf.put(p.id(), posts.planner().plan(p, targets, excluded, channels, now, now.plus(PostService.SLOT_GRACE)));
        }
        List<ReleaseOutcome> released = new ArrayList<>();
        if (go.isEmpty()) {
            return new Batch(released, held, refused);
        }
        posts.jdbi().useTransaction(h -> {
            PostDao dao = h.attach(PostDao.class);
            int[] changed = dao.releaseAll(go.stream().map(Post::id).toList(), go.stream().map(Post::version).toList(), now);
            List<Long> done = new ArrayList<>();
            List<String> doneNotes = new ArrayList<>();
            List<AuditLog.Row> audit = new ArrayList<>();
            for (int i = 0; i < go.size(); i++) {
                if (changed[i] != 1) {
                    continue;   // another desk released, moved or edited it meanwhile: theirs stands
                }
                Post p = go.get(i);
                Post after = new Post(p.id(), p.title(), p.bodyHi(), p.bodyEn(), p.category(), p.authorId(), p.editorId(),
                        PostStatus.RELEASED, p.slotDate(), p.slotNo(), p.scheduledAt(), now, p.paid(), p.precertNo(),
                        p.precertDate(), p.version() + 1, p.createdAt(), now);
                done.add(p.id());
                doneNotes.add(notes.get(i));
                rows.addAll(rowsOf.get(p.id()));
                audit.add(new AuditLog.Row("post", p.id(), PostGuards.describe(p), PostGuards.describe(after) + "; note=" + notes.get(i)));
                released.add(new ReleaseOutcome(true, after, seatsOf.get(i), SilenceVerdict.NONE, "Post #" + p.id() + " " + notes.get(i) + "."));
            }
            if (!done.isEmpty()) {
                dao.insertReleasedHistory(done, doneNotes, now);
                h.attach(ReleaseLogDao.class).insert(rows);
                posts.auditAll(h, "RELEASE", audit);
            }
        });
        return new Batch(released, held, refused);
    }

    private static List<List<Long>> chunks(List<Long> ids) {
        List<List<Long>> out = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += 1000) {
            out.add(ids.subList(i, Math.min(ids.size(), i + 1000)));
        }
        return out;
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
