package org.warroom.posts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One row of a post's release log: its delivery to one district ({@code unitCode}) through one channel, with the
 * attempts made, the status and why, the idempotency key, the seats it went to and those left out as silent, the
 * pack's folder and the times. {@code seats}, {@code excludedSeats}, {@code targetUnits} and {@code reachUnits}
 * are comma lists as stored.
 */
public record ReleaseLogEntry(long id, long postId, long unitId, String unitCode, String channel, ReleaseStatus status,
                              int attempts, String reason, String idempotencyKey, LocalDate slotDate, int slotNo,
                              String seats, String excludedSeats, String targetUnits, String reachUnits, String packPath,
                              Instant createdAt, Instant nextAttemptAt, Instant deliverBy, Instant lastAttemptAt,
                              Instant doneAt) {

    public List<Integer> seatList() {
        return ints(seats).stream().map(Long::intValue).toList();
    }

    public List<Integer> excludedSeatList() {
        return ints(excludedSeats).stream().map(Long::intValue).toList();
    }

    public List<Long> targetUnitIds() {
        return ints(targetUnits);
    }

    public List<Long> reachUnitIds() {
        return ints(reachUnits);
    }

    static List<Long> ints(String csv) {
        List<Long> out = new ArrayList<>();
        if (csv != null) {
            for (String s : csv.split(",")) {
                if (!s.isBlank()) {
                    out.add(Long.parseLong(s.strip()));
                }
            }
        }
        return List.copyOf(out);
    }

    static String csv(java.util.Collection<? extends Number> values) {
        return String.join(",", values.stream().map(String::valueOf).toList());
    }
}
