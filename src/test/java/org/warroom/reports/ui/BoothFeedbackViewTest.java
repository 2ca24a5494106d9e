package org.warroom.reports.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
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
import org.warroom.org.UnitRow;
import org.warroom.platform.fx.Fonts;
import org.warroom.platform.fx.FxTasks;
import org.warroom.platform.i18n.Messages;
import org.warroom.reports.BoothFeedbackStatus;
import org.warroom.reports.BoothToAsk;
import org.warroom.testing.TestDb;
import org.warroom.testing.Texts;
import org.warroom.testing.Waits;

/**
 * Twice-weekly booth feedback as an operator gives it: the seat's booths still to ask are listed with the count, one
 * is double-clicked into the form, mood and an issue are chosen, Ctrl+Enter saves, and the booth leaves the list;
 * then a plan's "after" feedback for a booth picked in the tree, and an empty form refused.
 */
@ExtendWith(ApplicationExtension.class)
class BoothFeedbackViewTest {
    @TempDir
    static Path dir;
    static AppContext ctx;
    ReportsView view;
    final SimpleObjectProperty<UnitRow> selected = new SimpleObjectProperty<>();

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
        view = new ReportsView(ctx.reports(), ctx.reportImports(), ctx.org(), FxTasks.standard(), Messages.of("en"), selected,
                u -> { }, () -> { });
        Scene scene = new Scene(view.node(), 1280, 820);
        scene.getStylesheets().add(WarRoomApp.class.getResource("/org/warroom/app/warroom.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void aBoothGivesItsTwiceWeeklyFeedbackAndLeavesTheList(FxRobot robot) {
        UnitRow seat = ctx.org().byCode("AC-187").orElseThrow();
        robot.interact(() -> selected.set(seat));
        robot.clickOn("#reportsFeedbackTab");
        @SuppressWarnings("unchecked")
        ListView<BoothToAsk> list = robot.lookup("#feedbackToAsk").queryAs(ListView.class);
        Waits.until(() -> !list.getItems().isEmpty());
        BoothFeedbackStatus before = ctx.reports().boothFeedbackStatus(seat.unit().id(), ctx.reports().today());
        assertThat(before.booths()).isGreaterThan(300);
        assertThat(list.getItems()).hasSize(Math.min(BoothFeedbackViewModel.LIST, before.missing()));
        Waits.until(() -> Texts.of(robot.lookup("#feedbackSummary").query()).startsWith(before.withFeedback() + " of "));
        assertThat(Texts.of(robot.lookup("#feedbackSummary").query())).contains(" booths have given this half-week's feedback");

        robot.clickOn("#feedbackSave");
        Waits.until(() -> Texts.of(robot.lookup("#feedbackRefusal").query()).contains("Choose the booth first"));

        BoothToAsk first = list.getItems().getFirst();
        robot.interact(() -> list.getSelectionModel().select(0));
        robot.doubleClickOn(robot.lookup(".list-cell").nth(0).queryAs(javafx.scene.Node.class));
        Waits.until(() -> Texts.of(robot.lookup("#feedbackBooth").query()).contains(first.code()));
        robot.clickOn("#feedbackSave");
        Waits.until(() -> Texts.of(robot.lookup("#feedbackRefusal").query()).contains("Nothing to save"));
        robot.clickOn("#feedbackMoodNEGATIVE").clickOn("#feedbackIssueRUMOUR");
        robot.clickOn("#feedbackText").write("Log pension ki baat kar rahe hain");
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        Waits.until(() -> Texts.of(robot.lookup("#feedbackConfirmation").query()).contains(first.code()));
        Waits.until(() -> list.getItems().stream().noneMatch(b -> b.boothId() == first.boothId()));
        BoothFeedbackStatus after = ctx.reports().boothFeedbackStatus(seat.unit().id(), ctx.reports().today());
        assertThat(after.withFeedback()).isEqualTo(before.withFeedback() + 1);
        String stored = ctx.db().jdbi().withHandle(h -> h.createQuery(
                "SELECT mood || ':' || feedback FROM booth_feedback WHERE booth_id = :b").bind("b", first.boothId())
                .mapTo(String.class).one());
        assertThat(stored).isEqualTo("NEGATIVE:Log pension ki baat kar rahe hain");
        assertThat(Texts.of(robot.lookup("#feedbackText").query())).isEmpty();

        // a plan's "after" feedback for a booth chosen in the tree
        UnitRow booth = ctx.org().children(ctx.org().children(ctx.org().children(seat.unit(), org.warroom.org.TreeMode.ORGANISATION)
                .getFirst().unit(), org.warroom.org.TreeMode.ORGANISATION).getFirst().unit(), org.warroom.org.TreeMode.ORGANISATION).getFirst();
        robot.interact(() -> selected.set(booth));
        Waits.until(() -> Texts.of(robot.lookup("#feedbackBooth").query()).contains(booth.unit().code()));
        robot.clickOn("#feedbackPlanKind").clickOn("#feedbackPlan").write("Ghar-ghar sampark");
        robot.clickOn("#feedbackPhaseAFTER").clickOn("#feedbackMoodPOSITIVE").clickOn("#feedbackSave");
        Waits.until(() -> Texts.of(robot.lookup("#feedbackConfirmation").query()).contains("Ghar-ghar sampark"));
        String plan = ctx.db().jdbi().withHandle(h -> h.createQuery(
                "SELECT plan_phase || ':' || mood FROM plan_feedback WHERE booth_id = :b AND plan_name = 'Ghar-ghar sampark'")
                .bind("b", booth.unit().id()).mapTo(String.class).one());
        assertThat(plan).isEqualTo("AFTER:POSITIVE");
    }
}
