package org.warroom.map;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** One measure over one layer: unit code → value; a code with no entry is not in this war room's database. */
public record MapValues(MapLayer layer, MapMeasure measure, Map<String, MapValue> byCode, Instant at) {
    public MapValues {
        byCode = Map.copyOf(byCode);
    }

    public Optional<MapValue> of(String code) {
        return Optional.ofNullable(byCode.get(code));
    }
}
