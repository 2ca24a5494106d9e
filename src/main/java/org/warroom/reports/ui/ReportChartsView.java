package org.warroom.reports.ui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.entity.CategoryItemEntity;
import org.jfree.chart.entity.CategoryLabelEntity;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.LegendItemEntity;
import org.jfree.chart.fx.interaction.ChartMouseEventFX;
import org.jfree.chart.fx.interaction.ChartMouseListenerFX;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.warroom.platform.fx.FxTasks;
import org.warroom.platform.i18n.IndianFormat;
import org.warroom.platform.i18n.Messages;
import org.warroom.reports.DayRollup;
import org.warroom.reports.UnitRate;

/**
 * The four charts of the selected unit: reporting rate per day (top ten children, "others" and the unit itself),
 * children ranked by today's rate (worst first, click a bar to open the unit), the children × days heatmap, and
 * forwarded sends by slot per day. A new load replaces each chart's dataset in one go, so a chart redraws once per
 * refresh, not once per value.
 */
final class ReportChartsView {
    /** Bars in the ranking: the worst ones; a redraw costs per bar. */
    static final int RANK_BARS = 20;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM");
    private static final Color[] LINES = {new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c), new Color(0xd62728),
            new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x17becf), new Color(0xbcbd22), new Color(0x7f7f7f)};

    private final GridPane grid = new GridPane();
    private final ChartImageView rate;
    private final ChartImageView rank;
    private final ChartImageView slots;
    private final HeatmapView heat;
    private final Label[] titles = {new Label(), new Label(), new Label(), new Label()};
    private final Button[] saves = {new Button(), new Button(), new Button(), new Button()};
    private final Label rankEmpty = new Label();
    private final Label heatEmpty = new Label();
    private final FxTasks tasks;
    private final Consumer<String> status;
    private Messages m;
    private ChartData data;

    /** {@code open} gets the id of a unit clicked in a chart; {@code status} the outcome of a PNG save. */
    ReportChartsView(Messages messages, FxTasks tasks, LongConsumer open, Consumer<String> status) {
        this.m = messages;
        this.tasks = tasks;
        this.status = status;
        rate = viewer(ReportCharts.lineChart(), "rateChart");
        rank = viewer(ReportCharts.rankChart(), "rankingChart");
        slots = viewer(ReportCharts.slotChart(), "slotChart");
        heat = new HeatmapView(open);
        heat.setId("reportHeatmap");
        ChartMouseListenerFX clicks = new ChartMouseListenerFX() {
            @Override
            public void chartMouseClicked(ChartMouseEventFX e) {
                UnitKey k = unitOf(e.getEntity());
                if (k != null && k.id() > 0) {
                    open.accept(k.id());
                }
            }

            @Override
            public void chartMouseMoved(ChartMouseEventFX e) {
                UnitKey k = unitOf(e.getEntity());
                ((Node) e.getTrigger().getSource()).setCursor(k != null && k.id() > 0 ? javafx.scene.Cursor.HAND : javafx.scene.Cursor.DEFAULT);
            }
        };
        rank.addChartMouseListener(clicks);
        rate.addChartMouseListener(clicks);
        rankEmpty.getStyleClass().add("chart-empty");
        heatEmpty.getStyleClass().add("chart-empty");
        StackPane rankBox = new StackPane(rank, rankEmpty);
        StackPane heatBox = new StackPane(heat, heatEmpty);
        Node[] bodies = {rate, rankBox, heatBox, slots};
        String[] ids = {"saveRateChart", "saveRankingChart", "saveHeatmap", "saveSlotChart"};
        for (int i = 0; i < 4; i++) {
            int which = i;
            saves[i].setId(ids[i]);
            saves[i].getStyleClass().add("chart-save");
            saves[i].setMinWidth(Region.USE_PREF_SIZE);
            titles[i].setMinWidth(0);
            saves[i].setOnAction(e -> save(which));
            titles[i].getStyleClass().add("chart-title");
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox head = new HBox(6, titles[i], spacer, saves[i]);
            head.setAlignment(Pos.CENTER_LEFT);
            VBox panel = new VBox(2, head, bodies[i]);
            VBox.setVgrow(bodies[i], Priority.ALWAYS);
            panel.getStyleClass().add("chart-panel");
            panel.setPadding(new Insets(4));
            grid.add(panel, i % 2, i / 2);
        }
        for (int i = 0; i < 2; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(50);
            c.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(c);
            RowConstraints r = new RowConstraints();
            r.setPercentHeight(50);
            r.setVgrow(Priority.ALWAYS);
            grid.getRowConstraints().add(r);
        }
        grid.setHgap(6);
        grid.setVgap(6);
        grid.setPadding(new Insets(6));
        setMessages(messages);
    }

    Node node() {
        return grid;
    }

    ChartImageView rateViewer() {
        return rate;
    }

    ChartImageView rankViewer() {
        return rank;
    }

    ChartImageView slotViewer() {
        return slots;
    }

    HeatmapView heatmapView() {
        return heat;
    }

    void setMessages(Messages messages) {
        this.m = messages;
        String[] keys = {"reports.chart.rate", "reports.chart.ranking", "reports.chart.heatmap", "reports.chart.slots"};
        for (int i = 0; i < 4; i++) {
            titles[i].setText(m.get(keys[i]));
            saves[i].setText(m.get("reports.chart.png"));
            saves[i].setTooltip(new javafx.scene.control.Tooltip(m.get("reports.chart.savePng")));
        }
        show(data);
    }

    private static ChartImageView viewer(JFreeChart chart, String id) {
        // the chart is drawn by Java2D, which has no Devanagari font of its own on these machines
        ChartPng.devanagari(chart);
        ChartImageView v = new ChartImageView(chart);
        v.setId(id);
        v.setMinSize(200, 140);
        return v;
    }

    private static UnitKey unitOf(ChartEntity e) {
        Object key = e instanceof CategoryItemEntity c ? (c.getColumnKey() instanceof String ? c.getRowKey() : c.getColumnKey())
                : e instanceof CategoryLabelEntity l ? l.getKey()
                : e instanceof LegendItemEntity li ? li.getSeriesKey() : null;
        return key instanceof UnitKey k ? k : key instanceof ReportCharts.RankKey r ? r.unit : null;
    }

    private final org.warroom.platform.fx.PulseSteps pulses = new org.warroom.platform.fx.PulseSteps();
    private final org.warroom.platform.fx.WhenShown whenShown = new org.warroom.platform.fx.WhenShown();

    /**
     * Follows whether the charts are on screen: while another tab (the missing list, the queue) is in front, a new load
     * is only kept, and drawn when the charts come back — during an import a load comes three times a second.
     */
    void followShowing(javafx.beans.value.ObservableBooleanValue on) {
        whenShown.follow(on);
    }

    /** Shows a fresh load; null shows empty charts (while the first load of a unit runs). */
    void show(ChartData d) {
        this.data = d;
        whenShown.run(() -> {
            ChartData shown = data;
            boolean hi = m.hindi();
            // one chart per frame: the four at once held the window up to a quarter of a second while reports streamed in
            pulses.run(List.of(() -> showRates(shown, hi), () -> showRanking(shown, hi), () -> showSlots(shown), () -> showHeat(shown, hi)));
        });
    }

    private void showHeat(ChartData d, boolean hi) {
        List<UnitRate> kids = d == null ? List.of() : d.ranking();
        String none = d == null ? "" : m.get("reports.chart.noChildren");
        rankEmpty.setText(none);
        rankEmpty.setVisible(d != null && kids.isEmpty());
        heatEmpty.setText(none);
        heatEmpty.setVisible(d != null && kids.isEmpty());
        int extra = d == null ? 0 : d.heatmap().children().size() - HeatmapView.MAX_ROWS;
        heat.show(d == null ? null : d.heatmap(), hi, extra > 0 ? m.get("reports.chart.moreRows", extra) : "",
                m.get("reports.chart.noneExpected"));
        String worst = kids.size() > RANK_BARS ? m.get("reports.chart.worstOf", RANK_BARS, kids.size()) : "";
        titles[1].setText(m.get("reports.chart.ranking") + (worst.isEmpty() ? "" : " · " + worst));
    }

    private void showRates(ChartData d, boolean hi) {
        JFreeChart chart = rate.getChart();
        chart.setNotify(false);
        DefaultCategoryDataset ds = new DefaultCategoryDataset();
        LineAndShapeRenderer r = (LineAndShapeRenderer) chart.getCategoryPlot().getRenderer();
        if (d != null) {
            int i = 0;
            for (RateLine line : d.lines()) {
                String name = switch (line.kind()) {
                    case OTHERS -> m.get("reports.chart.others", line.units());
                    case TOTAL -> m.get("reports.chart.total", line.name(hi));
                    case CHILD -> line.name(hi);
                };
                UnitKey key = new UnitKey(line.kind() == RateLine.Kind.CHILD ? line.unitId() : -1 - i, name);
                for (int day = 0; day < d.days().size(); day++) {
                    double v = line.rates().get(day);
                    ds.addValue(Double.isNaN(v) ? null : v * 100, key, DAY.format(d.days().get(day)));
                }
                switch (line.kind()) {
                    case TOTAL -> {
                        r.setSeriesPaint(i, Color.BLACK);
                        r.setSeriesStroke(i, new BasicStroke(3f));
                    }
                    case OTHERS -> {
                        r.setSeriesPaint(i, Color.GRAY);
                        r.setSeriesStroke(i, new BasicStroke(1.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[] {5f, 4f}, 0f));
                    }
                    case CHILD -> {
                        r.setSeriesPaint(i, LINES[i % LINES.length]);
                        r.setSeriesStroke(i, new BasicStroke(1.5f));
                    }
                }
                i++;
            }
        }
        chart.getCategoryPlot().setDataset(ds);
        chart.setNotify(true);
    }

    private void showRanking(ChartData d, boolean hi) {
        JFreeChart chart = rank.getChart();
        chart.setNotify(false);
        DefaultCategoryDataset ds = new DefaultCategoryDataset();
        if (d != null) {
            String series = m.get("reports.chart.today");
            // a bar of 0 would be 0 px wide and could not be clicked: it is drawn as a sliver (minimum bar length)
            d.ranking().stream().filter(u -> !Double.isNaN(u.rate())).limit(RANK_BARS)
                    .forEach(u -> ds.addValue(Math.max(0.01, u.rate() * 100), series, new ReportCharts.RankKey(u.unitId(), u.name(hi), u)));
        }
        chart.getCategoryPlot().setDataset(ds);
        chart.setNotify(true);
    }

    private void showSlots(ChartData d) {
        JFreeChart chart = slots.getChart();
        chart.setNotify(false);
        DefaultCategoryDataset ds = new DefaultCategoryDataset();
        if (d != null) {
            for (int s = 1; s <= 6; s++) {
                String series = m.get("reports.chart.slot", s);
                for (DayRollup day : d.own()) {
                    ds.addValue(day.slots().slot(s), series, DAY.format(day.day()));
                }
            }
        }
        chart.getCategoryPlot().setDataset(ds);
        chart.setNotify(true);
    }

    private void save(int which) {
        if (data == null) {
            return;
        }
        String code = data.unit().unit().code();
        String[] names = {"reporting-rate", "ranking", "heatmap", "slots"};
        String file = names[which] + "-" + code + "-" + data.today() + ".png";
        java.nio.file.Path path = ChartPng.choose(grid, m.get("reports.chart.savePng"), file);
        if (path == null) {
            return;
        }
        String title = titles[which].getText() + " — " + data.unit().unit().name(m.hindi()) + " — " + IndianFormat.date(data.today());
        Consumer<java.nio.file.Path> done = p -> status.accept(m.get("reports.chart.saved", String.valueOf(p.getFileName())));
        Consumer<String> failed = reason -> status.accept(m.get("reports.failed", reason));
        switch (which) {
            case 0 -> ChartPng.save(rate.getChart(), title, m.hindi(), path, tasks, done, failed);
            case 1 -> ChartPng.save(rank.getChart(), title, m.hindi(), path, tasks, done, failed);
            case 2 -> ChartPng.save(heat, path, tasks, done, failed);
            default -> ChartPng.save(slots.getChart(), title, m.hindi(), path, tasks, done, failed);
        }
    }
}
