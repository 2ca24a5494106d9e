package org.warroom.dashboard.ui;

import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.warroom.dashboard.Dashboard;
import org.warroom.dashboard.DashboardService;
import org.warroom.dashboard.Measure;
import org.warroom.dashboard.Threshold;
import org.warroom.org.UnitRow;
import org.warroom.platform.fx.FxTasks;

/**
 * The dashboard's state: the unit (null means the state), the last dashboard loaded and any error. Refreshes are
 * coalesced — one load in flight and at most one more queued, however many change notices arrive — and run only
 * while someone looks (the tab or the wall); a hidden dashboard is marked stale and loads when shown.
 */
public final class DashboardViewModel {
    private final DashboardService service;
    private final FxTasks tasks;
    private final ObjectProperty<UnitRow> unit = new SimpleObjectProperty<>();
    private final ObjectProperty<Dashboard> dashboard = new SimpleObjectProperty<>();
    private final StringProperty error = new SimpleStringProperty();
    private final BooleanProperty mayEditThresholds = new SimpleBooleanProperty();
    private int watchers;
    private boolean ranking;
    private boolean running;
    private boolean pending;
    private boolean stale = true;
    private int loads;

    public DashboardViewModel(DashboardService service, FxTasks tasks) {
        this.service = service;
        this.tasks = tasks;
    }

    public ReadOnlyObjectProperty<Dashboard> dashboardProperty() {
        return dashboard;
    }

    public ReadOnlyObjectProperty<UnitRow> unitProperty() {
        return unit;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public BooleanProperty mayEditThresholdsProperty() {
        return mayEditThresholds;
    }

    /** Follows the tree's selection. */
    public void follow(UnitRow row) {
        if (row != null && unit.get() != null && row.unit().id() == unit.get().unit().id()) {
            return;
        }
        unit.set(row);
        refresh();
    }

    /** Back to the whole state. */
    public void showState() {
        unit.set(null);
        refresh();
    }

    /** A view (the tab or the wall) starts or stops watching; loads at once if anything changed meanwhile. */
    public void setWatching(boolean watching) {
        watchers = Math.max(0, watchers + (watching ? 1 : -1));
        if (watching && stale) {
            refresh();
        }
    }

    /** While the wall is open, refreshes also rank the units below (the wall's best and worst panel). */
    public void setRanking(boolean on) {
        ranking = on;
    }

    /** A live change notice: refreshes when the unit shown lies on a changed path (null: everything changed). */
    public void liveChange(Set<Long> ids) {
        Dashboard d = dashboard.get();
        if (ids == null || d == null || ids.contains(d.unit().unit().id())) {
            refresh();
        }
    }

    /** Loads the dashboard again, coalesced; only marks it stale while no one watches. */
    public void refresh() {
        if (watchers == 0) {
            stale = true;
            return;
        }
        if (running) {
            pending = true;
            return;
        }
        running = true;
        stale = false;
        UnitRow u = unit.get();
        boolean ranked = ranking;
        tasks.run(() -> Map.entry(ranked ? service.refreshWithRanking(u) : service.refresh(u), service.mayChangeThresholds())).onSuccess(r -> {
            loads++;
            dashboard.set(r.getKey());
            mayEditThresholds.set(r.getValue());
            error.set(null);
            done();
        }).onError(e -> {
            error.set(e.getMessage() == null ? e.toString() : e.getMessage());
            done();
        }).start();
    }

    private void done() {
        running = false;
        if (pending) {
            pending = false;
            refresh();
        }
    }

    /** How many loads finished (for tests: that notices are coalesced). */
    public int loads() {
        return loads;
    }

    /** The unit a tile opens in the tree: the dashboard's own. */
    public UnitRow drillTarget() {
        Dashboard d = dashboard.get();
        return d == null ? null : d.unit();
    }

    /** Reporting tiles open the reports' charts as well as the tree. */
    public static boolean opensCharts(Measure m) {
        return m == Measure.REPORTS;
    }

    public void loadThresholds(Consumer<Map<Measure, Threshold>> then) {
        tasks.run(service::thresholds).onSuccess(then).onError(e -> error.set(e.getMessage())).start();
    }

    /** Saves thresholds (the service refuses anyone but an administrator), then reloads the colours. */
    public void saveThresholds(Iterable<Threshold> changed, Runnable ok, Consumer<String> failed) {
        tasks.run(() -> {
            for (Threshold t : changed) {
                service.setThreshold(t);
            }
            return true;
        }).onSuccess(x -> {
            ok.run();
            refresh();
        }).onError(e -> failed.accept(e.getMessage())).start();
    }
}
