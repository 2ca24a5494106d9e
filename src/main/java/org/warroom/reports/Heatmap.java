package org.warroom.reports;

import java.time.LocalDate;
import java.util.List;

/** Children of a unit × days: {@code rates.get(row).get(col)} is child row's reporting rate on day col (NaN: none expected). */
public record Heatmap(List<UnitRate> children, List<LocalDate> days, List<List<Double>> rates) {
    public Heatmap {
        children = List.copyOf(children);
        days = List.copyOf(days);
        rates = rates.stream().map(List::copyOf).toList();
    }
}
