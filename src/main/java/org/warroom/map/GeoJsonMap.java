package org.warroom.map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a GeoJSON FeatureCollection of polygons (WGS84) into projected shapes: equirectangular with the longitude
 * scaled by cos(mid-latitude), which at Uttar Pradesh's size (about 6° of latitude) keeps shapes true within a few
 * percent. Points closer than {@link #TOLERANCE} map units to the last one kept are dropped. Every problem is a
 * {@link MapDataException} that names the file.
 */
public final class GeoJsonMap {
    /** Width of the projected layer in map units. */
    public static final double WIDTH = 1000;
    /** Points nearer than this to the previous kept point are dropped (0.25 of a pixel at the fitted size). */
    static final double TOLERANCE = 0.25;

    private GeoJsonMap() {
    }

    /** @param hindiNames Hindi names by unit code (may lack some: the English name is then shown) */
    public static MapGeometry read(InputStream in, String file, MapLayer layer, Map<String, String> hindiNames) {
        if (in == null) {
            throw new MapDataException("The boundary file " + file + " is missing, so the map cannot be drawn.");
        }
        JsonNode root;
        try (in) {
            root = new ObjectMapper().readTree(in);
        } catch (JsonProcessingException e) {
            throw new MapDataException("The boundary file " + file + " is not valid JSON (line "
                    + (e.getLocation() == null ? "?" : e.getLocation().getLineNr()) + "): " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new MapDataException("The boundary file " + file + " could not be read: " + e.getMessage(), e);
        }
        JsonNode features = root == null ? null : root.get("features");
        if (features == null || !features.isArray() || features.isEmpty()) {
            throw new MapDataException("The boundary file " + file + " has no features: it is not a GeoJSON FeatureCollection of polygons.");
        }
        try {
            return project(features, layer, hindiNames);
        } catch (MapDataException e) {
            throw new MapDataException("The boundary file " + file + " cannot be used: " + e.getMessage(), e);
        }
    }

    private record Raw(String code, int number, String name, List<double[]> rings) { }

    private static MapGeometry project(JsonNode features, MapLayer layer, Map<String, String> hindiNames) {
        List<Raw> raws = new ArrayList<>();
        double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (JsonNode f : features) {
            JsonNode props = f.get("properties");
            JsonNode geom = f.get("geometry");
            if (props == null || geom == null || !geom.has("coordinates")) {
                throw new MapDataException("feature " + (raws.size() + 1) + " has no properties or no geometry");
            }
            List<double[]> rings = new ArrayList<>();
            String type = geom.path("type").asText();
            switch (type) {
                case "Polygon" -> polygon(geom.get("coordinates"), rings, box);
                case "MultiPolygon" -> geom.get("coordinates").forEach(p -> polygon(p, rings, box));
                default -> throw new MapDataException("feature " + (raws.size() + 1) + " is a " + type + ", not a polygon");
            }
            String code = layer.code(props);
            if (raws.stream().anyMatch(r -> r.code.equals(code))) {
                throw new MapDataException("feature " + (raws.size() + 1) + " repeats " + code);
            }
            raws.add(new Raw(code, layer.number(props), layer.name(props), rings));
        }
        if (!(box[2] > box[0] && box[3] > box[1])) {
            throw new MapDataException("the features have no coordinates that cover an area");
        }
        double midLat = Math.toRadians((box[1] + box[3]) / 2);
        double xScale = Math.cos(midLat);
        double k = WIDTH / ((box[2] - box[0]) * xScale);
        double height = (box[3] - box[1]) * k;
        List<MapShape> shapes = new ArrayList<>(raws.size());
        for (Raw r : raws) {
            List<double[]> rings = new ArrayList<>(r.rings.size());
            for (double[] lonLat : r.rings) {
                double[] xy = simplify(lonLat, box[0], box[3], xScale * k, k);
                if (xy.length >= 6) {
                    rings.add(xy);
                }
            }
            shapes.add(new MapShape(r.code, r.number, r.name, hindiNames.get(r.code), rings));
        }
        return new MapGeometry(layer, shapes, WIDTH, height);
    }

    private static void polygon(JsonNode rings, List<double[]> out, double[] box) {
        if (rings == null || !rings.isArray()) {
            throw new MapDataException("a polygon has no rings");
        }
        for (JsonNode ring : rings) {
            double[] pts = new double[ring.size() * 2];
            int i = 0;
            for (JsonNode p : ring) {
                double lon = p.path(0).asDouble(Double.NaN);
                double lat = p.path(1).asDouble(Double.NaN);
                if (!(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90)) {
                    throw new MapDataException("a point is not a longitude, latitude pair: " + p);
                }
                pts[i++] = lon;
                pts[i++] = lat;
                box[0] = Math.min(box[0], lon);
                box[1] = Math.min(box[1], lat);
                box[2] = Math.max(box[2], lon);
                box[3] = Math.max(box[3], lat);
            }
            out.add(pts);
        }
    }

    /** Projects a ring and drops points within the tolerance of the last kept one (the last point is always kept). */
    private static double[] simplify(double[] lonLat, double lon0, double lat0, double kx, double ky) {
        double[] out = new double[lonLat.length];
        int n = 0;
        double lastX = Double.NaN;
        double lastY = Double.NaN;
        for (int i = 0; i < lonLat.length; i += 2) {
            double x = (lonLat[i] - lon0) * kx;
            double y = (lat0 - lonLat[i + 1]) * ky;
            boolean last = i == lonLat.length - 2;
            if (n == 0 || last || Math.hypot(x - lastX, y - lastY) >= TOLERANCE) {
                out[n++] = x;
                out[n++] = y;
                lastX = x;
                lastY = y;
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }
}
