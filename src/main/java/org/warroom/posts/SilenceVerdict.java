package org.warroom.posts;

import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.warroom.platform.i18n.IndianFormat;

/** The seats a post targets that are in their silence period, each with its window; empty means the post may go. */
public record SilenceVerdict(Set<Integer> silent, Map<Integer, Interval> windows) {
    /** Nothing silent. */
    public static final SilenceVerdict NONE = new SilenceVerdict(Set.of(), Map.of());
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(IndianFormat.IST);

    public SilenceVerdict {
        SortedSet<Integer> s = Collections.unmodifiableSortedSet(new TreeSet<>(silent));
        SortedMap<Integer, Interval> w = Collections.unmodifiableSortedMap(new TreeMap<>(windows));
        if (!s.equals(w.keySet())) {
            throw new IllegalArgumentException("every silent seat needs its window, and only those");
        }
        silent = s;
        windows = w;
    }

    /** True when no targeted seat is silent. */
    public boolean clear() {
        return silent.isEmpty();
    }

    /**
     * For the composer and the approver: "Silence period (RP Act s.126) in seats 187, 188: from 18/02/2027 18:00
     * until 20/02/2027 18:00 IST." Seats sharing a window are listed together.
     */
    public String message() {
        if (clear()) {
            return "No targeted seat is in its silence period.";
        }
        Map<Interval, TreeSet<Integer>> byWindow = new TreeMap<>((a, b) -> a.start().compareTo(b.start()));
        windows.forEach((seat, w) -> byWindow.computeIfAbsent(w, k -> new TreeSet<>()).add(seat));
        String parts = byWindow.entrySet().stream()
                .map(e -> (e.getValue().size() == 1 ? "seat " : "seats ")
                        + e.getValue().stream().map(String::valueOf).collect(Collectors.joining(", "))
                        + ": from " + WHEN.format(e.getKey().start()) + " until " + WHEN.format(e.getKey().end()) + " IST")
                .collect(Collectors.joining("; "));
        return "Silence period (RP Act s.126) in " + parts + ".";
    }
}
