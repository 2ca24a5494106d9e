package org.warroom.map;

import java.util.List;

/** A layer's shapes, projected once, and the extent they span in map units. */
public record MapGeometry(MapLayer layer, List<MapShape> shapes, double width, double height) {
    public MapGeometry {
        shapes = List.copyOf(shapes);
    }

    public int points() {
        return shapes.stream().mapToInt(MapShape::points).sum();
    }
}
