package org.warroom.posts;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import org.warroom.operators.Principal;
import org.warroom.org.Unit;
import org.warroom.platform.i18n.IndianFormat;

/**
 * Whether a post may be moved to another slot, and if not, why, in a sentence: the same rules for the move itself
 * ({@link Mover}) and for the day view's marks while a card is dragged, so the colour under the pointer and the answer
 * after the drop never disagree (unless another desk changed something in between; the move checks again).
 */
final class MoveRules {
    private MoveRules() {
    }

    /** Only the roles that schedule may move: a coordinator or an admin. */
    static String role(Principal who) {
        return who.role().canApprove() ? null : who.name() + " is a " + who.role().label()
                + "; only a coordinator or an admin can move posts.";
    }

    /** Released and cancelled posts are history; a rejected one is edited (back to a draft) before it goes anywhere. */
    static String status(Post p) {
        return switch (p.status()) {
            case RELEASED -> "Post #" + p.id() + " was released" + (p.releasedAt() == null ? ""
                    : " at " + SilenceRule.WHEN.format(p.releasedAt()) + " IST") + "; a released post cannot be moved.";
            case CANCELLED -> "Post #" + p.id() + " is cancelled; it cannot be moved.";
            case REJECTED -> "Post #" + p.id() + " was rejected; edit it (it becomes a draft again) before moving it.";
            default -> null;
        };
    }

    static String same(Post p, SlotRef to) {
        return to.date().equals(p.slotDate()) && p.slotNo() != null && p.slotNo() == to.slotNo()
                ? "Post #" + p.id() + " is already in slot " + to.slotNo() + " on " + IndianFormat.date(to.date()) + "." : null;
    }

    /** A person scoped to a unit moves only posts whose every target lies within it (as for any change in the services). */
    static String scope(Principal who, Post p, Collection<Unit> targets) {
        if (who.scopePath() == null) {
            return null;
        }
        for (Unit u : targets) {
            if (u.path() == null || !u.path().startsWith(who.scopePath())) {
                return who.name() + " works for " + who.scopeName() + " and may not move post #" + p.id()
                        + ": its target " + u.code() + " (" + u.nameEn() + ") is outside it.";
            }
        }
        return null;
    }

    /**
     * The first reason post {@code p} may not go to slot {@code to} (at {@code at}), or null when it may; a target left
     * with only silent seats is refused, a wider target with some silent seats is not (the move asks to confirm).
     */
    static String refusal(Post p, Principal who, Map<Unit, Set<Integer>> targets, SlotRef to, Instant at, Instant now,
                          SilencePeriods periods) {
        String why = role(who);
        why = why != null ? why : status(p);
        why = why != null ? why : same(p, to);
        why = why != null ? why : DraftChecker.pastRefusal(to.date(), to.slotNo(), at, now);
        why = why != null ? why : scope(who, p, targets.keySet());
        return why != null ? why : SilenceRule.check(targets, Set.of(), periods, at).refusal();
    }
}
