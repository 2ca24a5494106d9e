package org.warroom.testing;

import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.control.TreeTableView;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.warroom.app.AppContext;
import org.warroom.app.MainWindow;
import org.warroom.app.WarRoomApp;
import org.warroom.org.UnitRow;
import org.warroom.platform.fx.Fonts;
import org.warroom.platform.fx.FxTasks;
import org.warroom.platform.i18n.Messages;

/** The console's main window on a stage, as TestFX tests open it, and the waits they share. */
public final class FxWindow {
    private FxWindow() {
    }

    /** The main window in a scene of {@code width}×{@code height} with the app's stylesheet, in -Dwarroom.lang (en). */
    public static MainWindow show(Stage stage, AppContext ctx, int width, int height) {
        Fonts.load();
        MainWindow window = new MainWindow(ctx, FxTasks.standard(), Messages.of(System.getProperty("warroom.lang", "en")), null);
        Scene scene = new Scene(window.node(), width, height);
        scene.getStylesheets().add(WarRoomApp.class.getResource("/org/warroom/app/warroom.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        return window;
    }

    /** Waits up to 20 s for the condition, checked on the FX thread's schedule. */
    public static void waitFor(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met within 20 s", e);
        }
    }

    /** The unit selected in the organisation tree, or null. */
    public static UnitRow selectedInTree(FxRobot robot) {
        TreeTableView<UnitRow> tree = robot.lookup("#orgTree").queryAs(TreeTableView.class);
        var item = tree.getSelectionModel().getSelectedItem();
        return item == null ? null : item.getValue();
    }
}
