package org.warroom.posts.ui;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.warroom.platform.fx.FxTasks;
import org.warroom.platform.i18n.IndianFormat;
import org.warroom.posts.PostCalendar;
import org.warroom.posts.WeekGrid;

/**
 * A month of slots as counts: six weeks from the Monday on or before the 1st, so the month sits in a fixed
 * seven-by-six grid. One grouped query for the 42 days, like the week.
 */
public final class MonthViewModel {
    /** Days shown: six whole weeks. */
    public static final int DAYS = 42;

    private final PostCalendar calendar;
    private final FxTasks tasks;
    private final Clock clock;
    private final ObjectProperty<YearMonth> month = new SimpleObjectProperty<>();
    private final StringProperty desk = new SimpleStringProperty();
    private final ReadOnlyObjectWrapper<WeekGrid> grid = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<String> error = new SimpleObjectProperty<>();
    private long generation;

    public MonthViewModel(PostCalendar calendar, FxTasks tasks, Clock clock) {
        this.calendar = calendar;
        this.tasks = tasks;
        this.clock = clock;
        month.set(YearMonth.from(today()));
        month.addListener((o, a, b) -> reload());
        desk.addListener((o, a, b) -> reload());
    }

    public ObjectProperty<YearMonth> monthProperty() {
        return month;
    }

    /** The desk's scope, as for the week: red days are its seats' silence. */
    public StringProperty deskProperty() {
        return desk;
    }

    public ReadOnlyObjectProperty<WeekGrid> gridProperty() {
        return grid.getReadOnlyProperty();
    }

    public ObjectProperty<String> errorProperty() {
        return error;
    }

    /** The first day of the grid: the Monday on or before the 1st of the month. */
    public LocalDate firstShown() {
        return month.get().atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    public void previous() {
        month.set(month.get().minusMonths(1));
    }

    public void next() {
        month.set(month.get().plusMonths(1));
    }

    public void thisMonth() {
        YearMonth now = YearMonth.from(today());
        if (now.equals(month.get())) {
            reload();
        } else {
            month.set(now);
        }
    }

    public void reload() {
        long gen = ++generation;
        LocalDate from = firstShown();
        String scope = desk.get();
        tasks.run(() -> calendar.week(from, DAYS, scope, clock.instant())).onSuccess(g -> {
            if (gen == generation) {
                error.set(null);
                grid.set(g);
            }
        }).onError(e -> {
            if (gen == generation) {
                error.set(e.getMessage());
            }
        }).start();
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(IndianFormat.IST));
    }
}
