package org.warroom.map.ui;

import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.warroom.map.MapGeometry;
import org.warroom.map.MapLayer;
import org.warroom.map.MapMeasure;
import org.warroom.map.MapService;
import org.warroom.map.MapShape;
import org.warroom.map.MapValue;
import org.warroom.map.MapValues;
import org.warroom.org.OrgService;
import org.warroom.org.UnitRow;
import org.warroom.platform.fx.FxTasks;
import org.warroom.platform.i18n.IndianFormat;
import org.warroom.platform.i18n.Messages;

/**
 * The map's state: which layer and measure are chosen, the layer's shapes and the measure's values (both loaded in
 * the background), a message when the boundaries cannot be read, and the words a hover shows.
 */
public final class MapViewModel {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(IndianFormat.IST);

    private final MapService map;
    private final OrgService org;
    private final FxTasks tasks;
    private final ObjectProperty<MapLayer> layer = new SimpleObjectProperty<>(MapLayer.ASSEMBLY);
    private final ObjectProperty<MapMeasure> measure = new SimpleObjectProperty<>(MapMeasure.COVERAGE);
    private final ReadOnlyObjectWrapper<MapGeometry> geometry = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<MapValues> values = new ReadOnlyObjectWrapper<>();
    private final StringProperty error = new SimpleStringProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private int generation;

    public MapViewModel(MapService map, OrgService org, FxTasks tasks) {
        this.map = map;
        this.org = org;
        this.tasks = tasks;
        layer.addListener((o, a, b) -> load());
        measure.addListener((o, a, b) -> refresh());
    }

    public ObjectProperty<MapLayer> layerProperty() {
        return layer;
    }

    public ObjectProperty<MapMeasure> measureProperty() {
        return measure;
    }

    /** The chosen layer's shapes; null until read, or when they cannot be read (then {@link #errorProperty()}). */
    public ReadOnlyObjectProperty<MapGeometry> geometryProperty() {
        return geometry.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<MapValues> valuesProperty() {
        return values.getReadOnlyProperty();
    }

    /** Why the map cannot be drawn (a missing or broken boundary file, a failed query), or null. */
    public StringProperty errorProperty() {
        return error;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** Reads the chosen layer's shapes (kept after the first time) and the measure's values. */
    public void load() {
        MapLayer l = layer.get();
        MapMeasure m = measure.get();
        int mine = ++generation;
        busy.set(true);
        tasks.run(() -> new Loaded(map.geometry(l), map.values(l, m))).onSuccess(r -> {
            if (mine == generation) {
                error.set(null);
                geometry.set(r.geometry);
                values.set(r.values);
                busy.set(false);
            }
        }).onError(this::failed).start();
    }

    /** Re-reads the values only (a new measure, or fresh data on the same layer). */
    public void refresh() {
        if (geometry.get() == null || geometry.get().layer() != layer.get()) {
            load();
            return;
        }
        MapLayer l = layer.get();
        MapMeasure m = measure.get();
        int mine = ++generation;
        busy.set(true);
        tasks.run(() -> map.values(l, m)).onSuccess(v -> {
            if (mine == generation) {
                values.set(v);
                busy.set(false);
            }
        }).onError(this::failed).start();
    }

    private void failed(Throwable e) {
        busy.set(false);
        geometry.set(null);
        error.set(e.getMessage() == null ? e.toString() : e.getMessage());
    }

    /** Looks the shape's unit up (off the FX thread) and hands it over; nothing happens for a unit not in the war room. */
    public void open(String code, Consumer<UnitRow> opener) {
        MapValues v = values.get();
        MapValue value = v == null ? null : v.byCode().get(code);
        if (value != null) {
            tasks.run(() -> org.unit(value.unitId())).onSuccess(r -> r.ifPresent(opener)).start();
        }
    }

    /** What a hover over the shape says: its name in the UI language, then its value for the measure. */
    public String describe(MapShape shape, Messages msg) {
        String name = (shape.number() > 0 ? shape.number() + " · " : "") + shape.name(msg.hindi());
        MapValues v = values.get();
        MapValue value = v == null ? null : v.byCode().get(shape.code());
        return name + "\n" + valueText(value, v == null ? measure.get() : v.measure(), msg);
    }

    static String valueText(MapValue value, MapMeasure m, Messages msg) {
        if (value == null) {
            return msg.get("map.notInWarRoom");
        }
        if (!value.hasData()) {
            return msg.get(m == MapMeasure.SILENCE ? "map.silence.none" : "map.noData");
        }
        return switch (m) {
            case COVERAGE -> msg.get("map.value.coverage", IndianFormat.percent(value.value()),
                    IndianFormat.number(value.part()), IndianFormat.number(value.whole()));
            case REPORTING -> msg.get("map.value.reporting", IndianFormat.percent(value.value()),
                    IndianFormat.number(value.part()), IndianFormat.number(value.whole()));
            case SILENCE -> value.silent()
                    ? msg.get("map.value.silentUntil", WHEN.format(value.silenceUntil()))
                    : msg.get("map.value.silenceFrom", WHEN.format(value.silenceFrom()));
        };
    }

    private record Loaded(MapGeometry geometry, MapValues values) { }
}
