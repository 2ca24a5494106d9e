package org.warroom.app;

import javafx.scene.control.Tab;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import org.warroom.dashboard.ui.DashboardView;
import org.warroom.dashboard.ui.DashboardViewModel;
import org.warroom.dashboard.ui.WallView;
import org.warroom.platform.fx.FxTasks;

/**
 * Puts the dashboard into the main window: a Dashboard tab built when first opened, following the tree's selection
 * and the live change notices, and the wall on F11 (or its button). Kept apart so the window itself barely changes.
 */
final class DashboardTab {
    /** Seconds each wall panel stays (setting dashboard.wall.seconds). */
    private static final int WALL_SECONDS = 15;

    private final MainWindow window;
    private final AppContext ctx;
    private final FxTasks tasks;
    private DashboardViewModel vm;
    private DashboardView view;
    private WallView wall;
    private int wallSeconds = WALL_SECONDS;

    private DashboardTab(MainWindow window, AppContext ctx, FxTasks tasks) {
        this.window = window;
        this.ctx = ctx;
        this.tasks = tasks;
    }

    static void install(MainWindow window, AppContext ctx, FxTasks tasks) {
        new DashboardTab(window, ctx, tasks).wire();
    }

    private void wire() {
        Tab tab = window.addTab("tab.dashboard", new StackPane(), m -> {
            if (view != null) {
                view.setMessages(m);
            }
            if (wall != null) {
                wall.setMessages(m);
            }
        });
        tab.selectedProperty().addListener((o, a, shown) -> {
            if (shown && view == null) {
                view = new DashboardView(viewModel(), window.messages(), row -> {
                    window.open(row);
                    window.showTab("tab.organisation");
                }, () -> window.showTab("tab.reports"), this::openWall);
                view.addToHead(BriefExports.menu(ctx, tasks, window.messages(), () -> viewModel().unitProperty().get(), window));
                tab.setContent(view.node());
            }
            viewModel().setWatching(shown);
        });
        window.selectedUnitProperty().addListener((o, a, u) -> {
            if (vm != null) {
                vm.follow(u);
            }
        });
        window.addLiveListener(ids -> {
            if (vm != null) {
                vm.liveChange(ids);
            }
        });
        window.node().sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F11), this::openWall);
            }
        });
        tasks.run(() -> ctx.settings().get("dashboard.wall.seconds").map(Integer::parseInt).orElse(WALL_SECONDS))
                .onSuccess(s -> wallSeconds = Math.max(3, s)).start();
    }

    private DashboardViewModel viewModel() {
        if (vm == null) {
            vm = new DashboardViewModel(ctx.dashboard(), tasks);
            vm.follow(window.selectedUnitProperty().get());
        }
        return vm;
    }

    private void openWall() {
        if (wall == null) {
            wall = new WallView(viewModel(), window.messages(), Duration.seconds(wallSeconds));
            // the map of today's reporting, seat by seat, as the wall's fourth panel; read again each time it comes round
            org.warroom.map.ui.MapViewModel mapVm = new org.warroom.map.ui.MapViewModel(ctx.map(), ctx.org(), tasks);
            mapVm.measureProperty().set(org.warroom.map.MapMeasure.REPORTING);
            org.warroom.map.ui.MapView map = new org.warroom.map.ui.MapView(mapVm, window.messages(), row -> { });
            wall.addPanel("wall.panel.map", (d, m) -> {
                map.setShowing(true);
                return map.node();
            });
        }
        wall.show(window.node().getScene() == null ? null : window.node().getScene().getWindow());
    }
}
