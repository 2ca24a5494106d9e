package org.warroom.map.ui;

import java.util.List;
import java.util.function.DoubleConsumer;
import javafx.scene.CacheHint;
import javafx.scene.Group;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Path;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Affine;

/**
 * The drawing surface: a clipped pane holding the shapes in one group under one affine transform. Panning moves
 * the transform only; while a drag lasts the group is cached as a bitmap, so a frame is a copy, not a repaint of
 * every boundary (the bench compares both). Zooming keeps the point under the mouse where it is.
 */
public final class MapCanvas {
    static final double MIN_SCALE = 0.2;
    static final double MAX_SCALE = 60;

    private final Pane pane = new Pane();
    private final Group group = new Group();
    private final Group fills = new Group();
    private final Affine transform = new Affine();
    private double width = 1;
    private double height = 1;
    private double pressX;
    private double pressY;
    private boolean fitted;
    private boolean cacheWhilePanning = true;
    private DoubleConsumer onZoom = s -> { };

    public MapCanvas() {
        pane.setId("mapCanvas");
        pane.getChildren().add(group);
        group.getTransforms().add(transform);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(pane.widthProperty());
        clip.heightProperty().bind(pane.heightProperty());
        pane.setClip(clip);
        pane.setMinSize(0, 0);
        pane.setOnMousePressed(e -> {
            pressX = e.getX();
            pressY = e.getY();
        });
        pane.setOnMouseDragged(e -> {
            setPanning(true);
            panBy(e.getX() - pressX, e.getY() - pressY);
            pressX = e.getX();
            pressY = e.getY();
        });
        pane.setOnMouseReleased(e -> setPanning(false));
        pane.setOnScroll(e -> {
            if (e.getDeltaY() != 0) {
                zoomAt(e.getX(), e.getY(), e.getDeltaY() > 0 ? 1.25 : 0.8);
            }
        });
        pane.widthProperty().addListener((o, a, b) -> fitOnce());
        pane.heightProperty().addListener((o, a, b) -> fitOnce());
    }

    public Pane node() {
        return pane;
    }

    /**
     * Replaces the drawn shapes (fills), with the boundaries drawn over them as one node kept as a bitmap and the
     * selection's outline on top; {@code width}×{@code height} is their extent in map units.
     */
    public void setShapes(List<Path> shapes, Path outline, Path selection, double width, double height) {
        this.width = width;
        this.height = height;
        fills.getChildren().setAll(shapes);
        outline.setCache(true);
        outline.setCacheHint(CacheHint.QUALITY);
        group.getChildren().setAll(fills, outline, selection);
        fitted = false;
        fitOnce();
    }

    /** The drawn shapes (one Path per unit, its id "map-" and the unit code). */
    public List<javafx.scene.Node> shapes() {
        return java.util.Collections.unmodifiableList(fills.getChildren());
    }

    /** Called with the new scale (screen pixels per map unit) after each zoom or fit. */
    public void setOnZoom(DoubleConsumer onZoom) {
        this.onZoom = onZoom;
    }

    /** Whether a drag caches the group as a bitmap (on by default; the bench turns it off to compare). */
    public void setCacheWhilePanning(boolean cache) {
        this.cacheWhilePanning = cache;
    }

    /** While panning, the group is drawn once into a bitmap and then only moved (unless turned off). */
    public void setPanning(boolean panning) {
        boolean cache = panning && cacheWhilePanning;
        if (group.isCache() != cache) {
            group.setCacheHint(CacheHint.SPEED);
            group.setCache(cache);
        }
    }

    public double scale() {
        return transform.getMxx();
    }

    public double translateX() {
        return transform.getTx();
    }

    public double translateY() {
        return transform.getTy();
    }

    /** Shows the whole layer centred in the pane. */
    public void fit() {
        double w = pane.getWidth();
        double h = pane.getHeight();
        if (w <= 0 || h <= 0) {
            return;
        }
        double s = Math.min(w / width, h / height) * 0.95;
        transform.setToTransform(s, 0, (w - width * s) / 2, 0, s, (h - height * s) / 2);
        fitted = true;
        onZoom.accept(s);
    }

    public void panBy(double dx, double dy) {
        transform.setTx(transform.getTx() + dx);
        transform.setTy(transform.getTy() + dy);
    }

    public void zoomAtCentre(double factor) {
        zoomAt(pane.getWidth() / 2, pane.getHeight() / 2, factor);
    }

    /** Zooms by {@code factor} keeping the pane point (x, y) fixed. */
    public void zoomAt(double x, double y, double factor) {
        double s = transform.getMxx();
        double next = Math.max(MIN_SCALE, Math.min(MAX_SCALE, s * factor));
        double f = next / s;
        double tx = x - (x - transform.getTx()) * f;
        double ty = y - (y - transform.getTy()) * f;
        transform.setToTransform(next, 0, tx, 0, next, ty);
        onZoom.accept(next);
    }

    private void fitOnce() {
        if (!fitted && !fills.getChildren().isEmpty()) {
            fit();
        }
    }
}
