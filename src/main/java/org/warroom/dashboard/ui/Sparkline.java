package org.warroom.dashboard.ui;

import java.util.List;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * A small line of a fortnight's values on a canvas: days without data are gaps (never drawn as zero), a lone day is
 * a dot, the last value is marked. Rates are drawn against 0..100 %, counts against their own maximum.
 */
public final class Sparkline extends Region {
    private final Canvas canvas = new Canvas();
    private List<Double> values = List.of();
    private boolean rate;
    private Color stroke = Color.web("#1d2433");

    public Sparkline(double width, double height) {
        getChildren().add(canvas);
        setPrefSize(width, height);
        setMinHeight(height);
        getStyleClass().add("sparkline");
    }

    public void setStroke(Color c) {
        stroke = c;
        draw();
    }

    public void show(List<Double> v, boolean isRate) {
        values = List.copyOf(v);
        rate = isRate;
        draw();
    }

    /** How many points the line holds (days with data), for tests. */
    public long points() {
        return values.stream().filter(d -> !d.isNaN()).count();
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        draw();
    }

    private void draw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        if (values.isEmpty() || w <= 0 || h <= 0) {
            return;
        }
        double max = 1; // rates against 100 %, counts against their own peak
        for (Double v : values) {
            if (!v.isNaN()) {
                max = Math.max(max, v);
            }
        }
        double pad = Math.max(2, h * 0.08);
        double step = values.size() > 1 ? (w - 2 * pad) / (values.size() - 1) : 0;
        g.setStroke(stroke.deriveColor(0, 1, 1, 0.25));
        g.setLineWidth(1);
        g.strokeLine(pad, h - pad, w - pad, h - pad);
        g.setStroke(stroke);
        g.setFill(stroke);
        g.setLineWidth(Math.max(1.5, h / 20));
        double dot = Math.max(3, h / 10);
        for (int i = 0; i < values.size(); i++) {
            double v = values.get(i);
            if (Double.isNaN(v)) {
                continue;
            }
            double x = pad + i * step;
            double y = h - pad - (h - 2 * pad) * Math.min(v, max) / max;
            boolean prev = i > 0 && !values.get(i - 1).isNaN();
            boolean next = i + 1 < values.size() && !values.get(i + 1).isNaN();
            if (prev) {
                double py = h - pad - (h - 2 * pad) * Math.min(values.get(i - 1), max) / max;
                g.strokeLine(x - step, py, x, y);
            }
            if ((!prev && !next) || i == values.size() - 1) {
                g.fillOval(x - dot / 2, y - dot / 2, dot, dot);
            }
        }
    }
}
