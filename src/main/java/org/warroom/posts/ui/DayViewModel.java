package org.warroom.posts.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.warroom.operators.Operator;
import org.warroom.platform.fx.FxTasks;
import org.warroom.platform.i18n.IndianFormat;
import org.warroom.posts.DayCard;
import org.warroom.posts.DayPlan;
import org.warroom.posts.MoveOutcome;
import org.warroom.posts.Post;
import org.warroom.posts.PostCalendar;
import org.warroom.posts.PostConflictException;
import org.warroom.posts.PostService;
import org.warroom.posts.PostValidationException;
import org.warroom.posts.SlotRef;

/**
 * One day of the schedule: its six slots and their posts, read in one background load (newest request wins), and
 * moving a post to another slot through {@link PostService#move} in the name of the operator at the desk, with Undo
 * of the last move. Where a card may be dropped comes with the load, from the service's own rules; the service still
 * decides at the drop, and its refusal is shown as it words it. Loads only while the day is shown.
 */
public final class DayViewModel {
    /** The last successful move, for Undo: the post, where it was and is, and its version after the move. */
    public record LastMove(long postId, String title, SlotRef from, SlotRef to, int version) {
    }

    private final PostService posts;
    private final PostCalendar calendar;
    private final FxTasks tasks;
    private final Clock clock;
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty desk = new SimpleStringProperty();
    private final ObjectProperty<Operator> operator = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<DayPlan> plan = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<LastMove> lastMove = new ReadOnlyObjectWrapper<>();
    private Consumer<Post> onMoved = p -> { };
    private boolean shown;
    private boolean stale = true;
    private long generation;

    public DayViewModel(PostService posts, PostCalendar calendar, FxTasks tasks, Clock clock) {
        this.posts = posts;
        this.calendar = calendar;
        this.tasks = tasks;
        this.clock = clock;
        date.set(today());
        date.addListener((o, a, b) -> {
            notice.set(null);
            reload();
        });
        desk.addListener((o, a, b) -> reload());
        operator.addListener((o, a, b) -> reload());
    }

    /** The day shown; today until the desk moves. */
    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    /** The desk's scope (a district's name), or empty for the whole state: red slots are its seats' silence. */
    public StringProperty deskProperty() {
        return desk;
    }

    /** Who is at the desk: moves are made in their name, and where they may move is part of each load. */
    public ObjectProperty<Operator> operatorProperty() {
        return operator;
    }

    public ReadOnlyObjectProperty<DayPlan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    /** True while a move is on its way to the database. */
    public BooleanProperty busyProperty() {
        return busy;
    }

    /** What the last move did or why it was refused (the service's sentence), or why a load failed. */
    public ObjectProperty<Notice> noticeProperty() {
        return notice;
    }

    /** The move Undo takes back; null when there is none. */
    public ReadOnlyObjectProperty<LastMove> lastMoveProperty() {
        return lastMove.getReadOnlyProperty();
    }

    /** Called on the FX thread with the moved post after each move, e.g. to reload the posts list and the week. */
    public void setOnMoved(Consumer<Post> hook) {
        this.onMoved = hook == null ? p -> { } : hook;
    }

    /** The view says when the day is on screen: it loads then (and only then), so a hidden day costs nothing. */
    public void setShown(boolean on) {
        shown = on;
        if (on && stale) {
            reload();
        }
    }

    public void previous() {
        date.set(date.get().minusDays(1));
    }

    public void next() {
        date.set(date.get().plusDays(1));
    }

    /** Back to today (and reloads even if already there). */
    public void showToday() {
        show(today());
    }

    /** Shows a day, reloading it even when it is the one shown. */
    public void show(LocalDate day) {
        if (day.equals(date.get())) {
            reload();
        } else {
            date.set(day);
        }
    }

    public void reload() {
        reload(p -> { });
    }

    /** Loads the day if it is shown (else it is loaded when next shown); {@code then} runs on the FX thread once it is. */
    public void reload(Consumer<DayPlan> then) {
        if (!shown) {
            stale = true;
            return;
        }
        stale = false;
        long gen = ++generation;
        LocalDate day = date.get();
        String scope = desk.get();
        Long op = operator.get() == null ? null : operator.get().id();
        loading.set(true);
        tasks.run(() -> calendar.day(day, scope, op, clock.instant())).onSuccess(p -> {
            if (gen == generation) {
                loading.set(false);
                plan.set(p);
                then.accept(p);
            }
        }).onError(e -> {
            if (gen == generation) {
                loading.set(false);
                notice.set(Notice.refused("posts.failed", String.valueOf(e.getMessage())));
            }
        }).start();
    }

    /**
     * Why {@code card} may not be dropped into slot {@code slotNo} of the day shown, from the last load; null when it
     * may. Its own slot is not refused: dropping it there does nothing.
     */
    public String dropRefusal(DayCard card, int slotNo) {
        DayPlan p = plan.get();
        if (p == null || isOwnSlot(card, slotNo)) {
            return null;
        }
        return p.moveRefusal() != null ? p.moveRefusal() : card.refusal(slotNo);
    }

    /** True when slot {@code slotNo} of the day shown is where the card already is. */
    public boolean isOwnSlot(DayCard card, int slotNo) {
        return card.post().slotNo() != null && card.post().slotNo() == slotNo && card.post().slotDate().equals(date.get());
    }

    /**
     * Moves a card's post to {@code to}. When a wider target has silent seats there, nothing moves and {@code confirm}
     * gets the service's explanation; move again with {@code leaveOutSilent} to go ahead.
     */
    public void move(DayCard card, SlotRef to, boolean leaveOutSilent, Consumer<String> confirm) {
        move(card.post().id(), card.post().version(), to, leaveOutSilent, confirm, false);
    }

    /** Takes the last move back: a move to where the post was, through the same rules (it may be refused by now). */
    public void undo(Consumer<String> confirm) {
        undo(false, confirm);
    }

    public void undo(boolean leaveOutSilent, Consumer<String> confirm) {
        LastMove m = lastMove.get();
        if (m != null && m.from() != null) {
            move(m.postId(), m.version(), m.from(), leaveOutSilent, confirm, true);
        }
    }

    /** Today in IST by the console's clock. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(IndianFormat.IST));
    }

    private void move(long postId, int version, SlotRef to, boolean leaveOutSilent, Consumer<String> confirm, boolean undoing) {
        Operator op = operator.get();
        if (op == null) {
            notice.set(Notice.refused("calendar.day.noOperator"));
            return;
        }
        busy.set(true);
        notice.set(null);
        tasks.run(() -> posts.move(postId, version, op.id(), to.date(), to.slotNo(), leaveOutSilent)).onSuccess(o -> {
            busy.set(false);
            if (!o.moved()) {
                confirm.accept(o.message());
                return;
            }
            moved(o, undoing);
        }).onError(e -> {
            busy.set(false);
            boolean expected = e instanceof PostValidationException || e instanceof PostConflictException;
            notice.set(Notice.refused(expected ? "posts.refused" : "posts.failed", String.valueOf(e.getMessage())));
            reload();
        }).start();
    }

    private void moved(MoveOutcome o, boolean undoing) {
        lastMove.set(undoing ? null : new LastMove(o.post().id(), o.post().title(), o.from(), o.to(), o.post().version()));
        notice.set(Notice.done(undoing ? "calendar.day.undone" : "posts.outcome", o.message()));
        reload();
        onMoved.accept(o.post());
    }
}
