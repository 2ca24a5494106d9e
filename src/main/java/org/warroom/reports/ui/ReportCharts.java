package org.warroom.reports.ui;

import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.text.DecimalFormat;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;
import org.warroom.platform.i18n.IndianFormat;
import org.warroom.reports.UnitRate;

/** The three JFreeCharts of the reports tab, built once and styled alike; their data is replaced on each load. */
final class ReportCharts {
    private static final Color[] SLOTS = {new Color(0x264653), new Color(0x2a9d8f), new Color(0x8ab17d), new Color(0xe9c46a),
            new Color(0xf4a261), new Color(0xe76f51)};
    private static final Color BAD = new Color(0xc0392b);
    private static final Color WATCH = new Color(0xd39e00);
    private static final Color GOOD = new Color(0x2e8b57);
    private static final Font SMALL = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

    private ReportCharts() {
    }

    private static void style(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        CategoryPlot p = chart.getCategoryPlot();
        p.setBackgroundPaint(Color.WHITE);
        p.setOutlineVisible(false);
        p.setRangeGridlinePaint(new Color(0xdde1e8));
        p.getDomainAxis().setTickLabelFont(SMALL);
        p.getRangeAxis().setTickLabelFont(SMALL);
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(SMALL);
            legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        }
    }

    static JFreeChart lineChart() {
        JFreeChart c = ChartFactory.createLineChart(null, null, null, new DefaultCategoryDataset(), PlotOrientation.VERTICAL, true, true, false);
        style(c);
        c.getLegend().setPosition(RectangleEdge.BOTTOM);
        CategoryPlot p = c.getCategoryPlot();
        percentAxis((NumberAxis) p.getRangeAxis());
        p.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        p.getDomainAxis().setLowerMargin(0.01);
        p.getDomainAxis().setUpperMargin(0.01);
        ((LineAndShapeRenderer) p.getRenderer()).setDefaultShapesVisible(false);
        return c;
    }

    static JFreeChart rankChart() {
        JFreeChart c = ChartFactory.createBarChart(null, null, null, new DefaultCategoryDataset(), PlotOrientation.HORIZONTAL, false, true, false);
        style(c);
        CategoryPlot p = c.getCategoryPlot();
        percentAxis((NumberAxis) p.getRangeAxis());
        p.getRangeAxis().setUpperBound(108);
        CategoryAxis d = p.getDomainAxis();
        d.setMaximumCategoryLabelWidthRatio(0.45f);
        p.setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_RIGHT);
        d.setCategoryMargin(0.15);
        BarRenderer r = new BarRenderer() {
            @Override
            public Paint getItemPaint(int row, int column) {
                Number v = getPlot().getDataset().getValue(row, column);
                double x = v == null ? 0 : v.doubleValue();
                return x < 50 ? BAD : x < 80 ? WATCH : GOOD;
            }
        };
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setMaximumBarWidth(0.08);
        // a unit at 0% still gets a sliver to click
        r.setMinimumBarLength(4);
        r.setDefaultItemLabelsVisible(true);
        r.setDefaultItemLabelFont(SMALL);
        r.setDefaultPositiveItemLabelPosition(new org.jfree.chart.labels.ItemLabelPosition(org.jfree.chart.labels.ItemLabelAnchor.OUTSIDE3,
                org.jfree.chart.ui.TextAnchor.CENTER_LEFT));
        r.setDefaultItemLabelGenerator(new RankLabels());
        r.setDefaultToolTipGenerator(new RankLabels());
        p.setRenderer(r);
        return c;
    }

    static JFreeChart slotChart() {
        JFreeChart c = ChartFactory.createStackedBarChart(null, null, null, new DefaultCategoryDataset(), PlotOrientation.VERTICAL, true, true, false);
        style(c);
        CategoryPlot p = c.getCategoryPlot();
        p.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        p.getRangeAxis().setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        BarRenderer r = (BarRenderer) p.getRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        for (int i = 0; i < SLOTS.length; i++) {
            r.setSeriesPaint(i, SLOTS[i]);
        }
        return c;
    }

    /** A ranked unit: its name on the axis, its id for a click, its figures for the label. */
    static final class RankKey implements Comparable<RankKey>, java.io.Serializable {
        final UnitKey unit;
        final transient UnitRate rate;

        RankKey(long id, String label, UnitRate rate) {
            this.unit = new UnitKey(id, label);
            this.rate = rate;
        }

        @Override
        public int compareTo(RankKey o) {
            return unit.compareTo(o.unit);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof RankKey k && k.unit.equals(unit);
        }

        @Override
        public int hashCode() {
            return unit.hashCode();
        }

        @Override
        public String toString() {
            return unit.label();
        }
    }

    /** "43%" on the bar, and "Name: 43% (12 of 28)" as its tooltip, from the unit's own figures. */
    static final class RankLabels implements org.jfree.chart.labels.CategoryItemLabelGenerator,
            org.jfree.chart.labels.CategoryToolTipGenerator, org.jfree.chart.util.PublicCloneable, java.io.Serializable {
        /** Holds nothing: a chart's copy (for drawing or a PNG) can share it. */
        @Override
        public Object clone() {
            return this;
        }

        @Override
        public String generateLabel(org.jfree.data.category.CategoryDataset ds, int row, int column) {
            return ds.getColumnKey(column) instanceof RankKey k && k.rate != null ? Math.round(k.rate.rate() * 100) + "%" : "";
        }

        @Override
        public String generateToolTip(org.jfree.data.category.CategoryDataset ds, int row, int column) {
            return ds.getColumnKey(column) instanceof RankKey k && k.rate != null ? k + ": " + IndianFormat.percent(k.rate.rate())
                    + " (" + IndianFormat.number(k.rate.reported()) + " / " + IndianFormat.number(k.rate.expected()) + ")" : "";
        }

        @Override
        public String generateRowLabel(org.jfree.data.category.CategoryDataset ds, int row) {
            return String.valueOf(ds.getRowKey(row));
        }

        @Override
        public String generateColumnLabel(org.jfree.data.category.CategoryDataset ds, int column) {
            return String.valueOf(ds.getColumnKey(column));
        }
    }

    private static void percentAxis(NumberAxis axis) {
        axis.setRange(0, 100);
        axis.setNumberFormatOverride(new DecimalFormat("0'%'"));
    }
}
