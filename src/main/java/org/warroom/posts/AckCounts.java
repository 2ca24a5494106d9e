package org.warroom.posts;

import java.time.LocalDate;

/**
 * How many volunteers under a unit acknowledged forwarding a slot on a day: the reports' roll-up, handed in by
 * whoever wires the services, so that posts does not reach into reports.
 */
@FunctionalInterface
public interface AckCounts {
    AckCounts NONE = (unitId, day, slotNo) -> 0;

    int count(long unitId, LocalDate day, int slotNo);
}
