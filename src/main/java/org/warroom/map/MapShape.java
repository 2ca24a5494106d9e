package org.warroom.map;

import java.util.List;

/**
 * One projected boundary: the unit code it stands for, its names, and its rings as flat x,y arrays in map units
 * (x east, y south; the whole layer spans 0..width × 0..height).
 */
public record MapShape(String code, int number, String nameEn, String nameHi, List<double[]> rings) {
    public MapShape {
        rings = List.copyOf(rings);
    }

    public String name(boolean hindi) {
        return hindi && nameHi != null && !nameHi.isBlank() ? nameHi : nameEn;
    }

    /** Points over all rings. */
    public int points() {
        return rings.stream().mapToInt(r -> r.length / 2).sum();
    }
}
