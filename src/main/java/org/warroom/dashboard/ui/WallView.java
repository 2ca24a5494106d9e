package org.warroom.dashboard.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.warroom.dashboard.Dashboard;
import org.warroom.platform.i18n.Messages;

/**
 * Wall mode: the dashboard full screen on a dark theme in large type, one panel at a time, turning every few
 * seconds — readable from across the room. Unit names and counts only: no names of people, no phones. A demo
 * database carries a red mark. Esc leaves. Further panels (a map) join through {@link #addPanel}.
 */
public final class WallView {
    /** One panel: its title key and how it draws a dashboard. */
    private record Panel(String titleKey, BiFunction<Dashboard, Messages, Node> draw) {
    }

    private final DashboardViewModel vm;
    private final List<Panel> panels = new ArrayList<>();
    private final Duration every;
    private final Label title = new Label();
    private final Label unit = new Label();
    private final Label demo = new Label();
    private final Label hint = new Label();
    private final StackPane body = new StackPane();
    private final ChangeListener<Dashboard> onData = (o, a, d) -> draw();
    private Messages m;
    private Stage stage;
    private Timeline turn;
    private int current;

    public WallView(DashboardViewModel vm, Messages messages, Duration every) {
        this.vm = vm;
        this.m = messages;
        this.every = every;
        addPanel("wall.panel.tiles", WallPanels::tiles);
        addPanel("wall.panel.reporting", WallPanels::reporting);
        addPanel("wall.panel.units", WallPanels::units);
    }

    /** Adds a panel to the rotation (e.g. a map of the state): it is given each new dashboard and the UI language. */
    public void addPanel(String titleKey, BiFunction<Dashboard, Messages, Node> draw) {
        panels.add(new Panel(titleKey, draw));
    }

    /** Opens the wall full screen over {@code owner}'s screen. */
    public void show(Window owner) {
        if (stage != null) {
            return;
        }
        title.getStyleClass().add("wall-title");
        unit.getStyleClass().add("wall-unit-name");
        demo.getStyleClass().add("wall-demo");
        demo.setId("wallDemo");
        hint.getStyleClass().add("wall-hint");
        hint.setId("wallHint");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        // the unit, the demo mark and the way out keep their words; the panel's name gives way on a narrow screen
        for (Label keep : new Label[] {unit, demo, hint}) {
            keep.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox head = new HBox(28, unit, title, spacer, demo, hint);
        head.setAlignment(Pos.CENTER_LEFT);
        head.setPadding(new Insets(24, 36, 12, 36));
        body.setId("wallBody");
        BorderPane root = new BorderPane(body, head, null, null, null);
        root.setId("wallRoot");
        root.getStyleClass().add("wall");
        Scene scene = new Scene(root, 1280, 800);
        scene.getStylesheets().add(WallView.class.getResource("/org/warroom/dashboard/ui/wall.css").toExternalForm());
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                close();
            } else if (e.getCode() == KeyCode.RIGHT || e.getCode() == KeyCode.SPACE) {
                next();
            }
        });
        stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setScene(scene);
        stage.setTitle("War Room — wall");
        // the whole screen of the window it came from, also where full screen is not honoured (no window manager)
        javafx.geometry.Rectangle2D screen = (owner == null ? javafx.stage.Screen.getPrimary()
                : javafx.stage.Screen.getScreensForRectangle(owner.getX(), owner.getY(), 1, 1).stream().findFirst()
                .orElse(javafx.stage.Screen.getPrimary())).getBounds();
        stage.setX(screen.getMinX());
        stage.setY(screen.getMinY());
        stage.setWidth(screen.getWidth());
        stage.setHeight(screen.getHeight());
        stage.setFullScreenExitHint("");
        // Esc closes the wall rather than only leaving full screen
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreen(true);
        stage.setOnHidden(e -> stopped());
        vm.dashboardProperty().addListener(onData);
        vm.setRanking(true);
        vm.setWatching(true);
        vm.refresh();
        turn = new Timeline(new KeyFrame(every, e -> next()));
        turn.setCycleCount(Timeline.INDEFINITE);
        turn.play();
        current = 0;
        draw();
        stage.show();
    }

    public boolean isShowing() {
        return stage != null && stage.isShowing();
    }

    /** The panel on show (0: tiles, 1: reporting, 2: units, then any added). */
    public int currentPanel() {
        return current;
    }

    public void close() {
        if (stage != null) {
            stage.close();
        }
    }

    public void setMessages(Messages messages) {
        m = messages;
        draw();
    }

    private void stopped() {
        turn.stop();
        vm.dashboardProperty().removeListener(onData);
        vm.setRanking(false);
        vm.setWatching(false);
        stage = null;
    }

    private void next() {
        current = (current + 1) % panels.size();
        draw();
    }

    private void draw() {
        if (stage == null) {
            return;
        }
        Panel p = panels.get(current);
        title.setText(m.get(p.titleKey()));
        hint.setText((current + 1) + "/" + panels.size() + "  ·  " + m.get("wall.exit"));
        Dashboard d = vm.dashboardProperty().get();
        if (d == null) {
            body.getChildren().setAll(new Label(m.get("dashboard.loading")));
            return;
        }
        unit.setText(d.unit().unit().name(m.hindi()) + "  ·  " + d.at().toLocalTime().withNano(0).withSecond(0));
        demo.setText(m.get("wall.demo"));
        demo.setVisible(d.demoPreset() != null);
        body.getChildren().setAll(p.draw().apply(d, m));
    }
}
