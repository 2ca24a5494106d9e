package org.warroom.posts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
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
import org.warroom.operators.Operator;
import org.warroom.operators.OperatorRole;
import org.warroom.platform.i18n.IndianFormat;
import org.warroom.posts.Channel;
import org.warroom.posts.Post;
import org.warroom.posts.PostDraft;
import org.warroom.testing.TestDb;
import org.warroom.testing.Texts;
import org.warroom.testing.Waits;

/**
 * The calendar's other views: the week's "Slot times…" (a bad time keeps Save off and says why; a good one is saved
 * and heads the week's rows) and the month (a scheduled post fills its day's mark; a click opens that day, whose
 * week is a click away, and a day's header in the week opens the day again).
 */
@ExtendWith(ApplicationExtension.class)
class CalendarViewsTest {
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

    PostsViewModel vm;

    @Start
    void start(Stage stage) {
        vm = PostsStage.show(stage, ctx, 1360, 900);
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

    @Test
    void theMonthShowsAFilledSlotAndOpensItsDayAndWeek(FxRobot robot) {
        Operator writer = ctx.operators().add("Month Writer", OperatorRole.WRITER);
        Operator boss = ctx.operators().add("Month Coordinator", OperatorRole.COORDINATOR);
        long seat = ctx.org().byCode("AC-189").orElseThrow().unit().id();
        Post p = ctx.posts().create(writer.id(), PostDraft.of("Month test", "महीने की जाँच", null, "BENEFICIARY_STORY",
                List.of(seat), Set.of(Channel.WHATSAPP)));
        p = ctx.posts().submit(p.id(), p.version(), writer.id());
        p = ctx.posts().approve(p.id(), p.version(), boss.id());
        LocalDate day = LocalDate.now(IndianFormat.IST).plusDays(3);
        assertThat(ctx.posts().schedule(p.id(), p.version(), boss.id(), day, 4, false).scheduled()).isTrue();

        robot.clickOn("#postsMonthTab");
        Waits.until(() -> vm.month().gridProperty().get() != null);
        int index = (int) (day.toEpochDay() - vm.month().firstShown().toEpochDay());
        Node cell = robot.lookup("#monthDay" + index).query();
        Waits.until(() -> cell.lookupAll(".mark-filled").size() == 1);
        assertThat(cell.lookupAll(".label").stream().map(Texts::of).toList()).contains(String.valueOf(day.getDayOfMonth()),
                "1 of 6 slots filled");
        robot.clickOn(cell);
        // the day opens, with the post in its slot; from there, the week of that day
        Waits.until(() -> vm.day().planProperty().get() != null && day.equals(vm.day().planProperty().get().date()));
        long id = p.id();
        Waits.until(() -> robot.lookup("#dayList-4").query().lookup("#dayCard-" + id) != null);
        robot.clickOn("#dayWeek");
        Waits.until(() -> day.equals(vm.week().startProperty().get()));
        Waits.until(() -> vm.week().gridProperty().get() != null && day.equals(vm.week().gridProperty().get().from()));
        // and back: a day's header in the week opens that day
        robot.clickOn("#weekDay1");
        Waits.until(() -> day.plusDays(1).equals(vm.day().dateProperty().get()));
    }

    @Test
    void theCoordinatorRepeatsAPostOnChosenDays(FxRobot robot) {
        Operator writer = ctx.operators().add("Repeat Writer", OperatorRole.WRITER);
        Operator boss = ctx.operators().add("Repeat Coordinator", OperatorRole.COORDINATOR);
        long seat = ctx.org().byCode("AC-190").orElseThrow().unit().id();
        Post p = ctx.posts().create(writer.id(), PostDraft.of("Repeat test", "दोहराने की जाँच", null, "ODOP",
                List.of(seat), Set.of(Channel.WHATSAPP)));
        p = ctx.posts().submit(p.id(), p.version(), writer.id());
        p = ctx.posts().approve(p.id(), p.version(), boss.id());
        LocalDate day = LocalDate.now(IndianFormat.IST).plusDays(2);
        Post scheduled = ctx.posts().schedule(p.id(), p.version(), boss.id(), day, 5, false).post();
        robot.interact(() -> {
            vm.operatorProperty().set(boss);
            vm.select(scheduled);
        });
        Waits.until(() -> !robot.lookup("#postRepeat").queryAs(Button.class).isDisabled());
        robot.clickOn("#postRepeat");
        Waits.until(() -> robot.lookup("#repeatUntil").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#repeatUntil").queryAs(javafx.scene.control.DatePicker.class).setValue(day.plusDays(7)));
        // only the days of the week that the next three days fall on
        for (java.time.DayOfWeek w : java.time.DayOfWeek.values()) {
            boolean keep = w == day.plusDays(1).getDayOfWeek() || w == day.plusDays(2).getDayOfWeek() || w == day.plusDays(3).getDayOfWeek();
            robot.interact(() -> robot.lookup("#repeatDay" + w.name()).queryAs(javafx.scene.control.CheckBox.class).setSelected(keep));
        }
        robot.clickOn("#repeatOk");
        Waits.until(() -> vm.noticeProperty().get() != null && "posts.done.repeated".equals(vm.noticeProperty().get().key()));
        int count = ctx.db().jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM post WHERE title = 'Repeat test' "
                + "AND status = 'SCHEDULED'").mapTo(Integer.class).one());
        assertThat(count).isEqualTo(1 + 3);
        assertThat(vm.noticeProperty().get().args()).first().isEqualTo("3");
    }
}
