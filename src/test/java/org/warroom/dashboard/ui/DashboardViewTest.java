package org.warroom.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
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
import org.warroom.dashboard.Measure;
import org.warroom.org.UnitRow;
import org.warroom.platform.i18n.Messages;
import org.warroom.reports.ReportDraft;
import org.warroom.testing.TestDb;
import org.warroom.testing.WindowKit;

/**
 * The Dashboard tab in the main window, as a user meets it: it follows the tree, "State" goes back to the state, a
 * click on a tile lands in the tree on that unit (the reporting tile on the reports' charts), a report arriving from
 * elsewhere changes the numbers, and the wall opens on F11 and leaves with Esc. With -Dwarroom.screenshot=DIR the
 * dashboard and the wall are saved as pictures.
 */
@ExtendWith(ApplicationExtension.class)
class DashboardViewTest {
    @TempDir
    static Path dir;
    static AppContext ctx;
    MainWindow window;
    Scene scene;

    @BeforeAll
    static void data() throws Exception {
        ctx = TestDb.sultanpur(dir);
        var vols = TestDb.boothVolunteers(ctx);
        if (System.getProperty("warroom.screenshot") != null) {
            seedFortnight(); // about a minute: only for pictures
            return;
        }
        for (int k = 2; k >= 0; k--) {
            for (int i = 0; i < 900; i += 2 + k) {
                ctx.reports().add(ReportDraft.numbers(vols.get(i), ctx.reports().today().minusDays(k), 3, 1, 40));
            }
        }
    }

    /** A fortnight of reports, every booth volunteer reporting with a chance that rises from 45 % to 75 %, as one CSV. */
    static void seedFortnight() throws Exception {
        var phones = ctx.db().jdbi().withHandle(h -> h.createQuery("SELECT phone FROM volunteer WHERE active = TRUE AND role = 'BOOTH_IT' "
                + "AND phone IS NOT NULL ORDER BY id").mapTo(String.class).list());
        java.util.Random random = new java.util.Random(7);
        StringBuilder b = new StringBuilder("phone,date,forwarded,added,members,slots,mood\n");
        for (int k = 13; k >= 0; k--) {
            double chance = 0.45 + 0.3 * (13 - k) / 13.0;
            for (String p : phones) {
                if (random.nextDouble() < chance) {
                    b.append(p).append(',').append(ctx.reports().today().minusDays(k)).append(",3,1,120,\"1,2,3\",positive\n");
                }
            }
        }
        Path csv = dir.resolve("fortnight.csv");
        java.nio.file.Files.writeString(csv, b.toString());
        ctx.reportImports().importFile(csv, new org.warroom.reports.ImportRequest(org.warroom.reports.importers.ImportFormat.AUTO,
                org.warroom.reports.ImportMode.KEEP_GOOD, false, java.util.Map.of(), "dashboard-pictures", null));
    }

    @AfterAll
    static void close() {
        ctx.close();
    }

    @Start
    void start(Stage stage) {
        window = WindowKit.open(stage, ctx, 1400, 900);
        scene = window.node().getScene();
    }

    private String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private String tileValue(FxRobot robot, Measure m) {
        return robot.lookup("#dashboardTile-" + m.code() + " .dash-value").queryAs(Label.class).getText();
    }

