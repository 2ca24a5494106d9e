package org.warroom.posts;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.warroom.platform.i18n.IndianFormat;

/**
 * A recurring series: an approved (or scheduled) post repeated in its slot on the chosen days of the week up to a
 * date. Each repeat is a post of its own — the same author, words, targets, channels and attachments — submitted,
 * approved by the coordinator who asked for the series (never the author) and scheduled like any other, so every
 * repeat meets the silence rule at its own time. A date whose slot is refused (silent seats, a past slot) is checked
 * before anything is made and gets no post; the answer says which dates and why.
 */
public final class Series {
    /** At most this many repeats in one series (about three months of a daily slot). */
    public static final int MAX = 92;

    private final PostService posts;

    public Series(PostService posts) {
        this.posts = posts;
    }

    /** What a series made: the new posts, and each date that was refused with the reason. */
    public record Outcome(List<Post> scheduled, List<Refusal> refused) {
        public Outcome {
            scheduled = List.copyOf(scheduled);
            refused = List.copyOf(refused);
        }
    }

    /** A date that got no repeat. */
    public record Refusal(LocalDate date, String reason) {
    }

    /**
     * Repeats post {@code id} (which has a slot) on {@code days} after its own date, up to {@code until} inclusive.
     *
     * @param approverId the coordinator asking; approves every repeat
     */
    public Outcome repeat(long id, long approverId, LocalDate until, Set<DayOfWeek> days) {
        PostDetail d = posts.detail(id);
        Post p = d.post();
        if (p.slotDate() == null || p.slotNo() == null) {
            throw new PostValidationException("slot", "Schedule the post into a slot first; the series repeats that slot.");
        }
        if (p.status() != PostStatus.APPROVED && p.status() != PostStatus.SCHEDULED && p.status() != PostStatus.RELEASED) {
            throw new PostValidationException("status", "Only an approved post is repeated (this one is " + p.status().label() + ").");
        }
        if (days == null || days.isEmpty()) {
            throw new PostValidationException("days", "Choose at least one day of the week.");
        }
        if (until == null || !until.isAfter(p.slotDate())) {
            throw new PostValidationException("until", "The series must end after the post's own date ("
                    + IndianFormat.date(p.slotDate()) + ").");
        }
        List<LocalDate> dates = new ArrayList<>();
        for (LocalDate day = p.slotDate().plusDays(1); !day.isAfter(until); day = day.plusDays(1)) {
            if (days.contains(day.getDayOfWeek())) {
                dates.add(day);
            }
        }
        if (dates.size() > MAX) {
            throw new PostValidationException("until", "That is " + dates.size() + " repeats; a series holds at most " + MAX
                    + ". End it sooner.");
        }
        posts.roles().approver(approverId, "approve a series");
        List<java.nio.file.Path> files = d.attachments().stream().map(posts::mediaFile).toList();
        var targets = posts.checker().targets(d.targetUnitIds());
        SilencePeriods periods = posts.calendar().silencePeriods();
        List<Post> made = new ArrayList<>();
        List<Refusal> refused = new ArrayList<>();
        for (LocalDate day : dates) {
            try {
                // the slot is checked before a post is made, so a refused date leaves nothing behind
                SilenceRule.Result r = SilenceRule.check(targets, Set.of(), periods, posts.checker().slotInstant(day, p.slotNo()));
                if (r.refusal() != null) {
                    throw new PostValidationException("slot", r.refusal());
                }
                if (!r.clear()) {
                    throw new PostValidationException("slot", "Some seats of the targets are silent then: "
                            + r.silent().message() + " Schedule that day by hand to leave them out.");
                }
                made.add(one(d, files, approverId, day));
            } catch (RuntimeException e) {
                refused.add(new Refusal(day, e.getMessage()));
            }
        }
        return new Outcome(made, refused);
    }

    /** One repeat: made, approved and scheduled; cancelled again (with the reason) when its slot is refused. */
    private Post one(PostDetail d, List<java.nio.file.Path> files, long approverId, LocalDate day) {
        Post p = d.post();
        PostDraft draft = new PostDraft(p.title(), p.bodyHi(), p.bodyEn(), p.category(), d.targetUnitIds(),
                EnumSet.copyOf(d.channels()), files, null, null, p.paid(), p.precertNo(), p.precertDate());
        Post copy = posts.create(p.authorId(), draft);
        copy = posts.submit(copy.id(), copy.version(), p.authorId());
        copy = posts.approve(copy.id(), copy.version(), approverId);
        try {
            ScheduleOutcome o = posts.schedule(copy.id(), copy.version(), approverId, day, p.slotNo(), false);
            if (!o.scheduled()) {
                throw new PostValidationException("slot", o.message());
            }
            return o.post();
        } catch (RuntimeException e) {
            Post now = posts.post(copy.id()).orElseThrow();
            posts.cancel(now.id(), now.version(), approverId, "series: the slot of " + IndianFormat.date(day) + " was refused");
            throw e;
        }
    }
}
