package org.warroom.dashboard.ui;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.warroom.brief.Brief.Ranked;
import org.warroom.dashboard.Dashboard;
import org.warroom.dashboard.Measure;
import org.warroom.dashboard.Tile;
import org.warroom.platform.i18n.IndianFormat;
import org.warroom.platform.i18n.Messages;

/** The wall's standard panels: the tiles, today's reporting with its fortnight, and the best and worst units. */
final class WallPanels {
    private WallPanels() {
    }

    static Node tiles(Dashboard d, Messages m) {
        GridPane grid = new GridPane(28, 28);
        grid.setAlignment(Pos.CENTER);
        grid.setPadding(new javafx.geometry.Insets(12, 36, 36, 36));
        for (int c = 0; c < 3; c++) {
            javafx.scene.layout.ColumnConstraints col = new javafx.scene.layout.ColumnConstraints();
            col.setPercentWidth(100 / 3.0);
            col.setFillWidth(true);
            grid.getColumnConstraints().add(col);
        }
        int i = 0;
        for (Tile t : d.tiles()) {
            TileNode n = new TileNode(t.measure(), true);
            n.show(t, m);
            n.node().setMaxWidth(Double.MAX_VALUE);
            grid.add(n.node(), i % 3, i / 3);
            i++;
        }
        return grid;
    }

    static Node reporting(Dashboard d, Messages m) {
        Tile t = d.tile(Measure.REPORTS);
        Label big = new Label(TileText.value(t));
        big.getStyleClass().addAll("wall-huge", t.level().styleClass());
        Label detail = new Label(TileText.detail(t, m));
        detail.getStyleClass().add("wall-detail");
        Sparkline line = new Sparkline(1200, 320);
        line.setStroke(javafx.scene.paint.Color.web("#e8ecf4"));
        line.show(t.trend().values(), true);
        List<java.time.LocalDate> days = t.trend().days();
        HBox axis = new HBox(new Label(IndianFormat.date(days.getFirst())), grow(), new Label(IndianFormat.date(days.getLast())));
        axis.getStyleClass().add("wall-detail");
        axis.setMaxWidth(1200);
        Label note = new Label(TileText.trend(t, m));
        note.getStyleClass().add("wall-detail");
        VBox box = new VBox(18, big, detail, line, axis, note);
        box.setAlignment(Pos.CENTER);
        return box;
    }

    static Node units(Dashboard d, Messages m) {
        if (d.best().isEmpty()) {
            Label none = new Label(m.get("wall.noUnits"));
            none.getStyleClass().add("wall-empty");
            return none;
        }
        java.util.Map<Long, Ranked> all = new java.util.LinkedHashMap<>();
        d.best().forEach(r -> all.put(r.unit().id(), r));
        d.worst().forEach(r -> all.putIfAbsent(r.unit().id(), r));
        if (all.size() < d.best().size() + d.worst().size()) {
            // few units below: the two lists overlap, so show them all once, best first
            List<Ranked> once = all.values().stream().sorted(java.util.Comparator.comparingDouble(Ranked::rate).reversed()).toList();
            HBox one = new HBox(column(m.get("wall.all"), once, d, m));
            one.setAlignment(Pos.CENTER);
            return one;
        }
        HBox cols = new HBox(60, column(m.get("wall.best"), d.best(), d, m), column(m.get("wall.worst"), d.worst(), d, m));
        cols.setAlignment(Pos.CENTER);
        return cols;
    }

    private static VBox column(String title, List<Ranked> units, Dashboard d, Messages m) {
        Label head = new Label(title);
        head.getStyleClass().add("wall-column-title");
        VBox col = new VBox(14, head);
        for (Ranked r : units) {
            Label name = new Label(r.unit().name(m.hindi()));
            name.getStyleClass().add("wall-unit");
            Label rate = new Label(IndianFormat.percent(r.rate()));
            rate.getStyleClass().addAll("wall-rate", d.thresholds().get(Measure.REPORTS).level(r.rate()).styleClass());
            HBox line = new HBox(24, name, grow(), rate);
            line.setPrefWidth(520);
            col.getChildren().add(line);
        }
        return col;
    }

    private static javafx.scene.layout.Region grow() {
        javafx.scene.layout.Region r = new javafx.scene.layout.Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }
}