    private String selectedTab(FxRobot robot) {
        return robot.lookup("#mainTabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getId();
    }

    @Test
    void openTheDashboardClickATileLandInTheTree(FxRobot robot) {
        UnitRow state = ctx.dashboard().state();
        UnitRow seat = ctx.org().byCode("AC-187").orElseThrow();
        WindowKit.waitFor(() -> WindowKit.selectedInTree(robot) != null);
        robot.interact(() -> window.open(seat));
        WindowKit.waitFor(() -> WindowKit.selectedInTree(robot) != null && WindowKit.selectedInTree(robot).unit().id() == seat.unit().id());

        robot.clickOn("#tab-tab-dashboard");
        WindowKit.waitFor(() -> robot.lookup("#dashboardUnit").tryQuery().isPresent()
                && text(robot, "#dashboardUnit").startsWith(seat.unit().name(window.messages().hindi())));
        Messages m = window.messages();
        String booths = m.get("dashboard.detail.covered", org.warroom.platform.i18n.IndianFormat.number(seat.coverage().boothsAny()),
                org.warroom.platform.i18n.IndianFormat.number(seat.coverage().booths()));
        WindowKit.waitFor(() -> robot.lookup("#dashboardTile-covered .dash-detail").queryAs(Label.class).getText().equals(booths));
        assertThat(tileValue(robot, Measure.REPORTS)).endsWith("%");
        assertThat(robot.lookup("#dashboardTile-silent .dash-detail").queryAs(Label.class).getText()).isEqualTo(m.get("dashboard.empty.silent"));
        assertThat(robot.lookup("#dashboardTile-silent .dash-value").queryAs(Label.class).getText()).isEqualTo("—");
        assertThat(robot.lookup("#dashboardTile-covered .dash-trend").queryAs(Label.class).getText()).isEqualTo(m.get("dashboard.trend.days", 1, 14));
        assertThat(robot.lookup("#dashboardTile-reports .dash-trend").queryAs(Label.class).getText()).isEqualTo(m.get("dashboard.trend.full", 14));
        assertThat(robot.lookup("#dashboardThresholds").query().isVisible()).as("open console: administrator").isTrue();

        // State: back to the whole state, then a click on a tile lands in the tree on the state
        robot.clickOn("#dashboardState");
        WindowKit.waitFor(() -> text(robot, "#dashboardUnit").startsWith(state.unit().name(window.messages().hindi())));
        robot.clickOn("#dashboardTile-covered");
        WindowKit.waitFor(() -> "tabOrganisation".equals(selectedTab(robot)));
        WindowKit.waitFor(() -> WindowKit.selectedInTree(robot) != null && WindowKit.selectedInTree(robot).unit().id() == state.unit().id());

        // the reporting tile lands on the reports' charts, for the same unit
        robot.clickOn("#tab-tab-dashboard");
        robot.clickOn("#dashboardTile-reports");
        WindowKit.waitFor(() -> "tab-tab-reports".equals(selectedTab(robot)));
        assertThat(WindowKit.selectedInTree(robot).unit().id()).isEqualTo(state.unit().id());

        // a report from elsewhere moves the reporting tile (the live notice, coalesced)
        robot.clickOn("#tab-tab-dashboard");
        String before = robot.lookup("#dashboardTile-reports .dash-detail").queryAs(Label.class).getText();
        long volunteer = ctx.db().jdbi().withHandle(h -> h.createQuery("SELECT v.id FROM volunteer v WHERE v.active = TRUE "
                + "AND v.role = 'BOOTH_IT' AND NOT EXISTS (SELECT 1 FROM report r WHERE r.volunteer_id = v.id AND r.report_date = :d) "
                + "ORDER BY v.id DESC LIMIT 1").bind("d", ctx.reports().today()).mapTo(Long.class).one());
        ctx.reports().add(ReportDraft.numbers(volunteer, ctx.reports().today(), 2, 0, 30));
        WindowKit.waitFor(() -> !robot.lookup("#dashboardTile-reports .dash-detail").queryAs(Label.class).getText().equals(before));
    }

    @Test
    void theWallOpensOnF11AndEscLeaves(FxRobot robot) throws Exception {
        WindowKit.waitFor(() -> WindowKit.selectedInTree(robot) != null);
        robot.clickOn("#tab-tab-dashboard");
        WindowKit.waitFor(() -> robot.lookup("#dashboardTile-covered .dash-value").tryQuery().isPresent()
                && !tileValue(robot, Measure.COVERED).isEmpty());
        String shot = System.getProperty("warroom.screenshot");
        if (shot != null) {
            robot.interact(() -> window.open(ctx.org().findDesk("Sultanpur").orElseThrow()));
            WindowKit.waitFor(() -> text(robot, "#dashboardUnit").startsWith(ctx.org().findDesk("Sultanpur").orElseThrow().unit().name(window.messages().hindi())));
            Thread.sleep(1000);
            robot.interact(() -> WindowKit.snapshot(scene, Path.of(shot, "screenshot-dashboard.png")));
        }
        robot.press(KeyCode.F11).release(KeyCode.F11);
        WindowKit.waitFor(() -> wall(robot) != null);
        Window wall = wall(robot);
        assertThat(((Stage) wall).isFullScreen()).isTrue();
        WindowKit.waitFor(() -> robot.from(wall.getScene().getRoot()).lookup(".dash-value").tryQuery().isPresent());
        Label demo = robot.from(wall.getScene().getRoot()).lookup("#wallDemo").queryAs(Label.class);
        assertThat(demo.isVisible()).isTrue();
        assertThat(demo.getText()).isEqualTo(window.messages().get("wall.demo"));
        // nothing on the wall names a volunteer or shows a phone number
        String shown = robot.from(wall.getScene().getRoot()).lookup(".label").queryAllAs(Label.class).stream()
                .map(Label::getText).reduce("", (a, b) -> a + " " + b);
        assertThat(shown).doesNotContainPattern("\\+91|[0-9]{10}");
        Label hint = robot.from(wall.getScene().getRoot()).lookup("#wallHint").queryAs(Label.class);
        assertThat(hint.getText()).startsWith("1/4");
        robot.press(KeyCode.RIGHT).release(KeyCode.RIGHT);
        WindowKit.waitFor(() -> hint.getText().startsWith("2/4"));
        robot.press(KeyCode.RIGHT).release(KeyCode.RIGHT);
        WindowKit.waitFor(() -> hint.getText().startsWith("3/4"));
        shown = shown + robot.from(wall.getScene().getRoot()).lookup(".label").queryAllAs(Label.class).stream()
                .map(Label::getText).reduce("", (a, b) -> a + " " + b);
        assertThat(shown).doesNotContainPattern("\\+91|[0-9]{10}");
        robot.press(KeyCode.RIGHT).release(KeyCode.RIGHT);
        WindowKit.waitFor(() -> hint.getText().startsWith("4/4"));
        // the fourth panel is the map of today's reporting, seat by seat
        WindowKit.waitFor(() -> robot.from(wall.getScene().getRoot()).lookup("#mapMeasure").tryQuery().isPresent());
        robot.press(KeyCode.RIGHT).release(KeyCode.RIGHT);
        WindowKit.waitFor(() -> hint.getText().startsWith("1/4"));
        String someone = ctx.db().jdbi().withHandle(h -> h.createQuery("SELECT name FROM volunteer ORDER BY id LIMIT 1").mapTo(String.class).one());
        assertThat(shown).doesNotContain(someone);
        if (shot != null) {
            Thread.sleep(1000);
            robot.interact(() -> WindowKit.snapshot(wall.getScene(), Path.of(shot, "screenshot-wall.png")));
            robot.press(KeyCode.RIGHT).release(KeyCode.RIGHT);
            Thread.sleep(800);
            robot.interact(() -> WindowKit.snapshot(wall.getScene(), Path.of(shot, "screenshot-wall-reporting.png")));
            robot.press(KeyCode.RIGHT).release(KeyCode.RIGHT);
            Thread.sleep(800);
            robot.interact(() -> WindowKit.snapshot(wall.getScene(), Path.of(shot, "screenshot-wall-units.png")));
        }
        robot.interact(() -> wall.requestFocus());
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WindowKit.waitFor(() -> wall(robot) == null);
    }

    private static Window wall(FxRobot robot) {
        return robot.listWindows().stream().filter(w -> w.isShowing() && w.getScene() != null
                && w.getScene().getRoot().getId() != null && w.getScene().getRoot().getId().equals("wallRoot")).findFirst().orElse(null);
    }

}
