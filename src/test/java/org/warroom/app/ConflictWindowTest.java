package org.warroom.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableView;
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
import org.warroom.org.UnitRow;
import org.warroom.people.Volunteer;
import org.warroom.people.VolunteerDraft;
import org.warroom.platform.fx.FxTasks;
import org.warroom.platform.fx.Fonts;
import org.warroom.platform.i18n.Messages;
import org.warroom.testing.TestDb;

/** Two desks edit one volunteer: the second save is shown side by side with the first and merged field by field. */
@ExtendWith(ApplicationExtension.class)
class ConflictWindowTest {
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
        MainWindow window = new MainWindow(ctx, FxTasks.standard(), Messages.of("en"), null);
        stage.setScene(new Scene(window.node(), 1280, 800));
        stage.show();
    }

    private static void waitFor(BooleanSupplier condition) {
        org.warroom.testing.Waits.until(10, condition);
    }

    @Test
    void aStaleEditIsShownBesideTheNewerOneAndMergedByField(FxRobot robot) {
        long boothId = ctx.db().jdbi().withHandle(h -> h.createQuery("SELECT u.id FROM unit u JOIN volunteer v ON v.unit_id = u.id "
                + "WHERE u.code LIKE 'B-187-%' AND u.kind = 'BOOTH' GROUP BY u.id, u.number HAVING COUNT(*) = 1 ORDER BY u.number LIMIT 1")
                .mapTo(Long.class).one());
        UnitRow booth = ctx.org().unit(boothId).orElseThrow();
        robot.clickOn("#searchField").write("Isauli " + booth.unit().number());
        ListView<UnitRow> results = robot.lookup("#searchResults").queryListView();
        waitFor(() -> !results.getItems().isEmpty() && results.getItems().getFirst().unit().id() == boothId);
        robot.type(KeyCode.ENTER);
        waitFor(() -> robot.lookup("#volunteersTable").tryQuery().isPresent());
        TableView<?> table = robot.lookup("#volunteersTable").queryTableView();
        waitFor(() -> !table.getItems().isEmpty());
        Volunteer opened = (Volunteer) table.getItems().getFirst();
        // the table may sit below the fold of the details pane: select its row directly, then use the Edit button
        robot.interact(() -> table.getSelectionModel().select(0));
        javafx.scene.Node edit = robot.lookup("#editVolunteer").query();
        waitFor(() -> !edit.isDisabled());
        robot.clickOn(edit);
        waitFor(() -> robot.lookup("#volunteerPhone").tryQuery().isPresent());

        // meanwhile another desk renames the volunteer
        ctx.people().update(opened.id(), opened.version(), new VolunteerDraft(opened.unitId(), "Renamed Elsewhere",
                opened.phone(), opened.role(), opened.wingId(), opened.consentDate(), opened.active()));

        javafx.scene.control.TextField phone = robot.lookup("#volunteerPhone").queryAs(javafx.scene.control.TextField.class);
        robot.interact(phone::clear);
        robot.clickOn(phone).write("91234 56788");
        robot.clickOn("#volunteerSave");
        waitFor(() -> robot.lookup("#volunteerConflict").tryQuery().map(javafx.scene.Node::isVisible).orElse(false));
        // their name (I did not touch it) and my phone are preselected; nothing was saved yet
        assertThat(robot.lookup("#conflictTheirs-name").queryAs(RadioButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#conflictMine-phone").queryAs(RadioButton.class).isSelected()).isTrue();
        assertThat(ctx.people().volunteer(opened.id()).orElseThrow().phone()).isEqualTo(opened.phone());

        robot.clickOn("#conflictSaveChoices");
        waitFor(() -> robot.lookup("#volunteerConflict").tryQuery().isEmpty());
        Volunteer saved = ctx.people().volunteer(opened.id()).orElseThrow();
        assertThat(saved.name()).isEqualTo("Renamed Elsewhere");
        assertThat(saved.phone()).isEqualTo("+919123456788");
        assertThat(saved.version()).isEqualTo(opened.version() + 2);
    }
}
