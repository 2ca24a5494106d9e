package org.warroom.dashboard.ui;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.warroom.dashboard.Dashboard;
import org.warroom.dashboard.Measure;
import org.warroom.dashboard.Tile;
import org.warroom.org.UnitRow;
import org.warroom.platform.i18n.IndianFormat;
import org.warroom.platform.i18n.Messages;

/**
 * The Dashboard tab: the unit's six tiles with trends and colours. It follows the tree's selection ("State" goes
 * back to the whole state); a click on a tile opens the unit in the tree, and a reporting tile opens the reports'
 * charts too. Thresholds… is shown to administrators only (the service refuses others anyway).
 */
public final class DashboardView {
    private final DashboardViewModel vm;
    private final BorderPane root = new BorderPane();
    private final Label title = new Label();
    private final Label status = new Label();
    private final Label empty = new Label();
    private final HBox head = new HBox();
    private final Button state = new Button();
    private final Button wall = new Button();
    private final Button thresholds = new Button();
    private final Map<Measure, TileNode> tiles = new EnumMap<>(Measure.class);
    private final Timeline clock;
    private Messages m;

    /**
     * @param open      opens a unit in the tree (and shows the tree)
     * @param charts    shows the reports' charts (for the reporting tile)
     * @param openWall  opens the wall
     */
    public DashboardView(DashboardViewModel vm, Messages messages, Consumer<UnitRow> open, Runnable charts, Runnable openWall) {
        this.vm = vm;
        this.m = messages;
        FlowPane grid = new FlowPane(14, 14);
        grid.setPadding(new Insets(14));
        grid.setId("dashboardTiles");
        for (Measure measure : Measure.values()) {
            TileNode t = new TileNode(measure, false);
            tiles.put(measure, t);
            t.node().setOnMouseClicked(e -> {
                UnitRow target = vm.drillTarget();
                if (target != null) {
                    open.accept(target);
                    if (DashboardViewModel.opensCharts(measure)) {
                        charts.run();
                    }
                }
            });
            grid.getChildren().add(t.node());
        }
        title.setId("dashboardUnit");
        title.getStyleClass().add("details-title");
        status.setId("dashboardStatus");
        status.getStyleClass().add("details-subtitle");
        empty.setId("dashboardEmpty");
        empty.getStyleClass().add("dash-empty");
        empty.setVisible(false);
        empty.setManaged(false);
        state.setId("dashboardState");
        state.setOnAction(e -> vm.showState());
        wall.setId("dashboardWall");
        wall.setOnAction(e -> openWall.run());
        thresholds.setId("dashboardThresholds");
        thresholds.visibleProperty().bind(vm.mayEditThresholdsProperty());
        thresholds.managedProperty().bind(thresholds.visibleProperty());
        thresholds.setOnAction(e -> new ThresholdsDialog(vm, m, status::setText).show(root.getScene().getWindow()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        head.getChildren().setAll(title, spacer, state, thresholds, wall);
        head.setSpacing(12);
        head.setAlignment(Pos.CENTER_LEFT);
        head.setPadding(new Insets(8, 14, 4, 14));
        VBox top = new VBox(2, head, status, empty);
        VBox.setMargin(status, new Insets(0, 14, 0, 14));
        VBox.setMargin(empty, new Insets(6, 14, 0, 14));
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        root.setTop(top);
        root.setCenter(scroll);
        root.setId("dashboardView");
        root.getStyleClass().add("dashboard-view");
        vm.dashboardProperty().addListener((o, a, d) -> show(d));
        vm.errorProperty().addListener((o, a, e) -> {
            if (e != null) {
                status.setText(m.get("dashboard.error", e));
            }
        });
        // time moves the slots due and the silence windows without any change notice
        clock = new Timeline(new KeyFrame(Duration.seconds(60), e -> vm.refresh()));
        clock.setCycleCount(Timeline.INDEFINITE);
        clock.play();
        setMessages(messages);
    }

    /** Puts a control (the window's briefing exports) in the head, before the wall's button. */
    public void addToHead(javafx.scene.Node control) {
        head.getChildren().add(head.getChildren().indexOf(wall), control);
    }

    public Node node() {
        return root;
    }

    private void show(Dashboard d) {
        if (d == null) {
            return;
        }
        title.setText(m.get("dashboard.title", d.unit().unit().name(m.hindi()), d.unit().unit().kind().label(m.hindi())));
        status.setText(m.get("dashboard.updated", d.at().toLocalTime().withNano(0) + " · " + IndianFormat.date(d.day())));
        empty.setText(m.get("dashboard.emptyUnit"));
        empty.setVisible(d.empty());
        empty.setManaged(d.empty());
        for (Tile t : d.tiles()) {
            tiles.get(t.measure()).show(t, m);
        }
    }

    public void setMessages(Messages messages) {
        m = messages;
        state.setText(m.get("dashboard.state"));
        wall.setText(m.get("dashboard.wall"));
        thresholds.setText(m.get("dashboard.thresholds"));
        if (vm.dashboardProperty().get() == null) {
            status.setText(m.get("dashboard.loading"));
        }
        show(vm.dashboardProperty().get());
    }

    /** The sparkline of a tile, for tests. */
    public Sparkline sparkline(Measure measure) {
        return tiles.get(measure).sparkline();
    }
}
