package org.warroom.app;

import static org.assertj.core.api.Assertions.assertThat;
import org.warroom.testing.Texts;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TreeTableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.warroom.operators.OperatorRole;
import org.warroom.org.UnitRow;
import org.warroom.testing.TestDb;

/** The real application on a war room with accounts: the login screen first, then the desk at its own seat, then the lock. */
class LoginWindowTest extends FxRobot {
    @TempDir
    static Path dir;

    @BeforeAll
    static void data() {
        try (AppContext ctx = TestDb.sultanpur(dir)) {
            ctx.operators().createFirstAdministrator("Asha Admin", "admin password 1".toCharArray());
            ctx.access().set(ctx.operators().login("Asha Admin", "admin password 1".toCharArray()));
            ctx.operators().addAccount("Isauli Desk", OperatorRole.DESK_OPERATOR, "AC-187", "isauli desk pass".toCharArray());
        }
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    private static void waitFor(int seconds, BooleanSupplier condition) {
        try {
            // a lookup from this thread can meet the scene graph mid-change (the lock layer going in): try again
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> {
                try {
                    return condition.getAsBoolean();
                } catch (RuntimeException e) {
                    return false;
                }
            });
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met within " + seconds + " s", e);
        }
    }

    private static boolean shown(javafx.scene.Node n) {
        for (javafx.scene.Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void aDeskLogsInLandsOnItsSeatAndLocksWithItsWorkKept() throws Exception {
        FxToolkit.registerPrimaryStage();
        WarRoomApp.useOptions(new LaunchOptions(dir, null, null, "en"));
        WarRoomApp app = (WarRoomApp) FxToolkit.setupApplication(WarRoomApp.class);
        try {
            waitFor(30, () -> lookup("#loginName").tryQuery().map(n -> n.getScene() != null
                    && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing()).orElse(false));
            WaitForAsyncUtils.waitForFxEvents();
            clickOn("#loginName").eraseText(20).write("Isauli Desk");
            clickOn("#loginPassword").write("not the password");
            clickOn("#loginButton");
            waitFor(10, () -> !Texts.of(lookup("#loginError").query()).isEmpty());
            assertThat(Texts.of(lookup("#loginError").query())).isEqualTo("The name or the password is wrong.");
            assertThat(lookup("#orgTree").tryQuery()).isEmpty();

            clickOn("#loginPassword").write("isauli desk pass");
            clickOn("#loginButton");
            waitFor(20, () -> lookup("#orgTree").tryQuery().isPresent());
            TreeTableView<UnitRow> tree = lookup("#orgTree").queryAs(TreeTableView.class);
            waitFor(10, () -> tree.getRoot() != null && tree.getRoot().getValue() != null);
            // the desk operator's tree starts at their seat, and the top bar says who is working
            assertThat(tree.getRoot().getValue().unit().code()).isEqualTo("AC-187");
            assertThat(lookup("#sessionMenu").queryAs(MenuButton.class).getText()).isEqualTo("Isauli Desk");
            waitFor(10, () -> lookup("#operatorBox").query().isDisabled());

            // something typed into the search box survives the lock
            clickOn("#searchField").write("Isauli");
            press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.L)
                    .release(javafx.scene.input.KeyCode.L, javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.CONTROL);
            waitFor(5, () -> lookup("#lockLayer").tryQuery().isPresent());
            assertThat(shown(lookup("#orgTree").query())).as("the work is hidden while locked").isFalse();
            clickOn("#loginPassword").write("isauli desk pass");
            clickOn("#loginButton");
            waitFor(10, () -> lookup("#lockLayer").tryQuery().isEmpty());
            assertThat(lookup("#searchField").queryAs(javafx.scene.control.TextField.class).getText()).isEqualTo("Isauli");
        } finally {
            FxToolkit.cleanupApplication(app);
        }
    }
}
