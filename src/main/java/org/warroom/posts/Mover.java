package org.warroom.posts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.warroom.operators.Operator;
import org.warroom.operators.Principal;
import org.warroom.org.Unit;
import org.warroom.platform.i18n.IndianFormat;
import org.warroom.posts.db.PostDao;

/**
 * Moving one post to another slot (decision 0015): only by a coordinator or admin (within their scope, if they have
 * one), never into the past or a silence period of a whole target, at the version the person saw. The move changes
 * when a post goes, not what it says or to whom, so its approval stands: a scheduled post stays scheduled (its silent
 * seats are worked out again for the new moment and confirmed again), a post still in the workflow keeps its status
 * with its planned slot changed. History and audit rows carry the slot before and after.
 */
final class Mover {
    private static final java.time.format.DateTimeFormatter TIME = java.time.format.DateTimeFormatter.ofPattern("HH:mm")
            .withZone(IndianFormat.IST);
    private final PostService posts;

    Mover(PostService posts) {
        this.posts = posts;
    }

    MoveOutcome move(long id, int expectedVersion, long operatorId, LocalDate date, int slotNo, boolean confirmExclusion) {
        Operator op = posts.operators().require(operatorId);
        Principal who = posts.operators().principal(operatorId);
        refuse("operator", MoveRules.role(who));
        Post p = posts.post(id).orElseThrow(() -> PostGuards.gone(id));
        PostGuards.fresh(p, expectedVersion);
        refuse("status", MoveRules.status(p));
        Instant at = posts.checker().slotInstant(date, slotNo);   // a real slot, still ahead
        SlotRef to = new SlotRef(date, slotNo);
        refuse("slot", MoveRules.same(p, to));
        List<Long> targetIds = posts.jdbi().withExtension(PostDao.class, dao -> dao.targets(id));
        Map<Unit, Set<Integer>> targets = posts.checker().targets(targetIds);
        refuse("operator", MoveRules.scope(who, p, targets.keySet()));
        SilenceRule.Result r = SilenceRule.check(targets, Set.of(), posts.calendar().silencePeriods(), at);
        refuse("slot", r.refusal());
        SlotRef from = p.slotDate() == null || p.slotNo() == null ? null : new SlotRef(p.slotDate(), p.slotNo());
        List<SlotClash> clashes = posts.clashes(date, slotNo, targetIds, id);
        boolean scheduled = p.status() == PostStatus.SCHEDULED;
        String where = describe(to, at);
        if (scheduled && !r.clear() && !confirmExclusion) {
            return new MoveOutcome(false, p, from, to, r.silent(), clashes, "Not moved yet: at " + where + " some seats of "
                    + "the targets are silent. " + r.silent().message() + " Confirm to leave them out and send to the rest.");
        }
        String note = "moved " + (from == null ? "" : "from " + describe(from, p.scheduledAt()) + " ") + "to " + where
                + (scheduled ? PostGuards.exclusion(r) : "");
        Post after = posts.jdbi().inTransaction(h -> {
            PostDao dao = h.attach(PostDao.class);
            Post now = PostGuards.load(dao, id);
            PostGuards.fresh(now, expectedVersion);
            refuse("status", MoveRules.status(now));
            int changed = scheduled ? dao.schedule(id, expectedVersion, date, slotNo, at, posts.clock().instant())
                    : dao.plan(id, expectedVersion, date, slotNo, posts.clock().instant());
            if (changed != 1) {
                throw PostGuards.conflict(dao, id);
            }
            if (scheduled) {
                dao.deleteExcluded(id);
                if (!r.clear()) {
                    dao.insertExcluded(id, r.silent().silent(), "SCHEDULE");
                }
            }
            Post saved = PostGuards.load(dao, id);
            posts.record(h, dao, saved, op, now.status(), saved.status(), note, "MOVE", PostGuards.describe(now));
            return saved;
        });
        long others = clashes.stream().map(SlotClash::otherPostId).distinct().count();
        String message = "Post #" + id + " " + note + (scheduled ? "" : r.clear() ? "" : "; some seats of its targets are "
                + "silent then, and scheduling will ask to leave them out")
                + (others == 0 ? "." : others == 1 ? "; another post shares this slot and a target."
                : "; " + others + " other posts share this slot and a target.");
        return new MoveOutcome(true, after, from, to, r.silent(), clashes, message);
    }

    /** "slot 2 on 24/11/2026 (09:30 IST)"; the time from the slot times when the post has no moment of its own. */
    private String describe(SlotRef s, Instant at) {
        Instant when = at != null ? at : posts.slotTime(s.date(), s.slotNo());
        return "slot " + s.slotNo() + " on " + IndianFormat.date(s.date()) + " (" + TIME.format(when) + " IST)";
    }

    private static void refuse(String field, String why) {
        if (why != null) {
            throw new PostValidationException(field, why);
        }
    }
}
