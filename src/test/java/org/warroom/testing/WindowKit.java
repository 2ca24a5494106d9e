package org.warroom.testing;

import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.control.TreeTableView;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.warroom.app.AppContext;
import org.warroom.app.MainWindow;
import org.warroom.app.WarRoomApp;
import org.warroom.org.UnitRow;
import org.warroom.platform.fx.Fonts;
import org.warroom.platform.fx.FxTasks;
import org.warroom.platform.i18n.Messages;

/** What TestFX tests of the main window share: opening it, waiting for a condition, the tree's selection, a picture. */
public final class WindowKit {
    private WindowKit() {
    }

    /** The main window on {@code stage} in the language of -Dwarroom.lang (English by default), with the theme. */
    public static MainWindow open(Stage stage, AppContext ctx, int width, int height) {
        Fonts.load();
        MainWindow window = new MainWindow(ctx, FxTasks.standard(), Messages.of(System.getProperty("warroom.lang", "en")), null);
        Scene scene = new Scene(window.node(), width, height);
        scene.getStylesheets().add(WarRoomApp.class.getResource("/org/warroom/app/warroom.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        return window;
    }

    /** Waits up to 20 s for the condition. */
    public static void waitFor(BooleanSupplier condition) {
        Waits.until(20, condition);
    }

    /** The unit selected in the organisation tree, or null. */
    public static UnitRow selectedInTree(FxRobot robot) {
        @SuppressWarnings("unchecked")
        TreeTableView<UnitRow> tree = robot.lookup("#orgTree").queryAs(TreeTableView.class);
        var item = tree.getSelectionModel().getSelectedItem();
        return item == null ? null : item.getValue();
    }

    /** Saves the scene as a PNG (call on the FX thread). */
    public static void snapshot(Scene s, Path file) {
        try {
            javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(s.snapshot(null), null), "png", file.toFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
