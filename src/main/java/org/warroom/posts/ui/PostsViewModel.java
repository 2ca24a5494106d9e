package org.warroom.posts.ui;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.warroom.operators.Operator;
import org.warroom.operators.OperatorException;
import org.warroom.operators.OperatorRole;
import org.warroom.operators.OperatorService;
import org.warroom.org.OrgService;
import org.warroom.org.UnitRow;
import org.warroom.platform.fx.FxTasks;
import org.warroom.posts.Category;
import org.warroom.posts.Post;
import org.warroom.posts.PostCalendar;
import org.warroom.posts.PostConflictException;
import org.warroom.posts.PostDetail;
import org.warroom.posts.PostHistoryEntry;
import org.warroom.posts.PostService;
import org.warroom.posts.PostStatus;
import org.warroom.posts.PostValidationException;
import org.warroom.posts.ReleaseOutcome;
import org.warroom.posts.ReleaseService;
import org.warroom.posts.ScheduleOutcome;
import org.warroom.platform.i18n.IndianFormat;
import org.warroom.posts.Series;
import org.warroom.posts.SlotRef;
import org.warroom.posts.text.Transliterator;

/**
 * The posts screen: the list (by status, or one slot of the week), the selected post with its history, and the
 * workflow's commands in the name of the operator at the desk. A command is enabled only when the post's status
 * and the operator's role allow it; the service still decides, and its refusal is shown as it words it.
 */
public final class PostsViewModel {
    private final PostService posts;
    private final ReleaseService releases;
    private final ReleaseLogViewModel releaseLog;
    private final OperatorService operators;
    private final OrgService org;
    private final PostCalendar calendar;
    private final FxTasks tasks;
    private final Clock clock;
    private final ComposerViewModel composer;
    private final MonthViewModel month;
    private final WeekViewModel week;
    private final DayViewModel day;

    private final ObjectProperty<Operator> operator = new SimpleObjectProperty<>();
    private final ObjectProperty<PostStatus> statusFilter = new SimpleObjectProperty<>();
    private final ObservableList<Post> list = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Post> selected = new ReadOnlyObjectWrapper<>();
    private final ObservableList<PostHistoryEntry> history = FXCollections.observableArrayList();
    private final ObservableMap<Long, Operator> operatorsById = FXCollections.observableHashMap();
    private final ObservableList<Category> categories = FXCollections.observableArrayList();
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final PostPermissionsViewModel permissions;
    private Consumer<String> onOperatorAdded;
    private long listGeneration;
    private long selectGeneration;

    public PostsViewModel(PostService posts, ReleaseService releases, OperatorService operators, OrgService org,
                          PostCalendar calendar, FxTasks tasks, Clock clock) {
        this.posts = posts;
        this.releases = releases;
        this.releaseLog = new ReleaseLogViewModel(releases, tasks, clock);
        this.operators = operators;
        this.org = org;
        this.calendar = calendar;
        this.tasks = tasks;
        this.clock = clock;
        this.composer = new ComposerViewModel(Transliterator.standard(), org, posts, tasks);
        this.week = new WeekViewModel(calendar, tasks, clock);
        this.month = new MonthViewModel(calendar, tasks, clock);
        month.deskProperty().bind(week.deskProperty());
        this.day = new DayViewModel(posts, calendar, tasks, clock);
        day.deskProperty().bind(week.deskProperty());
        day.operatorProperty().bind(operator);
        day.setOnMoved(this::afterMove);
        this.permissions = new PostPermissionsViewModel(operator, selected.getReadOnlyProperty(), busy,
                composer.dirtyProperty(), Bindings.createBooleanBinding(() -> composer.slot() != null,
                        composer.slotDateProperty(), composer.slotNoProperty()));
        // someone added at another desk, or in the window's chooser: the list and history need their name
        operator.addListener((o, a, op) -> {
            if (op != null && !operatorsById.containsKey(op.id())) {
                reloadOperators();
            }
        });
        statusFilter.addListener((o, a, b) -> reload());
        week.selectedProperty().addListener((o, a, b) -> reload());
        tasks.run(posts::categories).onSuccess(c -> {
            categories.setAll(c);
            if (composer.categoryProperty().get() == null && !c.isEmpty()) {
                composer.categoryProperty().set(c.getFirst());
                composer.dirtyProperty().set(false);
            }
        }).onError(this::failed).start();
        reloadOperators();
        reload();
    }

    // ---- state

    /** Who is at this desk; bind it to the window's choice. Every command acts in their name. */
    public ObjectProperty<Operator> operatorProperty() {
        return operator;
    }

    /** Only posts of this status; null for all. */
    public ObjectProperty<PostStatus> statusFilterProperty() {
        return statusFilter;
    }

    public ObservableList<Post> posts() {
        return list;
    }

    public ReadOnlyObjectProperty<Post> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ObservableList<PostHistoryEntry> history() {
        return history;
    }

    public ObservableList<Category> categories() {
        return categories;
    }

    /** Operators by id, for the author column and the history. */
    public ObservableMap<Long, Operator> operatorsById() {
        return operatorsById;
    }

