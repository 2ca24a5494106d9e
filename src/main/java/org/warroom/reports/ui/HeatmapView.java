package org.warroom.reports.ui;

import java.time.format.DateTimeFormatter;
import java.util.function.LongConsumer;
import javafx.geometry.VPos;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.warroom.platform.i18n.IndianFormat;
import org.warroom.reports.Heatmap;
import org.warroom.reports.UnitRate;

/**
 * Children × days as coloured cells, drawn on one canvas (one node, however many cells): red for no one reporting,
 * amber for half, green for everyone, grey where nobody is expected. Rows come worst first; a click on a row opens
 * that unit. At most {@value #MAX_ROWS} rows are drawn; the rest are counted below.
 */
final class HeatmapView extends Region {
    static final int MAX_ROWS = 30;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM");
    private static final Color BAD = Color.web("#c0392b");
    private static final Color MID = Color.web("#f0b429");
    private static final Color GOOD = Color.web("#2e8b57");
    private static final Color NONE = Color.web("#e3e6ec");
    private static final double HEADER = 20;
    private static final double FOOTER = 30;
    private final Canvas canvas = new Canvas();
    private final Tooltip tip = new Tooltip();
    private final LongConsumer open;
    private Heatmap map;
    private boolean hindi;
    private String moreText = "";
    private String noneText = "";

    HeatmapView(LongConsumer open) {
        this.open = open;
        getChildren().add(canvas);
        getStyleClass().add("report-heatmap");
        setMinSize(200, 120);
        canvas.setOnMouseClicked(e -> {
            int row = rowAt(e.getY());
            if (row >= 0) {
                open.accept(map.children().get(row).unitId());
            }
        });
        canvas.setOnMouseMoved(e -> {
            int row = rowAt(e.getY());
            int col = colAt(e.getX());
            canvas.setCursor(row >= 0 ? Cursor.HAND : Cursor.DEFAULT);
            if (row >= 0) {
                UnitRate u = map.children().get(row);
                String when = col >= 0 ? IndianFormat.date(map.days().get(col)) + ": " + IndianFormat.percent(map.rates().get(row).get(col))
                        : IndianFormat.percent(u.rate());
                tip.setText(u.name(hindi) + " · " + when);
                Tooltip.install(canvas, tip);
            } else {
                Tooltip.uninstall(canvas, tip);
            }
        });
    }

    /** {@code more} says how many rows were left out; {@code none} names the grey cells in the key. */
    void show(Heatmap heatmap, boolean hindiNames, String more, String none) {
        this.map = heatmap;
        this.noneText = none == null ? "" : none;
        this.hindi = hindiNames;
        this.moreText = more == null ? "" : more;
        draw();
    }

    Heatmap heatmap() {
        return map;
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            draw();
        }
    }

    private int rows() {
        return map == null ? 0 : Math.min(MAX_ROWS, map.children().size());
    }

    private double labelWidth() {
        return Math.min(170, canvas.getWidth() * 0.32);
    }

    private double rowHeight() {
        int n = rows();
        return n == 0 ? 0 : Math.min(34, Math.max(8, (canvas.getHeight() - HEADER - FOOTER) / n));
    }

    private double colWidth() {
        return map == null || map.days().isEmpty() ? 0 : (canvas.getWidth() - labelWidth() - 4) / map.days().size();
    }

    /** The row under a y position of the canvas, or -1. */
    int rowAt(double y) {
        if (rows() == 0 || y < HEADER) {
            return -1;
        }
        int r = (int) ((y - HEADER) / rowHeight());
        return r < rows() ? r : -1;
    }

    int colAt(double x) {
        if (map == null || x < labelWidth()) {
            return -1;
        }
        int c = (int) ((x - labelWidth()) / colWidth());
        return c < map.days().size() ? c : -1;
    }

    /** The centre of a cell in the canvas's coordinates (for tests and keyboard users' tooltips). */
    javafx.geometry.Point2D cellCentre(int row, int col) {
        return new javafx.geometry.Point2D(labelWidth() + (col + 0.5) * colWidth(), HEADER + (row + 0.5) * rowHeight());
    }

    Canvas canvas() {
        return canvas;
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, w, h);
        if (rows() == 0) {
            return;
        }
        double lw = labelWidth();
        double rh = rowHeight();
        double cw = colWidth();
        Font small = Font.font(Math.min(12, Math.max(9, rh * 0.45)));
        g.setFont(small);
        g.setTextBaseline(VPos.CENTER);
        g.setFill(Color.web("#5b6478"));
        g.setTextAlign(TextAlignment.CENTER);
        int step = cw < 34 ? 2 : 1;
        for (int c = 0; c < map.days().size(); c++) {
            if ((map.days().size() - 1 - c) % step == 0) {
                g.fillText(DAY.format(map.days().get(c)), lw + (c + 0.5) * cw, HEADER / 2);
            }
        }
        for (int r = 0; r < rows(); r++) {
            double y = HEADER + r * rh;
            UnitRate u = map.children().get(r);
            g.setTextAlign(TextAlignment.LEFT);
            g.setFill(Color.web("#1d2433"));
            g.fillText(fit(u.name(hindi), lw - 8), 2, y + rh / 2);
            for (int c = 0; c < map.days().size(); c++) {
                double rate = map.rates().get(r).get(c);
                g.setFill(colour(rate));
                g.fillRect(lw + c * cw + 1, y + 1, Math.max(1, cw - 2), Math.max(1, rh - 2));
                if (cw >= 20 && rh >= 14 && !Double.isNaN(rate)) {
                    g.setTextAlign(TextAlignment.CENTER);
                    g.setFill(rate < 0.2 || rate > 0.8 ? Color.WHITE : Color.web("#1d2433"));
                    g.fillText(Math.round(rate * 100) + "", lw + (c + 0.5) * cw, y + rh / 2);
                }
            }
        }
        double below = HEADER + rows() * rh + 14;
        g.setTextAlign(TextAlignment.LEFT);
        g.setFill(Color.web("#5b6478"));
        if (!moreText.isEmpty()) {
            g.fillText(moreText, 2, below);
        }
        legend(g, lw, below, Math.min(110, w - lw - 150));
    }

    /** 0% … 100% as a strip of the cell colours, and grey for "nobody expected". */
    private void legend(GraphicsContext g, double x, double y, double width) {
        if (width < 60) {
            return;
        }
        g.setFill(Color.web("#5b6478"));
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText("0%", x - 4, y);
        for (int i = 0; i < 20; i++) {
            g.setFill(colour(i / 19.0));
            g.fillRect(x + i * width / 20, y - 5, width / 20 + 0.5, 10);
        }
        g.setFill(Color.web("#5b6478"));
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText("100%", x + width + 4, y);
        g.setFill(NONE);
        g.fillRect(x + width + 44, y - 5, 10, 10);
        g.setFill(Color.web("#5b6478"));
        g.fillText(noneText, x + width + 58, y);
    }

    /** Cuts a name to the width with an ellipsis (canvas text does not clip itself). */
    private static String fit(String s, double width) {
        int max = (int) Math.max(4, width / 6.2);
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    static Color colour(double rate) {
        if (Double.isNaN(rate)) {
            return NONE;
        }
        double r = Math.max(0, Math.min(1, rate));
        return r < 0.5 ? BAD.interpolate(MID, r / 0.5) : MID.interpolate(GOOD, (r - 0.5) / 0.5);
    }
}
