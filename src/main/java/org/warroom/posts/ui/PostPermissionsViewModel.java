package org.warroom.posts.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableValue;
import org.warroom.operators.Operator;
import org.warroom.posts.Post;
import org.warroom.posts.PostStatus;

/**
 * What the operator at the desk may do to the selected post now, and why not: the status machine, the role and
 * four eyes (neither the author nor the last editor passes a post), mirrored from the services so that a button is
 * enabled only when the move is legal. The services still decide; this only spares the operator a refusal.
 */
public final class PostPermissionsViewModel {
    /** Why the commands are as they are, for a line above the buttons. */
    public enum Hint { NONE, NO_OPERATOR, VIEW_ONLY, OWN_POST, AWAITING_APPROVAL, SAVE_FIRST, FINISHED }

    private final ObservableValue<Operator> operator;
    private final ObservableValue<Post> selected;
    private final BooleanProperty dirty;
    private final BooleanBinding canSave;
    private final BooleanBinding canSubmit;
    private final BooleanBinding canApprove;
    private final BooleanBinding canSchedule;
    private final BooleanBinding canRelease;
    private final BooleanBinding canCancel;
    private final BooleanBinding canRepeat;
    private final ObjectBinding<Hint> hint;

    /**
     * @param busy a command is running
     * @param dirty the composer's text differs from the saved post (approving it would approve something else)
     * @param slotChosen the composer has a date and a slot
     */
    PostPermissionsViewModel(ObservableValue<Operator> operator, ObservableValue<Post> selected, BooleanProperty busy,
                             BooleanProperty dirty, BooleanBinding slotChosen) {
        this.operator = operator;
        this.selected = selected;
        this.dirty = dirty;
        canSave = Bindings.createBooleanBinding(() -> writer() && !busy.get() && (sel() == null || !sel().status().isFinal()),
                operator, selected, busy);
        canSubmit = Bindings.createBooleanBinding(() -> writer() && !busy.get() && (sel() == null
                || sel().status() == PostStatus.DRAFT || (sel().status() == PostStatus.REJECTED && dirty.get())),
                operator, selected, busy, dirty);
        canApprove = Bindings.createBooleanBinding(() -> approver() && !busy.get() && sel() != null
                && sel().status() == PostStatus.SUBMITTED && !own() && !dirty.get(), operator, selected, busy, dirty);
        canSchedule = Bindings.createBooleanBinding(() -> approver() && !busy.get() && sel() != null
                && (sel().status() == PostStatus.APPROVED || sel().status() == PostStatus.SCHEDULED)
                && slotChosen.get() && !dirty.get(), operator, selected, busy, dirty, slotChosen);
        canRelease = Bindings.createBooleanBinding(() -> approver() && !busy.get() && sel() != null
                && sel().status() == PostStatus.SCHEDULED && !dirty.get(), operator, selected, busy, dirty);
        canRepeat = Bindings.createBooleanBinding(() -> approver() && !busy.get() && sel() != null && sel().slotNo() != null
                && (sel().status() == PostStatus.SCHEDULED || sel().status() == PostStatus.RELEASED) && !dirty.get(),
                operator, selected, busy, dirty);
        canCancel = Bindings.createBooleanBinding(() -> operator.getValue() != null && !busy.get() && sel() != null
                && !sel().status().isFinal() && (sel().authorId() == operator.getValue().id() || approver()),
                operator, selected, busy);
        hint = Bindings.createObjectBinding(this::currentHint, operator, selected, dirty);
    }

    public BooleanBinding canSave() {
        return canSave;
    }

    /** A new post, a draft, or a rejected post being rewritten (Submit saves first). */
    public BooleanBinding canSubmit() {
        return canSubmit;
    }

    /** Approving and rejecting: a coordinator or admin who neither wrote nor last edited the submitted post. */
    public BooleanBinding canApprove() {
        return canApprove;
    }

    public BooleanBinding canSchedule() {
        return canSchedule;
    }

    /** A scheduled post; whether its slot has come is the service's to say. */
    public BooleanBinding canRelease() {
        return canRelease;
    }

    /** Its author or a coordinator, before release. */
    /** A recurring series from a post with a slot: coordinators and administrators. */
    public BooleanBinding canRepeat() {
        return canRepeat;
    }

    public BooleanBinding canCancel() {
        return canCancel;
    }

    public ObjectBinding<Hint> hint() {
        return hint;
    }

    private Hint currentHint() {
        Operator op = operator.getValue();
        Post p = sel();
        if (op == null) {
            return Hint.NO_OPERATOR;
        }
        if (!op.role().canWrite()) {
            return Hint.VIEW_ONLY;
        }
        if (p == null) {
            return Hint.NONE;
        }
        if (p.status().isFinal()) {
            return Hint.FINISHED;
        }
        if (p.status() == PostStatus.SUBMITTED) {
            if (!op.role().canApprove()) {
                return Hint.AWAITING_APPROVAL;
            }
            if (own()) {
                return Hint.OWN_POST;
            }
        }
        if (dirty.get() && op.role().canApprove() && p.status() != PostStatus.DRAFT && p.status() != PostStatus.REJECTED) {
            return Hint.SAVE_FIRST;
        }
        return Hint.NONE;
    }

    private Post sel() {
        return selected.getValue();
    }

    private boolean writer() {
        return operator.getValue() != null && operator.getValue().role().canWrite();
    }

    private boolean approver() {
        return operator.getValue() != null && operator.getValue().role().canApprove();
    }

    /** Four eyes: the author and the last editor may not pass the post. */
    private boolean own() {
        Post p = sel();
        Operator op = operator.getValue();
        return p != null && op != null && (p.authorId() == op.id() || p.editorId() == op.id());
    }
}
