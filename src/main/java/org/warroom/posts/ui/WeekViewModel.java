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
import org.warroom.platform.fx.FxTasks;
import org.warroom.platform.i18n.IndianFormat;
import org.warroom.posts.PostCalendar;
import org.warroom.posts.SlotRef;
import org.warroom.posts.SlotTimes;
import org.warroom.posts.WeekGrid;

/**
 * The week of slots: seven days from {@code start}, counted in one query off the FX thread; prev/next move by a
 * week; a chosen cell becomes the posts list's filter. The newest load wins, so fast clicking never shows an older week.
 */
public final class WeekViewModel {
    public static final int DAYS = 7;

    private final PostCalendar calendar;
    private final FxTasks tasks;
    private final Clock clock;
    private final ObjectProperty<LocalDate> start = new SimpleObjectProperty<>();
    private final StringProperty desk = new SimpleStringProperty();
    private final ReadOnlyObjectWrapper<WeekGrid> grid = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<SlotRef> selected = new SimpleObjectProperty<>();
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private final ObjectProperty<String> error = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> slotsSaved = new SimpleObjectProperty<>();
    private SlotTimes slotTimes;
    private long generation;

    public WeekViewModel(PostCalendar calendar, FxTasks tasks, Clock clock) {
        this.calendar = calendar;
        this.tasks = tasks;
        this.clock = clock;
        start.set(today());
        start.addListener((o, a, b) -> reload());
        desk.addListener((o, a, b) -> reload());
    }

    /** The first day shown; today until the desk moves. */
    public ObjectProperty<LocalDate> startProperty() {
        return start;
    }

    /** The desk's scope (a district's name), or empty for the whole state: red cells are its seats' silence. */
    public StringProperty deskProperty() {
        return desk;
    }

    public ReadOnlyObjectProperty<WeekGrid> gridProperty() {
        return grid.getReadOnlyProperty();
    }

    /** The cell the desk clicked; the posts list shows that slot while it is set. */
    public ObjectProperty<SlotRef> selectedProperty() {
        return selected;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    /** Why the last load failed, or null. */
    public ObjectProperty<String> errorProperty() {
        return error;
    }

    /** Lets the desk edit the six slot times (the service refuses roles that may not). */
    public void setSlotTimes(SlotTimes slotTimes) {
        this.slotTimes = slotTimes;
    }

    public boolean slotTimesEditable() {
        return slotTimes != null;
    }

    /** After a save of the slot times: how many posts from today on moved with their slot. */
    public ObjectProperty<Integer> slotsSavedProperty() {
        return slotsSaved;
    }

    /** Saves six times (checked by {@link SlotTimes#parse} as the desk types) and reloads the week to show them. */
    public void saveSlotTimes(String times) {
        SlotTimes target = slotTimes;
        if (target == null) {
            return;
        }
        slotsSaved.set(null);
        tasks.run(() -> target.set(SlotTimes.parse(times))).onSuccess(moved -> {
            error.set(null);
            slotsSaved.set(moved);
            reload();
        }).onError(e -> error.set(e.getMessage())).start();
    }

    public void previous() {
        start.set(start.get().minusDays(DAYS));
    }

    public void next() {
        start.set(start.get().plusDays(DAYS));
    }

    /** Back to the seven days from today (and reloads even if already there). */
    public void thisWeek() {
        if (today().equals(start.get())) {
            reload();
        } else {
            start.set(today());
        }
    }

    public void reload() {
        reload(g -> { });
    }

    /** Loads the shown week; {@code then} runs on the FX thread once it is shown. */
    public void reload(Consumer<WeekGrid> then) {
        long gen = ++generation;
        LocalDate from = start.get();
        String scope = desk.get();
        loading.set(true);
        tasks.run(() -> calendar.week(from, DAYS, scope, clock.instant())).onSuccess(g -> {
            if (gen == generation) {
                loading.set(false);
                error.set(null);
                grid.set(g);
                then.accept(g);
            }
        }).onError(e -> {
            if (gen == generation) {
                loading.set(false);
                error.set(e.getMessage());
            }
        }).start();
    }

    /** Today in IST by the console's clock. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(IndianFormat.IST));
    }
}
