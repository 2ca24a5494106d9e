package org.warroom.map.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.shape.Rectangle;
import javafx.util.StringConverter;
import org.warroom.map.MapGeometry;
import org.warroom.map.MapLayer;
import org.warroom.map.MapMeasure;
import org.warroom.map.MapShape;
import org.warroom.map.MapValues;
import org.warroom.org.UnitRow;
import org.warroom.platform.i18n.Messages;

/**
 * The map tab: the chosen layer's units as one filled Path node each and their boundaries as one more node kept as a
 * bitmap, all in a group under a single transform (pan by dragging, zoom by the wheel or the buttons), coloured by
 * the chosen measure; a legend, a hover card, and a click that selects the unit in the organisation tree. A change
 * of measure only changes fills (decision 0013).
 */
public final class MapView {
    private final MapViewModel vm;
    private final Consumer<UnitRow> opener;
    private final BorderPane root = new BorderPane();
    private final ComboBox<MapLayer> layer = new ComboBox<>();
    private final ComboBox<MapMeasure> measure = new ComboBox<>();
    private final Button zoomIn = new Button("+");
    private final Button zoomOut = new Button("−");
    private final Button reset = new Button();
    private final Label status = new Label();
    private final Label error = new Label();
    private final Label hover = new Label();
    private final VBox legend = new VBox(4);
    private final MapCanvas canvas = new MapCanvas();
    private final Map<String, Path> paths = new LinkedHashMap<>();
    private final Map<Path, MapShape> shapes = new LinkedHashMap<>();
    private final Path outline = new Path();
    private final Path selection = new Path();
    private java.util.List<String> lastCodes = java.util.List.of();
    private Messages m;

    public MapView(MapViewModel vm, Messages messages, Consumer<UnitRow> opener) {
        this.vm = vm;
        this.m = messages;
        this.opener = opener;
        build();
        vm.geometryProperty().addListener((o, a, g) -> draw(g));
        vm.valuesProperty().addListener((o, a, v) -> recolour(v));
        vm.errorProperty().addListener((o, a, e) -> showError(e));
        vm.busyProperty().addListener((o, a, b) -> updateStatus());
        setMessages(messages);
    }

    public Node node() {
        return root;
    }

    /** The drawing surface (pan and zoom), for the bench. */
    public MapCanvas canvas() {
        return canvas;
    }

    /** Loads on first showing; afterwards re-reads the values each time the tab is shown again. */
    public void setShowing(boolean shown) {
        if (shown) {
            if (vm.geometryProperty().get() == null) {
                vm.load();
            } else {
                vm.refresh();
            }
        }
    }

    public void setMessages(Messages messages) {
        m = messages;
        layer.setConverter(converter("map.layer."));
        measure.setConverter(converter("map.measure."));
        reset.setText(m.get("map.reset"));
        zoomIn.setTooltip(new Tooltip(m.get("map.zoomIn")));
        zoomOut.setTooltip(new Tooltip(m.get("map.zoomOut")));
        refreshLegend();
        updateStatus();
    }

    private <E extends Enum<E>> StringConverter<E> converter(String prefix) {
        return new StringConverter<>() {
            @Override
            public String toString(E e) {
                return e == null ? "" : m.get(prefix + e.name());
            }

            @Override
            public E fromString(String s) {
                return null;
            }
        };
    }

