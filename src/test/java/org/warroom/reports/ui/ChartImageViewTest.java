package org.warroom.reports.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.entity.CategoryItemEntity;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.fx.interaction.ChartMouseEventFX;
import org.jfree.chart.fx.interaction.ChartMouseListenerFX;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.warroom.testing.Waits;

/**
 * The chart picture drawn off the FX thread: after a burst of changes it shows the last one (its entities are those of
 * the last dataset), a click finds the bar under the pointer, and the picture is the chart's, not a blank.
 */
@ExtendWith(ApplicationExtension.class)
class ChartImageViewTest {
    private final JFreeChart chart = ChartFactory.createBarChart(null, null, null, new DefaultCategoryDataset(),
            PlotOrientation.VERTICAL, false, true, false);
    private static final java.awt.Color PAINT = new java.awt.Color(0x2e8b57);
    private ChartImageView view;

    @Start
    void start(Stage stage) {
        chart.getCategoryPlot().getRenderer().setSeriesPaint(0, PAINT);
        view = new ChartImageView(chart);
        stage.setScene(new Scene(new StackPane(view), 500, 320));
        stage.show();
    }

    private static DefaultCategoryDataset bars(int n) {
        DefaultCategoryDataset ds = new DefaultCategoryDataset();
        for (int i = 0; i < n; i++) {
            ds.addValue(10 + i, "today", "unit " + i);
        }
        return ds;
    }

    /** The names of the bars in the picture on screen (read on the FX thread). */
    private long barsShown() {
        return WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.getRenderingInfo() == null ? -1L
                : view.getRenderingInfo().getEntityCollection().getEntities().stream().filter(e -> e instanceof CategoryItemEntity).count());
    }

    @Test
    void aBurstOfChangesEndsOnTheLastAndClicksFindItsBars(FxRobot robot) {
        // sixty changes in one go: drawings are coalesced, and the last one wins
        robot.interact(() -> {
            for (int n = 1; n <= 60; n++) {
                chart.getCategoryPlot().setDataset(bars(n % 7 + 1));
            }
        });
        int last = 60 % 7 + 1;
        Waits.until(10, () -> barsShown() == last, () -> "bars shown: " + barsShown());

        AtomicReference<ChartEntity> clicked = new AtomicReference<>();
        view.addChartMouseListener(new ChartMouseListenerFX() {
            @Override
            public void chartMouseClicked(ChartMouseEventFX e) {
                clicked.set(e.getEntity());
            }

            @Override
            public void chartMouseMoved(ChartMouseEventFX e) {
            }
        });
        CategoryItemEntity bar = WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            for (Object e : view.getRenderingInfo().getEntityCollection().getEntities()) {
                if (e instanceof CategoryItemEntity c && "unit 2".equals(c.getColumnKey())) {
                    return c;
                }
            }
            throw new AssertionError("no bar for unit 2");
        });
        var area = bar.getArea().getBounds2D();
        Point2D onScreen = WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.localToScreen(area.getCenterX(), area.getCenterY()));
        robot.clickOn(onScreen);
        Waits.until(5, () -> clicked.get() instanceof CategoryItemEntity c && "unit 2".equals(c.getColumnKey()));

        // the picture holds the bars: the centre of the bar is the renderer's colour, not the background
        WritableImage shot = WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.snapshot(null, null));
        javafx.scene.paint.Color c = shot.getPixelReader().getColor((int) area.getCenterX(), (int) area.getCenterY());
        assertThat(Math.abs(c.getRed() * 255 - PAINT.getRed())).isLessThan(8);
        assertThat(Math.abs(c.getGreen() * 255 - PAINT.getGreen())).isLessThan(8);
        assertThat(Math.abs(c.getBlue() * 255 - PAINT.getBlue())).isLessThan(8);
    }
}
