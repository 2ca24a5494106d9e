package org.warroom.operators.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
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
import org.warroom.operators.Account;
import org.warroom.operators.AccessDeniedException;
import org.warroom.operators.OperatorRole;
import org.warroom.platform.fx.Fonts;
import org.warroom.platform.fx.FxTasks;
import org.warroom.platform.i18n.Messages;
import org.warroom.testing.TestDb;
import org.warroom.testing.Texts;
import org.warroom.testing.Waits;

/**
 * The administrator adds a Sultanpur desk operator with a login, sees a weak password refused, sees the operator
 * locked after five wrong passwords, and sets a new password that lifts the lock.
 */
@ExtendWith(ApplicationExtension.class)
class OperatorsPaneTest {
    @TempDir
    static Path dir;
    static AppContext ctx;
    OperatorsPane pane;

    @BeforeAll
    static void data() {
        ctx = TestDb.sultanpur(dir);
        ctx.access().set(ctx.operators().createFirstAdministrator("Asha Admin", "admin password 2027".toCharArray()));
    }

    @AfterAll
    static void close() {
        ctx.close();
    }

    @Start
    void start(Stage stage) {
        Fonts.load();
        pane = new OperatorsPane(new OperatorsViewModel(ctx.operators(), FxTasks.standard(), Messages.of("en")), Messages.of("en"));
        Scene scene = new Scene((javafx.scene.Parent) pane.node(), 760, 760);
        scene.getStylesheets().add(WarRoomApp.class.getResource("/org/warroom/app/warroom.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        pane.load();
    }

    @Test
    void addLockAndResetADeskOperator(FxRobot robot) {
        @SuppressWarnings("unchecked")
        TableView<Account> table = robot.lookup("#operatorsTable").queryAs(TableView.class);
        Waits.until(() -> table.getItems().size() == 1);

        robot.clickOn("#operatorName").write("Ravi Desk");
        robot.interact(() -> robot.lookup("#operatorRole").queryAs(ComboBox.class).setValue(OperatorRole.DESK_OPERATOR));
        robot.clickOn("#operatorScope").write("D-SULTANPUR");
        robot.clickOn("#operatorPassword").write("short");
        robot.clickOn("#operatorPasswordAgain").write("short");
        robot.clickOn("#operatorAdd");
        Waits.until(() -> Texts.of(robot.lookup("#operatorsError").query()).contains("at least 10"));

        robot.clickOn("#operatorPassword").write("ganga jamuna 2027");
        robot.clickOn("#operatorPasswordAgain").write("ganga jamuna 2027");
        robot.clickOn("#operatorAdd");
        Waits.until(() -> table.getItems().size() == 2);
        Account ravi = table.getItems().stream().filter(a -> a.name().equals("Ravi Desk")).findFirst().orElseThrow();
        assertThat(ravi.role()).isEqualTo(OperatorRole.DESK_OPERATOR);
        assertThat(ravi.scopeCode()).isEqualTo("D-SULTANPUR");
        assertThat(ravi.login()).isTrue();
        assertThat(Texts.of(robot.lookup("#operatorsMessage").query())).isEqualTo("Ravi Desk added as desk operator; they can log in now.");
        assertThat(ctx.operators().login("Ravi Desk", "ganga jamuna 2027".toCharArray()).scopeName()).isNotBlank();

        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> ctx.operators().login("Ravi Desk", "wrong password!!".toCharArray()))
                    .isInstanceOf(AccessDeniedException.class);
        }
        robot.interact(pane::load);
        Waits.until(() -> table.getItems().stream().anyMatch(a -> a.name().equals("Ravi Desk") && a.lockedUntil() != null));
        robot.interact(() -> table.getSelectionModel().select(
                table.getItems().stream().filter(a -> a.name().equals("Ravi Desk")).findFirst().orElseThrow()));
        robot.clickOn("#resetPassword").write("yamuna ganga 2028");
        robot.clickOn("#resetPasswordAgain").write("yamuna ganga 2028");
        robot.clickOn("#operatorReset");
        Waits.until(() -> Texts.of(robot.lookup("#operatorsMessage").query()).startsWith("Ravi Desk has a new password"));
        assertThat(ctx.operators().login("Ravi Desk", "yamuna ganga 2028".toCharArray()).name()).isEqualTo("Ravi Desk");
    }
}
