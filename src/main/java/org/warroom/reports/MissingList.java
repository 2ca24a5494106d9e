package org.warroom.reports;

import java.time.LocalDate;
import java.util.List;

/** Who under a unit has not reported on a day, grouped by district and mandal; {@code expected} is everyone asked. */
public record MissingList(long unitId, String unitName, LocalDate day, int expected, List<MissingGroup> groups) {
    public MissingList {
        groups = List.copyOf(groups);
    }

    public int missing() {
        return groups.stream().mapToInt(g -> g.volunteers().size()).sum();
    }
}
