package org.warroom.app;

import static org.assertj.core.api.Assertions.assertThat;
import org.warroom.testing.Texts;

import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeTableView;
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
import org.warroom.platform.fx.Fonts;
import org.warroom.platform.fx.FxTasks;
import org.warroom.platform.i18n.Messages;
import org.warroom.testing.TestDb;

/** The console as an operator uses it: search in both scripts and by number, expand, add a volunteer, see coverage move. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    @TempDir
    static Path dir;
    static AppContext ctx;
    MainWindow window;

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
        window = new MainWindow(ctx, FxTasks.standard(), Messages.of("en"), null);
        Scene scene = new Scene(window.node(), 1280, 800);
        scene.getStylesheets().add(WarRoomApp.class.getResource("/org/warroom/app/warroom.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    private static void waitFor(BooleanSupplier condition) {
        org.warroom.testing.Waits.until(10, condition);
    }

    private String title(FxRobot robot) {
        return Texts.of(robot.lookup("#detailsTitle").query());
    }

    @Test
    void searchByHindiNameRevealsTheSeat(FxRobot robot) {
        robot.clickOn("#searchField").write("इसौली");
        ListView<UnitRow> results = robot.lookup("#searchResults").queryListView();
        waitFor(() -> !results.getItems().isEmpty());
        assertThat(results.getItems().getFirst().unit().code()).isEqualTo("AC-187");
        robot.clickOn("#searchField").type(KeyCode.ENTER);
        waitFor(() -> title(robot).contains("Isauli"));
        TreeTableView<UnitRow> tree = robot.lookup("#orgTree").queryAs(TreeTableView.class);
        waitFor(() -> tree.getSelectionModel().getSelectedItem() != null
                && tree.getSelectionModel().getSelectedItem().getValue().unit().code().equals("AC-187"));
    }

    @Test
    void searchBySeatAndBoothNumberOpensTheBooth(FxRobot robot) {
        robot.clickOn("#searchField").write("Isauli 117");
        ListView<UnitRow> results = robot.lookup("#searchResults").queryListView();
        waitFor(() -> !results.getItems().isEmpty() && results.getItems().getFirst().unit().code().equals("B-187-117"));
        robot.type(KeyCode.ENTER);
        waitFor(() -> title(robot).startsWith("117 · "));
        TreeTableView<UnitRow> tree = robot.lookup("#orgTree").queryAs(TreeTableView.class);
        waitFor(() -> tree.getSelectionModel().getSelectedItem() != null
                && tree.getSelectionModel().getSelectedItem().getValue().unit().code().equals("B-187-117"));
    }

    @Test
    void expandingANodeLoadsItsChildren(FxRobot robot) {
        TreeTableView<UnitRow> tree = robot.lookup("#orgTree").queryAs(TreeTableView.class);
        waitFor(() -> tree.getRoot() != null && tree.getRoot().getChildren().size() == 1);
        var region = tree.getRoot().getChildren().getFirst();
        robot.interact(() -> tree.getSelectionModel().select(region));
        robot.clickOn("#orgTree").type(KeyCode.RIGHT);
        waitFor(() -> region.isExpanded() && region.getChildren().size() == 1);
        assertThat(region.getChildren().getFirst().getValue().unit().nameEn()).isEqualTo("Sultanpur");
    }

    @Test
    void addingAVolunteerRaisesCoverageUpTheTree(FxRobot robot) {
        long boothId = ctx.db().jdbi().withHandle(h -> h.createQuery(
                "SELECT c.unit_id FROM coverage c JOIN unit u ON u.id = c.unit_id WHERE u.kind = 'BOOTH' AND u.code LIKE 'B-187-%' "
                        + "AND c.booths_any = 0 ORDER BY u.number LIMIT 1").mapTo(Long.class).one());
        UnitRow booth = ctx.org().unit(boothId).orElseThrow();
        UnitRow seatBefore = ctx.org().findDesk("Isauli").orElseThrow();
        robot.clickOn("#searchField").write("Isauli " + booth.unit().number());
        ListView<UnitRow> results = robot.lookup("#searchResults").queryListView();
        waitFor(() -> !results.getItems().isEmpty() && results.getItems().getFirst().unit().id() == boothId);
        robot.type(KeyCode.ENTER);
        waitFor(() -> title(robot).startsWith(booth.unit().number() + " · "));
        assertThat(Texts.of(robot.lookup("#tile-covered").query())).isEqualTo("0");

        robot.clickOn("#addVolunteer");
        robot.clickOn("#volunteerName").write("Sunita Verma");
        robot.clickOn("#volunteerPhone").write("98765 43210");
        robot.clickOn("#volunteerSave");
        TableView<?> table = robot.lookup("#volunteersTable").queryTableView();
        waitFor(() -> table.getItems().size() == 1);
        waitFor(() -> "1".equals(Texts.of(robot.lookup("#tile-covered").query())));
        UnitRow seatAfter = ctx.org().unit(seatBefore.unit().id()).orElseThrow();
        assertThat(seatAfter.coverage().boothsAny()).isEqualTo(seatBefore.coverage().boothsAny() + 1);
        // the tree row of the seat shows the new figure without a reload
        TreeTableView<UnitRow> tree = robot.lookup("#orgTree").queryAs(TreeTableView.class);
        waitFor(() -> findRow(tree.getRoot(), seatBefore.unit().id()) != null
                && findRow(tree.getRoot(), seatBefore.unit().id()).coverage().boothsAny() == seatAfter.coverage().boothsAny());
    }

    @Test
    void aBadNumberIsRefusedWithAVisibleMessageAndNothingSaved(FxRobot robot) {
        robot.clickOn("#searchField").write("Isauli 5");
        ListView<UnitRow> results = robot.lookup("#searchResults").queryListView();
        waitFor(() -> !results.getItems().isEmpty() && results.getItems().getFirst().unit().code().equals("B-187-5"));
        robot.type(KeyCode.ENTER);
        waitFor(() -> title(robot).startsWith("5 · "));
        long before = ctx.people().countVolunteers();
        robot.clickOn("#addVolunteer");
        robot.clickOn("#volunteerName").write("Ramesh Yadav");
        robot.clickOn("#volunteerPhone").write("0522 2234567");
        robot.clickOn("#volunteerSave");
        org.warroom.platform.fx.WrapLabel error = robot.lookup("#volunteerError").queryAs(org.warroom.platform.fx.WrapLabel.class);
        waitFor(() -> error.getText().contains("not a mobile"));
        assertThat(error.isVisible()).isTrue();
        assertThat(ctx.people().countVolunteers()).isEqualTo(before);
        robot.clickOn("#volunteerPhone").eraseText(12).write("12345");
        robot.clickOn("#volunteerSave");
        waitFor(() -> error.getText().startsWith("Not a valid number"));
        assertThat(ctx.people().countVolunteers()).isEqualTo(before);
    }

    @Test
    void aDroppedCsvIsPreviewedAndOnlyTheGoodRowsAreKept(FxRobot robot) throws Exception {
        Path csv = dir.resolve("volunteers.csv");
        java.nio.file.Files.writeString(csv, "seat,booth,name,phone,consent_date\n"
                + "188,10,Pooja Mishra,9811122233,01/03/2026\n"
                + "188,11,Alok Pal,9811122234,01/03/2026\n"
                + "188,12,Bad Number,0522 2234567,01/03/2026\n");
        long before = ctx.people().countVolunteers();
        robot.interact(() -> window.importVolunteers(csv));
        waitFor(() -> robot.lookup("#importGo").tryQuery().isPresent());
        org.warroom.platform.fx.WrapLabel summary = robot.lookup("#importSummary").queryAs(org.warroom.platform.fx.WrapLabel.class);
        assertThat(summary.getText()).contains("3 rows read").contains("2 good").contains("1 with problems");
        ListView<String> problems = robot.lookup("#importProblems").queryListView();
        assertThat(problems.getItems()).singleElement().asString().startsWith("line 4:").contains("not a mobile");
        assertThat(ctx.people().countVolunteers()).isEqualTo(before);
        robot.clickOn("#importGo");
        waitFor(() -> ctx.people().countVolunteers() == before + 2);
    }

    @Test
    void switchingLanguageChangesTheOperatorPromptAndCountsInTheRightNumber(FxRobot robot) {
        Label children = robot.lookup("#detailsChildrenTitle").queryAs(Label.class);
        waitFor(() -> "1 unit below".equals(children.getText()));
        javafx.scene.control.ComboBox<?> operators = robot.lookup("#operatorBox").queryAs(javafx.scene.control.ComboBox.class);
        waitFor(() -> operators.getPromptText() != null && !operators.getPromptText().isBlank());
        String key = operators.getItems().isEmpty() ? "operator.none" : "operator.choose";
        assertThat(operators.getPromptText()).isEqualTo(Messages.of("en").get(key));

        robot.clickOn("#languageToggle");
        waitFor(() -> "नीचे 1 इकाई".equals(children.getText()));
        assertThat(operators.getPromptText()).isEqualTo(Messages.of("hi").get(key));

        robot.clickOn("#languageToggle");
        waitFor(() -> "1 unit below".equals(children.getText()));
        assertThat(operators.getPromptText()).isEqualTo(Messages.of("en").get(key));
        // the top bar's menus may be cut short; their tooltips say it in full
        assertThat(operators.getTooltip().getText()).isEqualTo(operators.getPromptText());
        javafx.scene.control.MenuButton desk = robot.lookup("#deskMenu").queryAs(javafx.scene.control.MenuButton.class);
        assertThat(desk.getTooltip().getText()).isEqualTo(desk.getText()).contains("Whole state");
    }

    private static UnitRow findRow(javafx.scene.control.TreeItem<UnitRow> item, long id) {
        if (item == null) {
            return null;
        }
        if (item.getValue().unit().id() == id) {
            return item.getValue();
        }
        for (var c : item.getChildren()) {
            UnitRow r = findRow(c, id);
            if (r != null) {
                return r;
            }
        }
        return null;
    }
}
