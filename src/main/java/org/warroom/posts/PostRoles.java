package org.warroom.posts;

import org.warroom.operators.Operator;
import org.warroom.operators.OperatorService;

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
