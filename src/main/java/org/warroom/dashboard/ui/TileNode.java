package org.warroom.dashboard.ui;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.warroom.dashboard.Level;
import org.warroom.dashboard.Measure;
import org.warroom.dashboard.Tile;
import org.warroom.platform.i18n.Messages;

/**
 * One tile as drawn on the dashboard and on the wall: a colour band (good, watch, bad, or grey with no data), the
 * caption, the big value, the detail line, the fortnight's sparkline and a note on how many days it holds. Every
 * label is one line (wrapping Devanagari draws badly here).
 */
final class TileNode {
    private final Measure measure;
    private final HBox root = new HBox();
    private final Region band = new Region();
    private final Label caption = new Label();
    private final Label value = new Label();
    private final Label level = new Label();
    private final Label detail = new Label();
    private final Label trend = new Label();
    private final Sparkline line;
    private Tile tile;

    TileNode(Measure measure, boolean wall) {
        this.measure = measure;
        line = new Sparkline(wall ? 300 : 220, wall ? 90 : 42);
        if (wall) {
            line.setStroke(Color.web("#e8ecf4"));
        }
        root.setId("dashboardTile-" + measure.code());
        root.getStyleClass().add("dash-tile");
        band.getStyleClass().add("dash-band");
        band.setMinWidth(wall ? 14 : 8);
        caption.getStyleClass().add("dash-caption");
        value.getStyleClass().add("dash-value");
        level.getStyleClass().add("dash-level");
        detail.getStyleClass().add("dash-detail");
        trend.getStyleClass().add("dash-trend");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(10, caption, gap, level);
        top.setAlignment(javafx.geometry.Pos.BASELINE_LEFT);
        // the number never gives way; the detail line may
        value.setMinWidth(Region.USE_PREF_SIZE);
        level.setMinWidth(Region.USE_PREF_SIZE);
        VBox body = new VBox(wall ? 6 : 3, top, value, detail, line, trend);
        body.setPadding(wall ? new Insets(18, 22, 18, 22) : new Insets(8, 12, 8, 12));
        HBox.setHgrow(body, Priority.ALWAYS);
        root.getChildren().setAll(band, body);
        root.setPrefWidth(wall ? 520 : 280);
        root.setMinWidth(wall ? 300 : 240);
    }

    HBox node() {
        return root;
    }

    Measure measure() {
        return measure;
    }

    Sparkline sparkline() {
        return line;
    }

    void show(Tile t, Messages m) {
        tile = t;
        for (Level l : Level.values()) {
            root.getStyleClass().remove(l.styleClass());
        }
        root.getStyleClass().add(t.level().styleClass());
        caption.setText(m.get(measure.key()));
        value.setText(TileText.value(t));
        level.setText(m.get("dashboard.level." + t.level().styleClass()));
        detail.setText(TileText.detail(t, m));
        trend.setText(TileText.trend(t, m));
        line.show(t.trend().values(), measure.rate());
    }

    void setMessages(Messages m) {
        if (tile != null) {
            show(tile, m);
        }
    }
}
