package org.warroom.brief;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.warroom.reports.DayRollup;

/**
 * The fourteen-day reporting chart, drawn by JFreeChart into an image (AWT, headless). It carries only digits:
 * its title and legend are real text in the PDF, so they stay searchable and in the brief's language.
 */
final class BriefChart {
    static final Color BAR = new Color(0x2f6fb0);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM");
    private static volatile Font latin;

    private BriefChart() {
    }

    /** A PNG of the daily reporting rate (per cent of expected volunteers), {@code scale} pixels per point. */
    static byte[] png(List<DayRollup> series, int widthPt, int heightPt, int scale) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (DayRollup d : series) {
            data.addValue(Double.isNaN(d.rate()) ? 0 : d.rate() * 100, "rate", DAY.format(d.day()));
        }
        Font f = font();
        CategoryAxis x = new CategoryAxis();
        x.setTickLabelFont(f.deriveFont(9f));
        x.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        NumberAxis y = new NumberAxis();
        y.setTickLabelFont(f.deriveFont(9f));
        double max = series.stream().mapToDouble(d -> Double.isNaN(d.rate()) ? 0 : d.rate() * 100).max().orElse(0);
        y.setRange(0, Math.max(10, Math.min(100, Math.ceil(max / 10) * 10 + 10)));
        y.setNumberFormatOverride(new java.text.DecimalFormat("0'%'"));
        BarRenderer bars = new BarRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setSeriesPaint(0, BAR);
        bars.setMaximumBarWidth(0.06);
        CategoryPlot plot = new CategoryPlot(data, x, y, bars);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xcccccc));
        plot.setRangeGridlineStroke(new BasicStroke(0.5f));
        plot.setOutlineVisible(false);
        JFreeChart chart = new JFreeChart(null, f, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        BufferedImage img = new BufferedImage(widthPt * scale, heightPt * scale, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = img.createGraphics();
        try {
            g.scale(scale, scale);
            chart.draw(g, new java.awt.geom.Rectangle2D.Double(0, 0, widthPt, heightPt));
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The bundled Latin font, so the chart looks the same on every machine (no system fonts needed). */
    private static Font font() {
        if (latin == null) {
            try (InputStream in = BriefChart.class.getResourceAsStream(PdfFonts.LATIN)) {
                latin = Font.createFont(Font.TRUETYPE_FONT, in);
            } catch (Exception e) {
                latin = new Font(Font.SANS_SERIF, Font.PLAIN, 10);
            }
        }
        return latin;
    }
}