    public ObjectProperty<Notice> noticeProperty() {
        return notice;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ComposerViewModel composer() {
        return composer;
    }

    public MonthViewModel month() {
        return month;
    }

    public WeekViewModel week() {
        return week;
    }

    /** One day's slots with their posts as cards; posts are moved there. */
    public DayViewModel day() {
        return day;
    }

    /** The selected post's release log, and the posts that missed their slot. */
    public ReleaseLogViewModel releaseLog() {
        return releaseLog;
    }

    /** What the operator may do to the selected post now, and why not. */
    public PostPermissionsViewModel permissions() {
        return permissions;
    }

    /** Called with the new operator's name after one is added, e.g. {@code MainWindow::loadOperators}. */
    public void setOnOperatorAdded(Consumer<String> hook) {
        this.onOperatorAdded = hook;
    }

    /** A category by code, for the list; null while categories load. */
    public Category category(String code) {
        return categories.stream().filter(c -> c.code().equals(code)).findFirst().orElse(null);
    }

    /** True when the selected scheduled post is more than the grace late: releasing it is a person's late decision. */
    public boolean selectedIsMissed() {
        Post p = sel();
        return p != null && p.status() == PostStatus.SCHEDULED && p.scheduledAt() != null
                && clock.instant().isAfter(p.scheduledAt().plus(PostService.SLOT_GRACE));
    }

    // ---- loading

    /** Reloads the list: the slot chosen in the week view, else by status. */
    public void reload() {
        long gen = ++listGeneration;
        PostStatus status = statusFilter.get();
        SlotRef slot = week.selectedProperty().get();
        releaseLog.reloadMissed();
        tasks.run(() -> slot == null ? posts.list(status)
                : calendar.inSlot(slot).stream().filter(p -> status == null || p.status() == status).toList())
                .onSuccess(rows -> {
                    if (gen == listGeneration) {
                        list.setAll(rows);
                    }
                }).onError(this::failed).start();
    }

    public void reloadOperators() {
        tasks.run(operators::list).onSuccess(ops -> {
            Map<Long, Operator> m = new HashMap<>();
            ops.forEach(o -> m.put(o.id(), o));
            operatorsById.clear();
            operatorsById.putAll(m);
        }).onError(this::failed).start();
    }

    /** Opens a post in the composer (null: a new, empty post). */
    public void select(Post p) {
        long gen = ++selectGeneration;
        notice.set(null);
        if (p == null) {
            selected.set(null);
            history.clear();
            releaseLog.show(null);
            composer.clear();
            if (!categories.isEmpty()) {
                composer.categoryProperty().set(categories.getFirst());
                composer.dirtyProperty().set(false);
            }
            return;
        }
        selected.set(p);
        tasks.run(() -> load(p.id())).onSuccess(l -> {
            if (gen == selectGeneration) {
                show(l, true);
            }
        }).onError(this::failed).start();
    }

    public void newPost() {
        select(null);
    }

    // ---- commands

    /** Saves the composer: a new draft, or an edit (which sends an approved post back to review). */
    public void save() {
        Post p = sel();
        var draft = composer.draft();
        long op = opId();
        act(() -> p == null ? posts.create(op, draft) : posts.edit(p.id(), p.version(), op, draft), "posts.done.saved", false);
    }

    /** Saves first if needed, then submits for approval. */
    public void submit() {
        Post p = sel();
        boolean save = p == null || composer.isDirty();
        var draft = save ? composer.draft() : null;
        long op = opId();
        act(() -> {
            Post saved = p == null ? posts.create(op, draft) : save ? posts.edit(p.id(), p.version(), op, draft) : p;
            return posts.submit(saved.id(), saved.version(), op);
        }, "posts.done.submitted", false);
    }

    public void approve() {
        Post p = sel();
        long op = opId();
        act(() -> posts.approve(p.id(), p.version(), op), "posts.done.approved", false);
    }

    public void reject(String reason) {
        Post p = sel();
        long op = opId();
        act(() -> posts.reject(p.id(), p.version(), op, reason), "posts.done.rejected", false);
    }

    public void cancel(String reason) {
        Post p = sel();
        long op = opId();
        act(() -> posts.cancel(p.id(), p.version(), op, reason), "posts.done.cancelled", true);
    }

    /** Repeats the selected post in its slot on {@code days} up to {@code until}; the notice says how many and which dates were refused. */
    public void repeat(java.time.LocalDate until, java.util.Set<java.time.DayOfWeek> days) {
        Post p = sel();
        long op = opId();
        busy.set(true);
        tasks.run(() -> new Series(posts).repeat(p.id(), op, until, days)).onSuccess(o -> {
            busy.set(false);
            String refused = o.refused().stream().map(r -> IndianFormat.date(r.date()) + " (" + r.reason() + ")")
                    .collect(java.util.stream.Collectors.joining("; "));
            notice.set(Notice.done("posts.done.repeated", String.valueOf(o.scheduled().size()),
                    refused.isEmpty() ? "—" : refused));
            reload();
            calendars();
        }).onError(this::refused).start();
    }

    /**
     * Schedules into the composer's slot. When a wider target has silent seats, nothing is scheduled and
     * {@code confirm} gets the service's explanation; schedule again with {@code leaveOutSilent} to go ahead.
     */
    public void schedule(boolean leaveOutSilent, Consumer<String> confirm) {
        Post p = sel();
        SlotRef slot = composer.slot();
        long op = opId();
        busy.set(true);
        tasks.run(() -> {
            ScheduleOutcome o = posts.schedule(p.id(), p.version(), op, slot.date(), slot.slotNo(), leaveOutSilent);
            return new Outcome(o.scheduled(), o.message(), o.scheduled() ? load(o.post().id()) : null);
        }).onSuccess(o -> finish(o, confirm)).onError(this::refused).start();
    }

    /** Releases the selected post now; {@code late} for a missed slot, {@code leaveOutSilent} once confirmed. */
    public void release(boolean late, boolean leaveOutSilent, Consumer<String> confirm) {
        Post p = sel();
        long op = opId();
        busy.set(true);
        tasks.run(() -> {
            // released and delivered: the district packs are written before the log is shown
            ReleaseOutcome o = releases.release(p.id(), p.version(), op, leaveOutSilent, late, false);
            return new Outcome(o.released(), o.message(), o.released() ? load(o.post().id()) : null);
        }).onSuccess(o -> finish(o, confirm)).onError(this::refused).start();
    }

    /** Adds an operator; on success the desk's chooser is reloaded with them selected. */
    public void addOperator(String name, OperatorRole role, Consumer<Operator> onAdded, Consumer<String> onRefused) {
        tasks.run(() -> operators.add(name, role)).onSuccess(added -> {
            reloadOperators();
            if (onOperatorAdded != null) {
                onOperatorAdded.accept(added.name());
            } else if (!operator.isBound()) {
                operator.set(added);
            }
            onAdded.accept(added);
        }).onError(e -> onRefused.accept(e instanceof OperatorException ? e.getMessage() : "Not added: " + e.getMessage())).start();
    }

    /** The week and the day shown (a hidden day loads when next shown). */
    public void calendars() {
        week.reload();
        day.reload();
    }

    // ---- private

    /** A post moved in the day view: the list and the week follow, and the composer shows the moved post's new slot. */
    private void afterMove(Post moved) {
        reload();
        week.reload();
        Post p = sel();
        if (p != null && p.id() == moved.id() && !composer.isDirty()) {
            select(moved);
        }
    }

    private record Loaded(PostDetail detail, Category category, List<UnitRow> targets, List<AttachmentItem> files,
                          List<PostHistoryEntry> history) {
    }

    private record Outcome(boolean done, String message, Loaded loaded) {
    }

    private Loaded load(long id) {
        PostDetail d = posts.detail(id);
        Category cat = posts.categories().stream().filter(c -> c.code().equals(d.post().category())).findFirst().orElse(null);
        List<UnitRow> rows = org.units(d.targetUnitIds());
        List<AttachmentItem> files = d.attachments().stream().map(a -> new AttachmentItem(posts.mediaFile(a),
                a.fileName(), a.mime(), a.bytes(), a.sha256())).toList();
        return new Loaded(d, cat, rows, files, posts.history(id));
    }

    private void act(Callable<Post> work, String doneKey, boolean weekChanged) {
        busy.set(true);
        tasks.run(() -> load(work.call().id())).onSuccess(l -> {
            busy.set(false);
            boolean keepText = doneKey.equals("posts.done.saved") || doneKey.equals("posts.done.submitted");
            show(l, !keepText);
            notice.set(Notice.done(doneKey, "#" + l.detail().post().id()));
            reload();
            if (weekChanged || l.detail().post().slotDate() != null) {
                calendars();
            }
        }).onError(this::refused).start();
    }

    private void finish(Outcome o, Consumer<String> confirm) {
        busy.set(false);
        if (!o.done()) {
            confirm.accept(o.message());
            return;
        }
        show(o.loaded(), false);
        notice.set(Notice.done("posts.outcome", o.message()));
        reload();
        calendars();
    }

    /** Shows a loaded post; {@code reloadText} false keeps the writer's text as typed (after their own save). */
    private void show(Loaded l, boolean reloadText) {
        selectGeneration++;
        selected.set(l.detail().post());
        history.setAll(l.history());
        releaseLog.show(l.detail().post().id());
        if (reloadText) {
            composer.load(l.detail(), l.category(), l.targets(), l.files());
        } else {
            composer.saved(l.detail().post().id(), l.files());
        }
    }

    private void refused(Throwable e) {
        busy.set(false);
        boolean expected = e instanceof PostValidationException || e instanceof PostConflictException
                || e instanceof OperatorException;
        notice.set(Notice.refused(expected ? "posts.refused" : "posts.failed", String.valueOf(e.getMessage())));
        reload();
    }

    private void failed(Throwable e) {
        notice.set(Notice.refused("posts.failed", String.valueOf(e.getMessage())));
    }

    private Post sel() {
        return selected.get();
    }

    private long opId() {
        Operator op = operator.get();
        if (op == null) {
            throw new IllegalStateException("no operator at the desk");
        }
        return op.id();
    }
}
