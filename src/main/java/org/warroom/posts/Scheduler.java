package org.warroom.posts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.warroom.operators.Operator;
import org.warroom.platform.i18n.IndianFormat;
import org.warroom.posts.db.PostDao;

/** Putting one approved post into a slot: ahead of now, out of silence periods, with exclusions confirmed. */
final class Scheduler {
    private final PostService posts;

    Scheduler(PostService posts) {
        this.posts = posts;
    }

    ScheduleOutcome schedule(long id, int expectedVersion, Operator op, LocalDate date, int slotNo, boolean confirmExclusion) {
        Post p = posts.post(id).orElseThrow(() -> PostGuards.gone(id));
        PostGuards.fresh(p, expectedVersion);
        PostGuards.allowed(p, PostStatus.SCHEDULED, "scheduled");
        Instant at = posts.checker().slotInstant(date, slotNo);
        List<Long> targetIds = posts.jdbi().withExtension(PostDao.class, dao -> dao.targets(id));
        SilenceRule.Result r = SilenceRule.check(posts.checker().targets(targetIds), Set.of(), posts.calendar().silencePeriods(), at);
        if (r.refusal() != null) {
            throw new PostValidationException("slot", r.refusal());
        }
        List<SlotClash> clashes = posts.clashes(date, slotNo, targetIds, id);
        String when = "slot " + slotNo + " on " + IndianFormat.date(date) + " (" + SilenceRule.WHEN.format(at) + " IST)";
        if (!r.clear() && !confirmExclusion) {
            return new ScheduleOutcome(false, p, r.silent(), clashes, "Not scheduled yet: at " + when + " some seats "
                    + "of the targets are silent. " + r.silent().message() + " Confirm to leave them out and send to the rest.");
        }
        Post after = posts.jdbi().inTransaction(h -> {
            PostDao dao = h.attach(PostDao.class);
            Post now = PostGuards.load(dao, id);
            PostGuards.fresh(now, expectedVersion);
            PostGuards.allowed(now, PostStatus.SCHEDULED, "scheduled");
            if (dao.schedule(id, expectedVersion, date, slotNo, at, posts.clock().instant()) != 1) {
                throw PostGuards.conflict(dao, id);
            }
            dao.deleteExcluded(id);
            if (!r.clear()) {
                dao.insertExcluded(id, r.silent().silent(), "SCHEDULE");
            }
            Post saved = PostGuards.load(dao, id);
            posts.record(h, dao, saved, op, now.status(), PostStatus.SCHEDULED, "scheduled for " + when + PostGuards.exclusion(r), "SCHEDULE",
                    PostGuards.describe(now));
            return saved;
        });
        return new ScheduleOutcome(true, after, r.silent(), clashes, "Scheduled for " + when + PostGuards.exclusion(r)
                + (clashes.isEmpty() ? "" : "; " + clashes.size() + " other posts share this slot and a target"));
    }
}
