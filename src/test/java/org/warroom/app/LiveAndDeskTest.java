package org.warroom.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
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
import org.warroom.platform.db.LocalSettings;
import org.warroom.platform.fx.FxTasks;
import org.warroom.platform.i18n.Messages;
import org.warroom.testing.ChildProcess;
import org.warroom.testing.TestDb;

/** A desk scoped to its district, and a change made by another process showing in the open window. */
@ExtendWith(ApplicationExtension.class)
class LiveAndDeskTest {
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
        window = new MainWindow(ctx, FxTasks.standard(), Messages.of("hi"), "Sultanpur", new LocalSettings(dir));
        stage.setScene(new Scene(window.node(), 1280, 800));
        stage.show();
    }

    private static void waitFor(int seconds, BooleanSupplier condition) {
        org.warroom.testing.Waits.until(seconds, condition);
    }

    @Test
    void aScopedDeskStartsAtItsDistrictAndAChangeFromAnotherProcessShows(FxRobot robot) throws Exception {
        TreeTableView<UnitRow> tree = robot.lookup("#orgTree").queryAs(TreeTableView.class);
        waitFor(10, () -> tree.getRoot() != null && tree.getRoot().getChildren().size() == 5);
        assertThat(tree.getRoot().getValue().unit().nameEn()).isEqualTo("Sultanpur");
        // Hindi names in the tree
        assertThat(tree.getRoot().getChildren()).extracting(c -> c.getValue().unit().name(true)).contains("इसौली");

        TreeItem<UnitRow> isauli = tree.getRoot().getChildren().stream()
                .filter(c -> c.getValue().unit().code().equals("AC-187")).findFirst().orElseThrow();
        int before = isauli.getValue().coverage().volunteers();
        long booth = ctx.db().jdbi().withHandle(h -> h.createQuery(
                "SELECT id FROM unit WHERE code = 'B-187-3'").mapTo(Long.class).one());
        Process child = ChildProcess.start("add", dir.toString(), String.valueOf(booth), "9012345678");
        ChildProcess.expectLine(child, "added", 90);
        assertThat(child.waitFor()).isZero();
        // the open window picks the change up by itself, without a reload of the tree
        TreeItem<UnitRow> sameItem = isauli;
        waitFor(10, () -> sameItem.getValue().coverage().volunteers() == before + 1);
        assertThat(tree.getRoot().getChildren()).contains(sameItem);
    }

    @Test
    void theDeskCanBeRescopedToTheWholeStateAndRemembersIt(FxRobot robot) {
        TreeTableView<UnitRow> tree = robot.lookup("#orgTree").queryAs(TreeTableView.class);
        waitFor(10, () -> tree.getRoot() != null && tree.getRoot().getValue().unit().nameEn().equals("Sultanpur"));
        robot.interact(() -> window.setDesk(null));
        waitFor(10, () -> tree.getRoot() != null && tree.getRoot().getValue().unit().nameEn().equals("Uttar Pradesh"));
        waitFor(5, () -> new LocalSettings(dir).get("desk").isEmpty());
        robot.interact(() -> window.setDesk("Sultanpur"));
        waitFor(10, () -> tree.getRoot() != null && tree.getRoot().getValue().unit().nameEn().equals("Sultanpur"));
        waitFor(5, () -> new LocalSettings(dir).get("desk").orElse("").equals("Sultanpur"));
    }
}
