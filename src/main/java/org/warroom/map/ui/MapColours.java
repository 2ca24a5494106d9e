package org.warroom.map.ui;

import java.util.List;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.paint.ImagePattern;
import javafx.scene.paint.Paint;
import org.warroom.map.MapMeasure;
import org.warroom.map.MapValue;
import org.warroom.platform.i18n.Messages;

/**
 * How a value is painted: shares on a red–amber–green scale (the tree's bands: under 50 % bad, 80 % and up good),
 * silence in hatching, days until silence in warm to cool steps; grey for a unit with nothing to measure and a
 * paler grey for one the war room does not hold — never a colour that looks like a real zero.
 */
public final class MapColours {
    public static final Color NOT_IN_WAR_ROOM = Color.web("#eceff1");
    public static final Color NO_DATA = Color.web("#a7adb3");
    private static final Color LOW = Color.web("#d73027");
    private static final Color MID = Color.web("#fdae61");
    private static final Color HIGH = Color.web("#1a9850");
    private static final Color SOON = Color.web("#fc8d59");
    private static final Color WEEK = Color.web("#fee08b");
    private static final Color LATER = Color.web("#91bfdb");
    /** Red stripes on white: silent now. */
    public static final Paint SILENT = hatch();

    private MapColours() {
    }

    /** @param value null when the unit is not in this war room */
    public static Paint fill(MapValue value, MapMeasure measure) {
        if (value == null) {
            return NOT_IN_WAR_ROOM;
        }
        if (!value.hasData()) {
            return NO_DATA;
        }
        if (measure == MapMeasure.SILENCE) {
            return value.silent() ? SILENT : value.value() <= 2 ? SOON : value.value() <= 7 ? WEEK : LATER;
        }
        return scale(value.value());
    }

    /** 0 → red, 0.5 → amber, 1 → green. */
    public static Color scale(double share) {
        double s = Math.max(0, Math.min(1, share));
        return s < 0.5 ? LOW.interpolate(MID, s * 2) : MID.interpolate(HIGH, (s - 0.5) * 2);
    }

    /** One legend row: a swatch and its words. */
    public record Entry(Paint paint, String text) { }

    /** The legend for a measure, in the UI language. */
    public static List<Entry> legend(MapMeasure measure, Messages m) {
        List<Entry> tail = List.of(new Entry(NO_DATA, m.get(measure == MapMeasure.SILENCE ? "map.silence.none" : "map.noData")),
                new Entry(NOT_IN_WAR_ROOM, m.get("map.notInWarRoom")));
        List<Entry> head = measure == MapMeasure.SILENCE
                ? List.of(new Entry(SILENT, m.get("map.legend.silent")), new Entry(SOON, m.get("map.legend.soon")),
                new Entry(WEEK, m.get("map.legend.week")), new Entry(LATER, m.get("map.legend.later")))
                : List.of(new Entry(scale(1), "100%"), new Entry(scale(0.8), "80%"), new Entry(scale(0.5), "50%"),
                new Entry(scale(0.25), "25%"), new Entry(scale(0), "0%"));
        return java.util.stream.Stream.concat(head.stream(), tail.stream()).toList();
    }

    private static Paint hatch() {
        int n = 8;
        WritableImage img = new WritableImage(n, n);
        PixelWriter w = img.getPixelWriter();
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                w.setColor(x, y, (x + y) % n < 3 ? Color.web("#b2182b") : Color.web("#fddbc7"));
            }
        }
        return new ImagePattern(img, 0, 0, n / 2.0, n / 2.0, false);
    }
}
