package org.warroom.posts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which assembly seats are in their silence period at a given moment (Representation of the People Act, 1951,
 * s.126: no election matter in a constituency in the 48 hours ending with the hour fixed for the close of its
 * poll). Polls run in phases, so seats fall silent at different times. Each seat's window is [close − 48 h, close).
 * A seat without a poll phase has no poll scheduled and is never silent. Built once from the poll calendar and
 * immutable; a check does binary searches over sorted arrays, so it is cheap enough to run on every keystroke.
 */
public final class SilencePeriods {
    private final int[] seats;
    private final Interval[] windows;
    // the distinct windows by start; all are 48 h long, so sorted by end as well
    private final Instant[] starts;
    private final Instant[] ends;

    /** @throws IllegalArgumentException if a seat appears twice */
    public SilencePeriods(Collection<PollPhase> phases) {
        List<PollPhase> sorted = new ArrayList<>(phases);
        sorted.sort(Comparator.comparingInt(PollPhase::acNo));
        seats = new int[sorted.size()];
        windows = new Interval[sorted.size()];
        TreeMap<Instant, Instant> distinct = new TreeMap<>();
        for (int i = 0; i < seats.length; i++) {
            PollPhase p = sorted.get(i);
            if (i > 0 && seats[i - 1] == p.acNo()) {
                throw new IllegalArgumentException("seat " + p.acNo() + " has two poll phases");
            }
            seats[i] = p.acNo();
            windows[i] = p.silence();
            distinct.put(windows[i].start(), windows[i].end());
        }
        starts = distinct.keySet().toArray(Instant[]::new);
        ends = distinct.values().toArray(Instant[]::new);
    }

    public boolean isSilent(int acNo, Instant at) {
        int i = Arrays.binarySearch(seats, acNo);
        return i >= 0 && windows[i].contains(at);
    }

    /** The seat's silence window, if it has a poll phase. */
    public Optional<Interval> window(int acNo) {
        int i = Arrays.binarySearch(seats, acNo);
        return i >= 0 ? Optional.of(windows[i]) : Optional.empty();
    }

    /** Every seat silent at {@code at}, in ascending order. */
    public List<Integer> silentSeats(Instant at) {
        if (!anySilent(at)) {
            return List.of();
        }
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < seats.length; i++) {
            if (windows[i].contains(at)) {
                out.add(seats[i]);
            }
        }
        return List.copyOf(out);
    }

    /** Which of the seats a post targets are silent at {@code at}, each with its window. */
    public SilenceVerdict check(Set<Integer> targetSeats, Instant at) {
        if (!anySilent(at)) {
            return SilenceVerdict.NONE;
        }
        TreeSet<Integer> silent = new TreeSet<>();
        TreeMap<Integer, Interval> found = new TreeMap<>();
        for (int acNo : targetSeats) {
            int i = Arrays.binarySearch(seats, acNo);
            if (i >= 0 && windows[i].contains(at)) {
                silent.add(acNo);
                found.put(acNo, windows[i]);
            }
        }
        return silent.isEmpty() ? SilenceVerdict.NONE : new SilenceVerdict(silent, found);
    }

    /** The distinct silence windows (one per polling phase), earliest first. */
    public List<Interval> phases() {
        List<Interval> out = new ArrayList<>();
        for (int i = 0; i < starts.length; i++) {
            out.add(new Interval(starts[i], ends[i]));
        }
        return List.copyOf(out);
    }

    /** Whether any seat at all is silent: outside election weeks every check ends here. */
    private boolean anySilent(Instant at) {
        int i = Arrays.binarySearch(starts, at);
        int last = i >= 0 ? i : -i - 2;   // the last window starting at or before {@code at}
        // windows are equally long, so if this one has ended, every earlier one has too
        return last >= 0 && at.isBefore(ends[last]);
    }

    /** The number of seats with a poll phase. */
    public int size() {
        return seats.length;
    }
}
