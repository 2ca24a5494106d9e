package org.warroom.reports.ui;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.image.WritableImage;
import javafx.stage.FileChooser;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.warroom.platform.fx.FxTasks;

/**
 * Saves charts as PNG files. The chart is copied on the FX thread (the window may redraw it meanwhile) and written in
 * the background with ChartUtils. AWT has no Devanagari font on these machines, so a Hindi chart is drawn with the
 * bundled Noto Sans Devanagari inside a composite font that takes Latin letters from the system's sans serif.
 */
final class ChartPng {
    private static final Logger LOG = LoggerFactory.getLogger(ChartPng.class);
    static final int WIDTH = 1200;
    static final int HEIGHT = 750;
    private static volatile boolean registered;

    private ChartPng() {
    }

    /** Asks where to save; null when the operator cancelled. */
    static Path choose(Node owner, String title, String fileName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(fileName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG", "*.png"));
        java.io.File f = chooser.showSaveDialog(owner.getScene() == null ? null : owner.getScene().getWindow());
        return f == null ? null : f.toPath();
    }

    /** Writes a copy of {@code chart}, titled, to {@code file}; {@code done} gets the file, {@code failed} the reason. */
    static void save(JFreeChart chart, String title, boolean hindi, Path file, FxTasks tasks, Consumer<Path> done, Consumer<String> failed) {
        JFreeChart copy;
        try {
            copy = ChartImageView.copyOf(chart);
        } catch (CloneNotSupportedException | RuntimeException e) {
            failed.accept(String.valueOf(e.getMessage()));
            return;
        }
        copy.setTitle(new TextTitle(title, new Font(Font.SANS_SERIF, Font.BOLD, 18)));
        tasks.run(() -> {
            if (hindi) {
                devanagari(copy);
            }
            ChartUtils.saveChartAsPNG(file.toFile(), copy, WIDTH, HEIGHT);
            return file;
        }).onSuccess(done).onError(e -> failed.accept(String.valueOf(e.getMessage()))).start();
    }

    /** Writes a picture of a node (the heatmap, which is drawn by hand rather than by JFreeChart). */
    static void save(Node node, Path file, FxTasks tasks, Consumer<Path> done, Consumer<String> failed) {
        WritableImage image = node.snapshot(null, null);
        java.awt.image.BufferedImage picture = SwingFXUtils.fromFXImage(image, null);
        tasks.run(() -> {
            ImageIO.write(picture, "png", file.toFile());
            return file;
        }).onSuccess(done).onError(e -> failed.accept(String.valueOf(e.getMessage()))).start();
    }

    /** Puts every text of the chart in a font that has both Devanagari and Latin letters. */
    static void devanagari(JFreeChart chart) {
        if (!register()) {
            return;
        }
        TextTitle title = chart.getTitle();
        if (title != null) {
            title.setFont(font(title.getFont()));
        }
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(font(legend.getItemFont()));
        }
        if (chart.getPlot() instanceof CategoryPlot plot) {
            for (Axis axis : new Axis[] {plot.getDomainAxis(), plot.getRangeAxis()}) {
                if (axis != null) {
                    axis.setTickLabelFont(font(axis.getTickLabelFont()));
                    axis.setLabelFont(font(axis.getLabelFont()));
                }
            }
            if (plot.getRenderer() != null && plot.getRenderer().getDefaultItemLabelFont() != null) {
                plot.getRenderer().setDefaultItemLabelFont(font(plot.getRenderer().getDefaultItemLabelFont()));
            }
        }
    }

    private static Font font(Font like) {
        return javax.swing.text.StyleContext.getDefaultStyleContext().getFont("Noto Sans Devanagari", like.getStyle(), like.getSize());
    }

    private static synchronized boolean register() {
        if (registered) {
            return true;
        }
        try (InputStream in = ChartPng.class.getResourceAsStream("/org/warroom/platform/fonts/NotoSansDevanagari-Regular.ttf")) {
            if (in == null) {
                return false;
            }
            GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(Font.createFont(Font.TRUETYPE_FONT, in));
            registered = true;
        } catch (Exception e) {
            LOG.warn("Devanagari font not available to chart files: {}", e.toString());
        }
        return registered;
    }
}
