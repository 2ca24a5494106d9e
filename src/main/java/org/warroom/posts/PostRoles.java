package org.warroom.posts;

import java.util.Collection;
import org.jdbi.v3.core.Handle;
import org.warroom.operators.Access;
import org.warroom.operators.Operator;
import org.warroom.operators.OperatorService;
import org.warroom.operators.Principal;

/** Who may do what to a post, with refusals that say so in a sentence. */
final class PostRoles {
    private final OperatorService operators;

    PostRoles(OperatorService operators) {
        this.operators = operators;
    }

    Operator writer(long operatorId) {
        Operator op = operators.require(operatorId);
        if (!op.role().canWrite()) {
            throw new PostValidationException("operator", op.name() + " is a leadership viewer and cannot write or change posts.");
        }
        return op;
    }

    Operator approver(long operatorId, String verb) {
        Operator op = operators.require(operatorId);
        if (!op.role().canApprove()) {
            throw new PostValidationException("operator", op.name() + " is a " + label(op) + "; only a coordinator or an "
                    + "admin can " + verb + " posts.");
        }
        return op;
    }

    /** Four eyes: whoever wrote the post, or wrote its current text, does not also pass it. */
    void notOwn(Operator op, Post p, String verb) {
        if (p.authorId() == op.id()) {
            throw new PostValidationException("operator", op.name() + " wrote post #" + p.id() + ", and nobody may "
                    + verb + " their own post; another coordinator must " + verb + " it.");
        }
        if (p.editorId() == op.id()) {
            throw new PostValidationException("operator", op.name() + " made the last edit to post #" + p.id()
                    + ", so another coordinator must " + verb + " it.");
        }
    }

    /**
     * A desk operator's posts stay inside their unit: every target (and, for a change to a post, every target it
     * already has) must be their unit or below it. Coordinators and administrators have no scope. Checked in the
     * write's own transaction, so the window, the CLI and any service call get the same refusal.
     */
    void withinScope(Handle h, Operator op, Collection<Long> unitIds, String verb) {
        Principal p = operators.principal(h, op.id());
        String outside = Access.outsideScope(h, p, unitIds);
        if (outside != null) {
            throw new PostValidationException("targets", p.name() + " works for " + p.scopeName() + " and may not "
                    + verb + " a post for " + outside + ", which is outside it; nothing was saved.");
        }
    }

    void mayCancel(Operator op, Post p) {
        if (p.authorId() != op.id() && !op.role().canApprove()) {
            throw new PostValidationException("operator", "Only the post's author or a coordinator can cancel post #"
                    + p.id() + "; " + op.name() + " is neither.");
        }
    }

    private static String label(Operator op) {
        return op.role().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
