package org.warroom.posts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.warroom.app.AppContext;
import org.warroom.operators.Operator;
import org.warroom.operators.OperatorRole;
import org.warroom.platform.i18n.IndianFormat;
import org.warroom.posts.Channel;
import org.warroom.posts.PollPhase;
import org.warroom.posts.Post;
import org.warroom.posts.PostDraft;
import org.warroom.testing.SultanpurDb;
import org.warroom.testing.Texts;
import org.warroom.testing.Waits;

/**
 * The day view as a coordinator uses it: open the Day tab and step to the day, see two posts for the same seat
 * flagged in their slot and the afternoon red for seat 187's silence; drag a post to the morning slot and see it
 * there (and in the database), undo with Ctrl+Z; drag it into a silent slot, see the lane turn red while over it and
 * the refusal naming the seat after the drop; move one from the keyboard with Ctrl+M; double-click opens a post.
 */
@ExtendWith(ApplicationExtension.class)
class DayViewTest {
    @RegisterExtension
    static final SultanpurDb DB = new SultanpurDb();
    static AppContext ctx;
    static Operator boss;
    static LocalDate day;
    static Post a;
    static Post b;

    @BeforeAll
    static void data() {
        ctx = DB.ctx();
        day = LocalDate.now(IndianFormat.IST).plusDays(3);
        // seat 187 polls two days later closing at 12:00: silent from 12:00 on the day, so slots 3–6 are closed to it
        ctx.calendar().replacePhases(List.of(new PollPhase(187, day.plusDays(2), LocalTime.of(12, 0))), day.minusDays(30));
        Operator writer = ctx.operators().add("Day Writer", OperatorRole.WRITER);
        boss = ctx.operators().add("Day Coordinator", OperatorRole.COORDINATOR);
        a = scheduled(writer, "Isauli water camp", "AC-187", 2);
        b = scheduled(writer, "Isauli road opened", "AC-187", 2);
    }

    static Post scheduled(Operator writer, String title, String seat, int slot) {
        long unit = ctx.org().byCode(seat).orElseThrow().unit().id();
        Post p = ctx.posts().create(writer.id(), PostDraft.of(title, "शिविर की कहानी", null, "BENEFICIARY_STORY",
                List.of(unit), Set.of(Channel.WHATSAPP)));
        p = ctx.posts().submit(p.id(), p.version(), writer.id());
        p = ctx.posts().approve(p.id(), p.version(), boss.id());
        return ctx.posts().schedule(p.id(), p.version(), boss.id(), day, slot, false).post();
    }

    PostsViewModel vm;

    @Start
    void start(Stage stage) {
        vm = PostsStage.show(stage, ctx, 1500, 900);
    }

