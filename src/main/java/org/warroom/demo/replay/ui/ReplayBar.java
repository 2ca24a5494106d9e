package org.warroom.demo.replay.ui;

import java.time.format.DateTimeFormatter;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.warroom.demo.replay.ReplayEngine;
import org.warroom.platform.i18n.IndianFormat;
import org.warroom.platform.i18n.Messages;

/**
 * The time-lapse demo's controls under the window: the replayed time, reports arrived of those planned, play or
 * pause, the speed, and a restart (on the next day); always with the "demo — synthetic data" mark. Reads the
 * engine's status twice a second (no database: the engine keeps its counts).
 */
public final class ReplayBar {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(IndianFormat.IST);
    private static final Double[] SPEEDS = {60.0, 300.0, 1200.0};
    private final ReplayEngine engine;
    private final Messages m;
    private final HBox root = new HBox(10);
    private final Label mark = new Label();
    private final Label time = new Label();
    private final Label counts = new Label();
    private final ProgressBar progress = new ProgressBar(0);
    private final Button playPause = new Button();
    private final ComboBox<Double> speed = new ComboBox<>();
    private final Button restart = new Button();
    private final Timeline poll;

    public ReplayBar(ReplayEngine engine, Messages messages) {
        this.engine = engine;
        this.m = messages;
        root.setId("replayBar");
        root.getStyleClass().add("replay-bar");
        root.setAlignment(Pos.CENTER_LEFT);
        root.setPadding(new Insets(5, 12, 5, 12));
        mark.setId("replayMark");
        mark.getStyleClass().add("demo-badge");
        mark.setText(m.get("replay.mark"));
        time.setId("replayTime");
        time.getStyleClass().add("replay-time");
        counts.setId("replayCounts");
        progress.setPrefWidth(160);
        playPause.setId("replayPlayPause");
        playPause.setOnAction(e -> {
            if (engine.status().running()) {
                engine.pause();
            } else {
                engine.play();
            }
            show();
        });
        speed.setId("replaySpeed");
        speed.getItems().setAll(SPEEDS);
        speed.setValue(engine.status().speed());
        speed.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Double s) {
                return s == null ? "" : m.get("replay.speed", String.valueOf(s.intValue()));
            }

            @Override
            public Double fromString(String s) {
                return null;
            }
        });
        speed.valueProperty().addListener((o, a, s) -> {
            if (s != null) {
                engine.setSpeed(s);
            }
        });
        restart.setId("replayRestart");
        restart.setText(m.get("replay.restart"));
        restart.setOnAction(e -> engine.restart());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        root.getChildren().setAll(mark, new Label(m.get("replay.title")), time, progress, counts, spacer, playPause, speed, restart);
        poll = new Timeline(new KeyFrame(Duration.millis(500), e -> show()));
        poll.setCycleCount(Timeline.INDEFINITE);
        poll.play();
        show();
    }

    private void show() {
        ReplayEngine.Status s = engine.status();
        time.setText(TIME.format(s.now()) + " IST");
        counts.setText(m.get("replay.counts", IndianFormat.number(s.reported()), IndianFormat.number(s.planned()),
                String.valueOf(s.postsScheduled())));
        progress.setProgress(s.planned() == 0 ? 0 : (double) s.reported() / s.planned());
        playPause.setText(s.finished() ? m.get("replay.dayOver") : s.running() ? "‖ " + m.get("replay.pause") : "▶ " + m.get("replay.play"));
        playPause.setDisable(s.finished());
    }

    public Node node() {
        return root;
    }

    /** Stops reading the engine (the window is closing). */
    public void stop() {
        poll.stop();
    }
}
