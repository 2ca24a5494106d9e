package org.warroom.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.TreeTableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.warroom.org.UnitKind;
import org.warroom.org.UnitRow;
import org.warroom.org.ui.OrgViewModel;
import org.warroom.platform.fx.Fonts;
import org.warroom.platform.fx.FxTasks;
import org.warroom.platform.i18n.Messages;
import org.warroom.testing.SultanpurDb;
import org.warroom.testing.Waits;

/**
 * The window's first tree read ahead while it is wired (start-up, measure 6): the window shows it as it is built,
 * with no trip to the database, and one read for another desk is not used.
 */
@ExtendWith(ApplicationExtension.class)
class FirstTreeTest {
    @RegisterExtension
    static final SultanpurDb DB = new SultanpurDb();
    Stage stage;

    @Start
    void start(Stage stage) {
        Fonts.load();
        this.stage = stage;
    }

    /** Builds and shows the window on the FX thread; returns how many children the tree's root had right then. */
    private int open(String desk, OrgViewModel.FirstTree first, AtomicReference<MainWindow> window) {
        AtomicInteger atOnce = new AtomicInteger(-1);
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            // all in one go on the FX thread: no background read can come back before the count
            MainWindow w = new MainWindow(DB.ctx(), FxTasks.standard(), Messages.of("en"), desk, null, first);
            stage.setScene(new Scene(w.node(), 1280, 800));
            stage.show();
            w.node().applyCss(); // the tab's content joins the scene graph with the tab pane's skin
            TreeTableView<UnitRow> tree = tree(w);
            atOnce.set(tree.getRoot() == null ? 0 : tree.getRoot().getChildren().size());
            window.set(w);
        });
        return atOnce.get();
    }

    @SuppressWarnings("unchecked")
    private static TreeTableView<UnitRow> tree(MainWindow w) {
        return (TreeTableView<UnitRow>) w.node().lookup("#orgTree");
    }

    @Test
    void theTreeReadAheadIsInTheWindowAsItIsBuilt(FxRobot robot) {
        OrgViewModel.FirstTree first = OrgViewModel.readFirstTree(DB.ctx().org(), null);
        assertThat(first.root().unit().kind()).isEqualTo(UnitKind.STATE);
        assertThat(first.children()).isNotEmpty();
        AtomicReference<MainWindow> window = new AtomicReference<>();

        int atOnce = open(null, first, window);

        assertThat(atOnce).isEqualTo(first.children().size());
        TreeTableView<UnitRow> tree = tree(window.get());
        Waits.until(10, () -> tree.getSelectionModel().getSelectedItem() != null);
        assertThat(tree.getSelectionModel().getSelectedItem().getValue().unit().id()).isEqualTo(first.root().unit().id());
        assertThat(tree.getRoot().isExpanded()).isTrue();
    }

    @Test
    void aTreeReadForAnotherDeskIsNotUsed(FxRobot robot) {
        OrgViewModel.FirstTree state = OrgViewModel.readFirstTree(DB.ctx().org(), null);
        AtomicReference<MainWindow> window = new AtomicReference<>();

        int atOnce = open("Sultanpur", state, window);

        assertThat(atOnce).isZero();
        TreeTableView<UnitRow> tree = tree(window.get());
        Waits.until(10, () -> tree.getRoot() != null && !tree.getRoot().getChildren().isEmpty());
        assertThat(tree.getRoot().getValue().unit().kind()).isEqualTo(UnitKind.DISTRICT);
        assertThat(tree.getRoot().getValue().unit().nameEn()).isEqualTo("Sultanpur");
    }

    @Test
    void anUnknownDeskReadsNoTree() {
        assertThat(OrgViewModel.readFirstTree(DB.ctx().org(), "Nowhere")).isNull();
        OrgViewModel.FirstTree desk = OrgViewModel.readFirstTree(DB.ctx().org(), "Sultanpur");
        assertThat(desk.root().unit().kind()).isEqualTo(UnitKind.DISTRICT);
        assertThat(desk.children()).allMatch(c -> c.unit().kind() == UnitKind.ASSEMBLY);
    }
}