    @Test
    void aCoordinatorDragsAPostToAnotherSlotUndoesItAndIsToldWhyNotIntoSilence(FxRobot robot) {
        robot.interact(() -> vm.operatorProperty().set(boss));
        robot.clickOn("#postsDayTab");
        for (int i = 0; i < 3; i++) {
            robot.clickOn("#dayNext");
        }
        Waits.until(() -> plannedFor(day) && robot.lookup("#dayCard-" + a.id()).tryQuery().isPresent());
        assertThat(Texts.of(robot.lookup("#dayHeading").query())).endsWith(IndianFormat.date(day) + " · 2 posts");
        // the two posts for Isauli in slot 2 are flagged, each naming the other; the afternoon is red for 187
        assertThat(marks(robot, a)).isEqualTo("⚠ also #" + b.id() + " for AC-187");
        assertThat(Texts.of(robot.lookup("#dayLaneSilent-3").query())).isEqualTo("silent: 187");
        assertThat(robot.lookup("#dayLane-3").query().getStyleClass()).contains("slot-silent");
        assertThat(robot.lookup("#dayLaneWarn-1").query().isVisible()).as("slot 1 is empty but 3 days ahead").isFalse();

        robot.drag(card(robot, a)).dropTo("#dayList-1");

        Waits.until(() -> ctx.posts().post(a.id()).orElseThrow().slotNo() == 1);
        Waits.until(() -> robot.lookup("#dayList-1").query().lookup("#dayCard-" + a.id()) != null);
        assertThat(robot.lookup("#dayList-2").query().lookup("#dayCard-" + a.id())).isNull();
        assertThat(ctx.posts().post(a.id()).orElseThrow().status().name()).isEqualTo("SCHEDULED");
        Waits.until(() -> Texts.of(robot.lookup("#dayNotice").query()).contains("moved from slot 2"));
        Waits.until(() -> marks(robot, a).isEmpty());   // alone in slot 1 now: no longer flagged

        robot.clickOn(card(robot, a));
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        Waits.until(() -> ctx.posts().post(a.id()).orElseThrow().slotNo() == 2);
        Waits.until(() -> Texts.of(robot.lookup("#dayNotice").query()).startsWith("Undone: Post #" + a.id()));
        Waits.until(() -> robot.lookup("#dayList-2").query().lookup("#dayCard-" + a.id()) != null);

        // into the silence: red while over the lane, refused after the drop with the seat named, nothing moved
        robot.drag(card(robot, a)).moveTo("#dayList-4");
        Waits.until(() -> robot.lookup("#dayLane-4").query().getStyleClass().contains("drop-no"));
        assertThat(Texts.of(robot.lookup("#dayLaneDrop-4").query())).isEqualTo("✗ not here");
        robot.release(MouseButton.PRIMARY);
        Waits.until(() -> Texts.of(robot.lookup("#dayNotice").query()).startsWith("Not done: Nothing can go to AC-187"));
        assertThat(Texts.of(robot.lookup("#dayNotice").query())).contains("seat 187: from " + IndianFormat.date(day) + " 12:00");
        assertThat(robot.lookup("#dayLane-4").query().getStyleClass()).doesNotContain("drop-no");
        assertThat(ctx.posts().post(a.id()).orElseThrow().slotNo()).isEqualTo(2);

        robot.doubleClickOn(card(robot, b));
        Waits.until(() -> vm.selectedProperty().get() != null && vm.selectedProperty().get().id() == b.id());
        assertThat(robot.lookup("#postsInnerTabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getId())
                .isEqualTo("postsComposeTab");
    }

    @Test
    void theKeyboardMovesTheSelectedCardAndCtrlDigitsSwitchViews(FxRobot robot) {
        robot.interact(() -> vm.operatorProperty().set(boss));
        robot.clickOn("#postsDayTab");
        robot.interact(() -> vm.day().show(day));
        Waits.until(() -> plannedFor(day) && robot.lookup("#dayCard-" + b.id()).tryQuery().isPresent());
        robot.clickOn(card(robot, b));
        robot.press(KeyCode.CONTROL, KeyCode.M).release(KeyCode.M, KeyCode.CONTROL);
        Waits.until(() -> robot.lookup("#moveSlot").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ComboBox<Integer> slot = robot.lookup("#moveSlot").queryAs(ComboBox.class);
        robot.interact(() -> slot.setValue(5));
        assertThat(Texts.of(robot.lookup("#moveWhy").query())).contains("Nothing can go to AC-187");
        assertThat(robot.lookup("#moveOk").query().isDisabled()).isTrue();
        robot.interact(() -> slot.setValue(1));
        Waits.until(() -> !robot.lookup("#moveOk").query().isDisabled());
        robot.clickOn("#moveOk");
        Waits.until(() -> ctx.posts().post(b.id()).orElseThrow().slotNo() == 1);
        Waits.until(() -> robot.lookup("#dayList-1").query().lookup("#dayCard-" + b.id()) != null);

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        Waits.until(() -> "postsWeekTab".equals(selectedTab(robot)));
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        Waits.until(() -> "postsDayTab".equals(selectedTab(robot)));
        robot.interact(() -> vm.day().undo(text -> { }));
        Waits.until(() -> ctx.posts().post(b.id()).orElseThrow().slotNo() == 2);
    }

    private boolean plannedFor(LocalDate d) {
        return vm.day().planProperty().get() != null && d.equals(vm.day().planProperty().get().date());
    }

    private static Node card(FxRobot robot, Post p) {
        return robot.lookup("#dayCard-" + p.id()).query();
    }

    private static String marks(FxRobot robot, Post p) {
        return Texts.of(card(robot, p).lookup(".day-card-marks"));
    }

    private static String selectedTab(FxRobot robot) {
        return robot.lookup("#postsInnerTabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getId();
    }
}
