package org.warroom.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;
import org.warroom.testing.Texts;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
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
import org.warroom.app.MainWindow;
import org.warroom.app.WarRoomApp;
import org.warroom.audit.AuditEntry;
import org.warroom.people.PeopleService;
import org.warroom.people.Role;
import org.warroom.people.Volunteer;
import org.warroom.people.VolunteerDraft;
import org.warroom.platform.audit.Actor;
import org.warroom.platform.audit.AuditLog;
import org.warroom.platform.fx.Fonts;
import org.warroom.platform.fx.FxTasks;
import org.warroom.platform.i18n.Messages;
import org.warroom.testing.TestDb;

/** The Audit tab in the main window, as an auditor uses it: a change made at a desk appears, is filtered by person, and opens. */
@ExtendWith(ApplicationExtension.class)
class AuditViewTest {
    @TempDir
    static Path dir;
    static AppContext ctx;
    static long booth;
    static final Messages M = Messages.of(System.getProperty("warroom.lang", "en"));

    @BeforeAll
    static void data() {
        ctx = TestDb.sultanpur(dir);
        booth = ctx.org().byCode("B-189-7").orElseThrow().unit().id();
    }

    @AfterAll
    static void close() {
        ctx.close();
    }

    Scene scene;
    MainWindow window;

