package org.warroom.demo.replay.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.warroom.app.AppContext;
import org.warroom.app.WarRoomApp;
import org.warroom.demo.DemoPreset;
import org.warroom.demo.replay.ReplayClock;
import org.warroom.demo.replay.ReplayDay;
import org.warroom.demo.replay.ReplayEngine;
import org.warroom.platform.audit.Actor;
import org.warroom.platform.db.DataFolder;
import org.warroom.platform.db.Database;
import org.warroom.platform.fx.Fonts;
import org.warroom.platform.i18n.IndianFormat;
import org.warroom.platform.i18n.Messages;
import org.warroom.testing.Texts;
import org.warroom.testing.Waits;

/** The replay's bar as the presenter uses it: the day plays, Pause stops it, Play goes on, the speed changes. */
@ExtendWith(ApplicationExtension.class)
class ReplayBarTest {
    @TempDir
    static Path dir;
    static ReplayClock clock;
    static AppContext ctx;
    static ReplayEngine engine;

    @BeforeAll
    static void data() {
        clock = new ReplayClock(ZonedDateTime.of(LocalDate.now(IndianFormat.IST), ReplayDay.MORNING, IndianFormat.IST)
                .toInstant(), 3600, IndianFormat.IST);
        ctx = new AppContext(Database.openEmbedded(DataFolder.open(dir)), clock, new Actor("tester", "replay"), dir.resolve("media"));
        ctx.demo().build(DemoPreset.SULTANPUR, 7, false, (a, b) -> { });
        engine = new ReplayEngine(clock, ctx.db().jdbi(), ctx.reports(), ctx.posts(), ctx.operators(), ctx.org(), 1, 0.1);
    }

    @AfterAll
    static void close() {
        engine.close();
        ctx.close();
    }

    @Start
    void start(Stage stage) {
        Fonts.load();
        ReplayBar bar = new ReplayBar(engine, Messages.of("en"));
        Scene scene = new Scene(new javafx.scene.layout.StackPane(bar.node()), 1300, 60);
        scene.getStylesheets().add(WarRoomApp.class.getResource("/org/warroom/app/warroom.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        engine.start();
    }

    @Test
    void playPauseAndSpeed(FxRobot robot) throws Exception {
        Waits.until(60, () -> engine.status().reported() > 0);
        assertThat(Texts.of(robot.lookup("#replayMark").query())).isEqualTo("DEMO — synthetic data");
        Button button = robot.lookup("#replayPlayPause").queryAs(Button.class);
        Waits.until(() -> button.getText().endsWith("Pause"));
        robot.clickOn(button);
        Waits.until(() -> button.getText().endsWith("Play"));
        assertThat(engine.status().running()).isFalse();
        java.time.Instant stood = clock.instant();
        Thread.sleep(600);
        assertThat(clock.instant()).as("the replayed time stands still while paused").isEqualTo(stood);
        robot.clickOn(button);
        Waits.until(() -> button.getText().endsWith("Pause"));
        assertThat(clock.instant()).isAfter(stood);
        robot.interact(() -> robot.lookup("#replaySpeed").queryAs(ComboBox.class).setValue(1200.0));
        assertThat(engine.status().speed()).isEqualTo(1200.0);
        Waits.until(() -> Texts.of(robot.lookup("#replayTime").query()).endsWith(" IST"));
        Waits.until(() -> Texts.of(robot.lookup("#replayCounts").query()).contains(" of "));
    }
}
