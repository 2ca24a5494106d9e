package org.warroom.map.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.warroom.testing.WindowKit.waitFor;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.warroom.app.AppContext;
import org.warroom.app.MainWindow;
import org.warroom.map.MapService;
import org.warroom.org.UnitRow;
import org.warroom.platform.fx.FxTasks;
import org.warroom.platform.i18n.Messages;
import org.warroom.testing.WindowKit;
import org.warroom.testing.SultanpurDb;

/**
 * The map tab inside the main window, as a user works it: it opens, a change of measure recolours the seats, a
 * hover names the seat and its value, a click selects the seat in the organisation tree; a map whose boundary file
 * is missing says so. With -Dwarroom.screenshot=FILE (and -Dwarroom.lang=hi) the tab is saved as a picture.
 */
@ExtendWith(ApplicationExtension.class)
class MapTabTest {
    @RegisterExtension
    static final SultanpurDb DB = new SultanpurDb();
    static AppContext ctx;
    MainWindow window;
    Scene scene;

    @Start
    void start(Stage stage) {
        ctx = DB.ctx();
        window = WindowKit.open(stage, ctx, 1400, 880);
        scene = stage.getScene();
    }

    private static Paint fill(FxRobot robot, String code) {
        return robot.lookup("#map-" + code).queryAs(Path.class).getFill();
    }

    /** The outline drawn over a seat: the same shape (its stroke makes the bounds a little wider), so the same centre. */
    private static boolean sameBounds(FxRobot robot, String code) {
        Bounds sel = robot.lookup("#mapSelection").queryAs(Path.class).getLayoutBounds();
        Bounds seat = robot.lookup("#map-" + code).queryAs(Path.class).getLayoutBounds();
        return Math.abs(sel.getCenterX() - seat.getCenterX()) < 1 && Math.abs(sel.getCenterY() - seat.getCenterY()) < 1
                && Math.abs(sel.getWidth() - seat.getWidth()) < 6;
    }

    /** A point inside the shape (its bounds' centre is not always), in screen coordinates. */
    private static Point2D inside(Path p) {
        Bounds b = p.getBoundsInLocal();
        for (int i = 1; i < 40; i++) {
            for (int j = 1; j < 40; j++) {
                double x = b.getMinX() + b.getWidth() * i / 40;
                double y = b.getMinY() + b.getHeight() * j / 40;
                if (p.contains(x, y) && p.contains(x + b.getWidth() / 20, y) && p.contains(x, y + b.getHeight() / 20)) {
                    return p.localToScreen(x + b.getWidth() / 40, y + b.getHeight() / 40);
                }
            }
        }
        throw new AssertionError("no inner point in " + p.getId());
    }

