package org.warroom.dashboard;

import java.util.List;

/**
 * One dashboard tile: the value now ({@code part / whole} for a rate, {@code part} for a count; NaN when there is no
 * data), its colour against the thresholds and its trend. {@code bySlot} holds today's releases per slot (released
 * tile only, else empty).
 */
public record Tile(Measure measure, double value, long part, long whole, Level level, Trend trend, List<Integer> bySlot) {
    public Tile {
        bySlot = List.copyOf(bySlot);
    }

    public boolean hasData() {
        return !Double.isNaN(value);
    }
}