    private void build() {
        layer.setId("mapLayer");
        layer.getItems().setAll(MapLayer.values());
        layer.valueProperty().bindBidirectional(vm.layerProperty());
        measure.setId("mapMeasure");
        measure.getItems().setAll(MapMeasure.values());
        measure.valueProperty().bindBidirectional(vm.measureProperty());
        measure.valueProperty().addListener((o, a, b) -> refreshLegend());
        zoomIn.setId("mapZoomIn");
        zoomOut.setId("mapZoomOut");
        reset.setId("mapReset");
        zoomIn.setOnAction(e -> canvas.zoomAtCentre(1.5));
        zoomOut.setOnAction(e -> canvas.zoomAtCentre(1 / 1.5));
        reset.setOnAction(e -> canvas.fit());
        status.setId("mapStatus");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, layer, measure, zoomIn, zoomOut, reset, spacer, status);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 10, 6, 10));

        error.setId("mapError");
        error.getStyleClass().add("map-error");
        error.setVisible(false);
        error.setMaxWidth(Double.MAX_VALUE);
        error.setStyle("-fx-background-color: #fff4e5; -fx-padding: 12; -fx-border-color: #e0a040;");
        hover.setId("mapHover");
        hover.setMouseTransparent(true);
        hover.setVisible(false);
        hover.setManaged(false);
        hover.setStyle("-fx-background-color: rgba(255,255,255,0.95); -fx-padding: 6 8; -fx-border-color: #888;"
                + " -fx-font-size: 13px;");
        legend.setId("mapLegend");
        legend.setPadding(new Insets(8));
        legend.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        legend.setStyle("-fx-background-color: rgba(255,255,255,0.92); -fx-border-color: #bbb;");
        legend.setMouseTransparent(true);
        StackPane.setAlignment(legend, Pos.BOTTOM_LEFT);
        StackPane.setMargin(legend, new Insets(10));
        StackPane.setAlignment(error, Pos.TOP_CENTER);
        StackPane.setMargin(error, new Insets(20));
        Pane hoverLayer = new Pane(hover);
        hoverLayer.setMouseTransparent(true);
        StackPane centre = new StackPane(canvas.node(), legend, hoverLayer, error);
        centre.setStyle("-fx-background-color: #f7f9fb;");
        root.setTop(bar);
        root.setCenter(centre);
        canvas.node().setOnMouseMoved(e -> {
            if (!(e.getTarget() instanceof Path p) || !shapes.containsKey(p)) {
                hover.setVisible(false);
            }
        });
        canvas.node().setOnMouseExited(e -> hover.setVisible(false));
        outline.setStroke(Color.WHITE);
        outline.setFill(null);
        outline.setMouseTransparent(true);
        outline.setId("mapOutline");
        selection.setStroke(Color.web("#1f2937"));
        selection.setFill(null);
        selection.setMouseTransparent(true);
        selection.setId("mapSelection");
        canvas.setOnZoom(this::restroke);
    }

    private void draw(MapGeometry g) {
        paths.clear();
        shapes.clear();
        selection.getElements().clear();
        if (g == null) {
            canvas.setShapes(java.util.List.of(), outline, selection, 1, 1);
            return;
        }
        java.util.List<Path> nodes = new java.util.ArrayList<>(g.shapes().size());
        java.util.List<PathElement> all = new java.util.ArrayList<>(g.points() + g.shapes().size() * 4);
        for (MapShape s : g.shapes()) {
            java.util.List<PathElement> els = elements(s);
            all.addAll(els);
            Path p = new Path(els);
            p.setFillRule(FillRule.EVEN_ODD);
            p.setStroke(null);
            p.setId("map-" + s.code());
            paths.put(s.code(), p);
            shapes.put(p, s);
            wire(p, s);
            nodes.add(p);
        }
        // the boundaries, once for the layer, in one node kept as a bitmap: a recolour repaints only the fills
        outline.getElements().setAll(all);
        canvas.setShapes(nodes, outline, selection, g.width(), g.height());
        recolour(vm.valuesProperty().get());
        // a new layer: the tree's selection again, at this layer's level
        showUnit(lastCodes);
    }

    /** A shape's rings as path elements; all rings in one path so holes stay holes. */
    static java.util.List<PathElement> elements(MapShape s) {
        java.util.List<PathElement> els = new java.util.ArrayList<>(s.points() + s.rings().size() * 2);
        for (double[] r : s.rings()) {
            els.add(new MoveTo(r[0], r[1]));
            for (int i = 2; i < r.length; i += 2) {
                els.add(new LineTo(r[i], r[i + 1]));
            }
            els.add(new ClosePath());
        }
        return els;
    }

    private void wire(Path p, MapShape s) {
        p.setOnMouseEntered(e -> {
            hover.setText(vm.describe(s, m));
            hover.setVisible(true);
            hover.autosize();
        });
        p.setOnMouseMoved(e -> {
            var local = hover.getParent().sceneToLocal(e.getSceneX(), e.getSceneY());
            hover.relocate(local.getX() + 14, local.getY() + 14);
        });
        p.setOnMouseExited(e -> hover.setVisible(false));
        p.setOnMouseClicked(e -> {
            if (e.isStillSincePress()) {
                select(p);
                vm.open(s.code(), opener);
            }
        });
    }

    /**
     * Outlines the unit selected in the tree: the first of {@code codes} (the unit, then its ancestors, deepest
     * first) that has a shape on this layer — a booth's seat, a mandal's district. Nothing when none has.
     */
    public void showUnit(java.util.List<String> codes) {
        lastCodes = java.util.List.copyOf(codes);
        for (String code : codes) {
            Path p = paths.get(code);
            if (p != null) {
                select(p);
                return;
            }
        }
        selection.getElements().clear();
    }

    private void select(Path p) {
        selection.getElements().setAll(elements(shapes.get(p)));
    }

    /** Only fills change; nodes, transform and events stay. */
    private void recolour(MapValues v) {
        if (v == null || paths.isEmpty()) {
            return;
        }
        for (var e : paths.entrySet()) {
            Path p = e.getValue();
            p.setFill(MapColours.fill(v.byCode().get(e.getKey()), v.measure()));
        }
        updateStatus();
    }

    private void restroke(double scale) {
        outline.setStrokeWidth(0.8 / scale);
        selection.setStrokeWidth(2.5 / scale);
    }

    private void refreshLegend() {
        legend.getChildren().clear();
        MapMeasure measure = vm.measureProperty().get();
        Label title = new Label(m.get("map.measure." + measure.name()));
        title.setStyle("-fx-font-weight: bold;");
        legend.getChildren().add(title);
        for (MapColours.Entry e : MapColours.legend(measure, m)) {
            Rectangle swatch = new Rectangle(18, 12, e.paint());
            swatch.setStroke(Color.web("#999"));
            HBox row = new HBox(6, swatch, new Label(e.text()));
            row.setAlignment(Pos.CENTER_LEFT);
            legend.getChildren().add(row);
        }
    }

    private void showError(String e) {
        error.setText(e == null ? "" : "⚠ " + m.get("map.error") + "\n" + e);
        error.setVisible(e != null);
    }

    private void updateStatus() {
        if (vm.busyProperty().get()) {
            status.setText(m.get("map.loading"));
            return;
        }
        MapValues v = vm.valuesProperty().get();
        long inRoom = v == null ? 0 : paths.keySet().stream().filter(v.byCode()::containsKey).count();
        status.setText(v == null ? "" : m.get("map.status", inRoom, paths.size()));
    }
}