    @Test
    void switchTheMeasureHoverAndClickASeat(FxRobot robot) throws Exception {
        Messages m = window.messages();
        robot.clickOn("#tab-tab-map");
        // the five Sultanpur seats are coloured by coverage (once the values are in); a seat this war room does not
        // hold is pale grey
        UnitRow isauli = ctx.org().byCode("AC-187").orElseThrow();
        waitFor(() -> robot.lookup("#map-AC-187").tryQuery().isPresent()
                && MapColours.scale(isauli.coverage().anyRate()).equals(fill(robot, "AC-187")));
        assertThat(robot.lookup(".map-error").queryAs(Label.class).isVisible()).isFalse();
        Paint coverage = fill(robot, "AC-187");
        assertThat(coverage).isEqualTo(MapColours.scale(isauli.coverage().anyRate()));
        assertThat(fill(robot, "AC-1")).isEqualTo(MapColours.NOT_IN_WAR_ROOM);
        // the status line says how many units of the layer this war room holds once the values are in (not at once)
        waitFor(() -> robot.lookup("#mapStatus").queryAs(Label.class).getText().startsWith(m.get("map.status", 5, 403).substring(0, 10)));

        // switch the measure: silence, with no poll calendar, is "no poll scheduled" grey, not a colour of zero
        robot.clickOn("#mapMeasure").clickOn(m.get("map.measure.SILENCE"));
        waitFor(() -> fill(robot, "AC-187") == MapColours.NO_DATA);
        assertThat(fill(robot, "AC-1")).isEqualTo(MapColours.NOT_IN_WAR_ROOM);
        assertThat(robot.lookup("#mapLegend").queryAs(javafx.scene.layout.VBox.class).getChildren().stream()
                .filter(n -> n instanceof javafx.scene.layout.HBox).count()).isEqualTo(6);
        robot.clickOn("#mapMeasure").clickOn(m.get("map.measure.REPORTING"));
        // volunteers are expected to report and nobody has today: a real zero, drawn red
        waitFor(() -> MapColours.scale(0).equals(fill(robot, "AC-187")));
        // reports arrive from Isauli's booths (another desk, say): the map follows without being opened again
        java.util.List<Long> isauliVolunteers = ctx.db().jdbi().withHandle(h -> h.createQuery("SELECT v.id FROM volunteer v "
                + "JOIN unit b ON b.id = v.unit_id JOIN unit s ON b.path LIKE s.path || '%' WHERE s.code = 'AC-187' "
                + "AND b.kind = 'BOOTH' AND v.active = TRUE AND v.role = 'BOOTH_IT' ORDER BY v.id").mapTo(Long.class).list());
        for (int i = 0; i < isauliVolunteers.size(); i += 2) {
            ctx.reports().add(org.warroom.reports.ReportDraft.numbers(isauliVolunteers.get(i), ctx.reports().today(), 3, 1, 40));
        }
        waitFor(() -> !MapColours.scale(0).equals(fill(robot, "AC-187")));
        robot.clickOn("#mapMeasure").clickOn(m.get("map.measure.COVERAGE"));
        waitFor(() -> coverage.equals(fill(robot, "AC-187")));

        // zoom in on the seat, hover it: its name and value; click it: the tree selects it
        Path seat = robot.lookup("#map-AC-187").queryAs(Path.class);
        robot.clickOn("#mapZoomIn").clickOn("#mapZoomIn");
        robot.moveTo(inside(seat));
        Label hover = robot.lookup("#mapHover").queryAs(Label.class);
        waitFor(hover::isVisible);
        assertThat(hover.getText()).startsWith("187 · " + isauli.unit().name(m.hindi()))
                .contains(org.warroom.platform.i18n.IndianFormat.percent(isauli.coverage().anyRate()));
        robot.clickOn(inside(seat));
        waitFor(() -> WindowKit.selectedInTree(robot) != null && WindowKit.selectedInTree(robot).unit().id() == isauli.unit().id());
        // the other way round: a unit chosen in the tree is outlined — a seat itself, a booth by its seat
        robot.interact(() -> window.open(ctx.org().byCode("AC-189").orElseThrow()));
        waitFor(() -> sameBounds(robot, "AC-189"));
        UnitRow booth = ctx.org().booth(187, 12).orElseThrow();
        robot.interact(() -> window.open(booth));
        waitFor(() -> sameBounds(robot, "AC-187"));
        // a drag pans the map
        double before = seat.localToScene(seat.getBoundsInLocal()).getMinX();
        robot.drag(inside(seat)).moveBy(-120, 0).release(javafx.scene.input.MouseButton.PRIMARY);
        waitFor(() -> Math.abs(seat.localToScene(seat.getBoundsInLocal()).getMinX() - (before - 120)) < 8);
        robot.clickOn("#mapReset");
        // the wheel zooms in where the mouse is
        double width = seat.localToScene(seat.getBoundsInLocal()).getWidth();
        // (TestFX's glass robot sends DOWN with a positive deltaY: what a wheel turned away from the user gives)
        robot.moveTo(inside(seat)).scroll(3, javafx.geometry.VerticalDirection.DOWN);
        waitFor(() -> seat.localToScene(seat.getBoundsInLocal()).getWidth() > 1.8 * width);
        assertThat(seat.localToScene(seat.getBoundsInLocal()).intersects(robot.lookup("#mapCanvas").queryAs(javafx.scene.layout.Pane.class)
                .localToScene(robot.lookup("#mapCanvas").queryAs(javafx.scene.layout.Pane.class).getLayoutBounds()))).isTrue();

        String shot = System.getProperty("warroom.screenshot");
        if (shot != null) {
            robot.moveTo(inside(robot.lookup("#map-AC-190").queryAs(Path.class)));
            Thread.sleep(800);
            robot.interact(() -> WindowKit.snapshot(scene, java.nio.file.Path.of(shot)));
        }
    }

    @Test
    void aMissingBoundaryFileIsSaidAndTheRestWorks(FxRobot robot) {
        MapService broken = new MapService(ctx.org(), ctx.reports(), ctx.calendar(), ctx.clock(), f -> null);
        MapViewModel vm = new MapViewModel(broken, ctx.org(), FxTasks.standard());
        robot.interact(() -> {
            MapView view = new MapView(vm, window.messages(), r -> { });
            Stage other = new Stage();
            other.setScene(new Scene((javafx.scene.Parent) view.node(), 900, 600));
            other.show();
            view.setShowing(true);
        });
        waitFor(() -> vm.errorProperty().get() != null);
        assertThat(vm.errorProperty().get()).contains("up_assembly_constituencies.geojson").contains("missing");
        Label error = robot.lookup(n -> n instanceof Label l && l.isVisible() && l.getText() != null && l.getText().contains("missing")).queryAs(Label.class);
        assertThat(error.getText()).contains(window.messages().get("map.error"));
        // the window behind is unharmed: its tree still opens a unit
        UnitRow district = ctx.org().findDesk("Sultanpur").orElseThrow();
        robot.interact(() -> window.open(district));
        waitFor(() -> WindowKit.selectedInTree(robot) != null && WindowKit.selectedInTree(robot).unit().id() == district.unit().id());
    }
}
