package org.warroom.reports.ui;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Cursor;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemSource;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.fx.interaction.ChartMouseEventFX;
import org.jfree.chart.fx.interaction.ChartMouseListenerFX;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.title.LegendTitle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows a JFreeChart as a picture drawn off the FX thread. JFreeChart's own JavaFX viewer draws on a canvas, so every
 * line, bar and letter of every redraw is rasterised by the FX renderer inside a frame; with reports streaming in on a
 * two-core machine that held frames for 120–260 ms (measure 34, traced with JFR). Here a change to the chart copies it
 * on the FX thread (its datasets are replaced, never changed in place, so the copy can share them), one background
 * thread draws the copy into an image with Java2D, and the FX thread only swaps the image: a redraw costs a frame one
 * texture upload. Changes that come while a picture is being drawn are coalesced into one more drawing.
 *
 * <p>Clicks and hovering find the chart entity under the pointer in the rendering info of the picture shown, so a click
 * always means what the operator saw. Tooltips come from the chart's tooltip generators, as in the JavaFX viewer.
 */
final class ChartImageView extends Region {
    private static final Logger LOG = LoggerFactory.getLogger(ChartImageView.class);
    /** One thread for every chart: on two cores, more would only compete with the window and the database. */
    private static final ExecutorService DRAWER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "chart-drawing");
        t.setDaemon(true);
        return t;
    });

    private final JFreeChart chart;
    private final ImageView picture = new ImageView();
    private final List<ChartMouseListenerFX> listeners = new CopyOnWriteArrayList<>();
    private final Tooltip tip = new Tooltip();
    private ChartRenderingInfo info;
    private boolean drawing;
    private boolean stale;

    ChartImageView(JFreeChart chart) {
        this.chart = chart;
        getStyleClass().add("chart-image");
        picture.setManaged(false);
        picture.setSmooth(false);
        getChildren().add(picture);
        chart.addChangeListener(e -> redraw());
        widthProperty().addListener((o, a, b) -> redraw());
        heightProperty().addListener((o, a, b) -> redraw());
        sceneProperty().addListener((o, a, b) -> redraw());
        setOnMouseClicked(e -> fire(e, true));
        setOnMouseMoved(e -> {
            ChartEntity entity = entityAt(e.getX(), e.getY());
            String text = entity == null ? null : entity.getToolTipText();
            if (text != null && !text.isBlank()) {
                tip.setText(text);
                Tooltip.install(this, tip);
            } else {
                Tooltip.uninstall(this, tip);
            }
            fire(e, false);
        });
        setOnMouseExited(e -> setCursor(Cursor.DEFAULT));
    }

    JFreeChart getChart() {
        return chart;
    }

    /** The entities of the picture on screen, in this node's coordinates; null before the first picture. FX thread. */
    ChartRenderingInfo getRenderingInfo() {
        return info;
    }

    void addChartMouseListener(ChartMouseListenerFX listener) {
        listeners.add(listener);
    }

    private ChartEntity entityAt(double x, double y) {
        return info == null ? null : info.getEntityCollection().getEntity(x, y);
    }

    private void fire(MouseEvent e, boolean click) {
        ChartMouseEventFX event = new ChartMouseEventFX(chart, e, entityAt(e.getX(), e.getY()));
        for (ChartMouseListenerFX l : listeners) {
            if (click) {
                l.chartMouseClicked(event);
            } else {
                l.chartMouseMoved(event);
            }
        }
    }

    @Override
    protected void layoutChildren() {
        picture.relocate(0, 0);
    }

    /** Asks for a new picture; at most one is drawn at a time, and changes meanwhile make one more. FX thread. */
    private void redraw() {
        if (drawing) {
            stale = true;
            return;
        }
        double w = Math.floor(getWidth());
        double h = Math.floor(getHeight());
        if (w < 10 || h < 10 || getScene() == null) {
            return;
        }
        double scale = getScene().getWindow() == null ? 1 : Math.max(1, getScene().getWindow().getOutputScaleX());
        JFreeChart copy;
        try {
            copy = copyOf(chart);
        } catch (CloneNotSupportedException | RuntimeException e) {
            LOG.warn("chart could not be copied for drawing: {}", e.toString());
            return;
        }
        drawing = true;
        stale = false;
        DRAWER.execute(() -> {
            ChartRenderingInfo drawnInfo = new ChartRenderingInfo();
            Image image = null;
            try {
                image = draw(copy, w, h, scale, drawnInfo);
            } catch (RuntimeException e) {
                LOG.warn("chart could not be drawn: {}", e.toString());
            } finally {
                // always answer, or the chart would wait for this drawing for ever
                shown(image, drawnInfo, w, h);
            }
        });
    }

    /** Puts a finished picture (null: the drawing failed) on screen, and draws again if the chart changed meanwhile. */
    private void shown(Image done, ChartRenderingInfo drawnInfo, double w, double h) {
        Platform.runLater(() -> {
            drawing = false;
            if (done != null) {
                picture.setImage(done);
                picture.setFitWidth(w);
                picture.setFitHeight(h);
                info = drawnInfo;
            }
            if (stale || Math.floor(getWidth()) != w || Math.floor(getHeight()) != h) {
                redraw();
            }
        });
    }

    /** A copy the drawing thread can own: plot, axes, renderers and titles copied, datasets shared. */
    static JFreeChart copyOf(JFreeChart chart) throws CloneNotSupportedException {
        JFreeChart copy = (JFreeChart) chart.clone();
        // nothing listens to the copy; changes made while drawing it must not travel anywhere
        copy.setNotify(false);
        LegendTitle legend = copy.getLegend();
        if (legend != null) {
            // the copied legend would still ask the original plot, which the FX thread changes, for its items
            legend.setSources(new LegendItemSource[] {copy.getPlot()});
        }
        return copy;
    }

    /** Draws {@code chart} at w × h (scaled for the screen); entities go to {@code into}, in unscaled coordinates. */
    static Image draw(JFreeChart chart, double w, double h, double scale, ChartRenderingInfo into) {
        BufferedImage image = new BufferedImage((int) Math.ceil(w * scale), (int) Math.ceil(h * scale), BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.scale(scale, scale);
            chart.draw(g, new Rectangle2D.Double(0, 0, w, h), null, into);
        } finally {
            g.dispose();
        }
        if (chart.getPlot() instanceof CategoryPlot plot) {
            // the copy listens to the shared dataset; let go so the dataset does not keep every copy alive
            plot.setDataset(null);
        }
        return SwingFXUtils.toFXImage(image, null);
    }
}
