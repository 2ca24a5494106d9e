package org.warroom.posts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalTime;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
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
import org.warroom.platform.fx.Fonts;
import org.warroom.platform.fx.FxTasks;
import org.warroom.platform.i18n.Messages;
import org.warroom.posts.PostCalendar;
import org.warroom.testing.TestDb;
import org.warroom.testing.Texts;
import org.warroom.testing.Waits;

/** The week's "Slot times…": a bad time keeps Save off and says why; a good one is saved and heads the week's rows. */
@ExtendWith(ApplicationExtension.class)
class SlotTimesDialogTest {
    @TempDir
    static Path dir;
    static AppContext ctx;

    @BeforeAll
    static void data() {
        ctx = TestDb.sultanpur(dir);
    }

    @AfterAll
    static void close() {
        ctx.close();
    }

    @Start
    void start(Stage stage) {
        Fonts.load();
        PostCalendar calendar = new PostCalendar(ctx.db().jdbi(), ctx.posts(), ctx.calendar(), ctx.org());
        PostsViewModel vm = new PostsViewModel(ctx.posts(), ctx.releases(), ctx.operators(), ctx.org(), calendar,
                FxTasks.standard(), ctx.clock());
        vm.week().setSlotTimes(ctx.slotTimes());
        PostsView view = new PostsView(vm, Messages.of("en"));
        Scene scene = new Scene(view.node(), 1360, 900);
        scene.getStylesheets().add(WarRoomApp.class.getResource("/org/warroom/app/warroom.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void theDeskMovesSlotTwoToTen(FxRobot robot) {
        robot.clickOn("#postsWeekTab");
        robot.clickOn("#weekSlotTimes");
        Waits.until(() -> robot.lookup("#slotTime2").tryQuery().isPresent());
        TextField two = robot.lookup("#slotTime2").queryAs(TextField.class);
        robot.doubleClickOn(two).eraseText(5).write("13:00");
        Waits.until(() -> Texts.of(robot.lookup("#slotTimesProblem").query()).contains("Slot 3 (12:30) must be later than slot 2 (13:00)"));
        Node save = robot.lookup(".button").match(n -> n instanceof Button b && "Save times".equals(b.getText())).query();
        assertThat(save.isDisabled()).isTrue();
        robot.doubleClickOn(two).eraseText(5).write("10:00");
        Waits.until(() -> !save.isDisabled());
        robot.clickOn(save);
        Waits.until(() -> ctx.slotTimes().current().slot(2).time().equals(LocalTime.of(10, 0)));
        Waits.until(() -> Texts.of(robot.lookup("#weekSlotsSaved").query()).equals("Slot times saved."));
        Waits.until(() -> robot.lookup(".slot-header").queryAll().stream().anyMatch(n -> Texts.of(n).endsWith("10:00")));
    }
}