    @Start
    void start(Stage stage) {
        Fonts.load();
        window = new MainWindow(ctx, FxTasks.standard(), M, null);
        scene = new Scene(window.node(), 1280, 800);
        scene.getStylesheets().add(WarRoomApp.class.getResource("/org/warroom/app/warroom.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    private static void waitFor(BooleanSupplier condition) {
        org.warroom.testing.Waits.until(15, condition);
    }

    private static PeopleService at(String person, String desk) {
        return new PeopleService(ctx.db().jdbi(), new AuditLog(ctx.clock()), new Actor(person, desk), ctx.clock());
    }

    private static VolunteerDraft draft(String name, String phone) {
        return new VolunteerDraft(booth, name, phone, Role.BOOTH_IT, 1, LocalDate.now().minusDays(1), true);
    }

    @Test
    void aChangeAppearsIsFilteredByPersonAndOpens(FxRobot robot) {
        Volunteer v = at("Asha Verma", "sultanpur-desk").add(draft("Kamla Devi", "98222 00001"));
        at("Asha Verma", "sultanpur-desk").update(v.id(), v.version(), draft("Kamla Devi Yadav", "98222 00001"));
        ctx.people().add(draft("Rajesh Kumar", "98222 00002"));

        robot.clickOn("#tab-tab-audit");
        TableView<AuditEntry> table = robot.lookup("#auditTable").queryTableView();
        waitFor(() -> !table.getItems().isEmpty() && table.getItems().getFirst().after() != null
                && table.getItems().getFirst().after().contains("Rajesh Kumar"));
        assertThat(table.getItems().getFirst().actor()).isEqualTo("tester");
        assertThat(Texts.of(robot.lookup("#auditPage").query())).isEqualTo(M.get("audit.page.rows", "1", String.valueOf(table.getItems().size())));

        robot.clickOn("#auditActor").write("asha");
        robot.clickOn("#auditSearch");
        waitFor(() -> table.getItems().size() == 2 && table.getItems().stream().allMatch(e -> e.actor().equals("Asha Verma")));
        assertThat(table.getItems().getFirst().action()).isEqualTo("EDIT");

        // open the edit: before and after side by side
        AuditEntry edit = table.getItems().getFirst();
        waitFor(() -> robot.lookup("#auditTable .table-row-cell").match((TableRow<AuditEntry> r) -> r.getItem() == edit).tryQuery().isPresent());
        robot.clickOn(robot.lookup("#auditTable .table-row-cell").match((TableRow<AuditEntry> r) -> r.getItem() == edit)
                .queryAs(TableRow.class));
        waitFor(() -> table.getSelectionModel().getSelectedItem() != null);
        TextArea before = robot.lookup("#auditBefore").queryAs(TextArea.class);
        TextArea after = robot.lookup("#auditAfter").queryAs(TextArea.class);
        waitFor(() -> after.getText().contains("Kamla Devi Yadav"));
        assertThat(before.getText()).contains("name=Kamla Devi\n").contains("phone=+91 ••••• •0001");
        assertThat(Texts.of(robot.lookup("#auditDetailTitle").query())).isEqualTo(M.get("audit.action.EDIT") + " · " + M.get("audit.entity.volunteer") + " #" + v.id());
        assertThat(Texts.of(robot.lookup("#auditDetailMeta").query())).contains("Asha Verma").contains("sultanpur-desk")
                .contains(edit.hash()).contains(String.valueOf(edit.seq()));

        String shot = System.getProperty("warroom.screenshot");
        if (shot != null) {
            robot.interact(() -> {
                try {
                    javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png",
                            Path.of(shot).toFile());
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }

        // another change by the same person while the tab is open comes in on top
        at("Asha Verma", "sultanpur-desk").add(draft("Meena Kumari", "98222 00003"));
        waitFor(() -> table.getItems().size() == 3 && table.getItems().getFirst().after().contains("Meena Kumari"));

        // a filter with SQL in it only searches, and finds nothing
        robot.clickOn("#auditActor").eraseText(4).write("' OR '1'='1");
        robot.clickOn("#auditSearch");
        waitFor(table.getItems()::isEmpty);
        robot.clickOn("#auditClear");
        waitFor(() -> table.getItems().size() >= 5);
    }

    @Test
    void theUnitFilterFollowsTheTreeUntilClearedAndFollowsAgainOnRequest(FxRobot robot) {
        long isauliBooth = ctx.org().byCode("B-187-1").orElseThrow().unit().id();
        new PeopleService(ctx.db().jdbi(), new AuditLog(ctx.clock()), new Actor("Ravi Desk", "isauli-desk"), ctx.clock())
                .add(new VolunteerDraft(isauliBooth, "Isauli Volunteer", "98222 00011", Role.BOOTH_IT, 1, LocalDate.now().minusDays(1), true));
        at("Asha Verma", "sultanpur-desk").add(draft("Seat 189 Volunteer", "98222 00012"));

        robot.clickOn("#tab-tab-audit");
        TableView<AuditEntry> table = robot.lookup("#auditTable").queryTableView();
        javafx.scene.control.TextField unit = robot.lookup("#auditUnit").queryAs(javafx.scene.control.TextField.class);
        javafx.scene.control.ToggleButton follow = robot.lookup("#auditFollowTree").queryAs(javafx.scene.control.ToggleButton.class);
        // the state is selected: every row
        waitFor(() -> table.getItems().stream().anyMatch(e -> e.actor().equals("Ravi Desk"))
                && table.getItems().stream().anyMatch(e -> "Asha Verma".equals(e.actor())));
        assertThat(unit.getText()).isEmpty();
        assertThat(follow.isSelected()).isTrue();

        robot.interact(() -> window.open(ctx.org().byCode("AC-187").orElseThrow()));
        waitFor(() -> unit.getText().equals("AC-187") && !table.getItems().isEmpty()
                && table.getItems().stream().allMatch(e -> e.actor().equals("Ravi Desk")));

        robot.clickOn("#auditUnitClear");
        waitFor(() -> unit.getText().isEmpty() && table.getItems().stream().anyMatch(e -> "Asha Verma".equals(e.actor())));
        assertThat(follow.isSelected()).as("cleared: the filter no longer follows the tree").isFalse();
        robot.interact(() -> window.open(ctx.org().byCode("AC-189").orElseThrow()));
        // the tree (and the details, which publish the selected unit) reach AC-189 asynchronously
        waitFor(() -> window.selectedUnitProperty().get() != null && window.selectedUnitProperty().get().unit().code().equals("AC-189"));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(unit.getText()).isEmpty();

        robot.clickOn("#auditFollowTree");
        org.warroom.testing.Waits.until(15, () -> unit.getText().equals("AC-189") && !table.getItems().isEmpty()
                && table.getItems().stream().noneMatch(e -> e.actor().equals("Ravi Desk"))
                && table.getItems().stream().anyMatch(e -> e.after() != null && e.after().contains("Seat 189 Volunteer")),
                () -> "unit filter '" + unit.getText() + "', following " + follow.isSelected() + ", status '"
                        + robot.lookup("#auditStatus").tryQuery().map(org.warroom.testing.Texts::of).orElse("") + "', rows "
                        + table.getItems().stream().map(e -> e.actor() + ":" + e.action() + ":" + e.after()).toList());
        assertThat(follow.isSelected()).isTrue();
    }
}
