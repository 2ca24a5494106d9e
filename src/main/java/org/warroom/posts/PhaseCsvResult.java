package org.warroom.posts;

import java.util.List;

/**
 * What reading a poll calendar gave: every seat's phase, or, if any line was bad, no phases at all and every
 * problem with its line. All or nothing, because a calendar missing one seat would leave that seat unguarded.
 */
public record PhaseCsvResult(List<PollPhase> phases, List<Problem> problems) {
    /** One bad line (the header is line 1; 0 means the file as a whole). */
    public record Problem(long line, String reason) {
        /** "line 5: seat 187 is already on line 3". */
        public String message() {
            return line == 0 ? reason : "line " + line + ": " + reason;
        }
    }

    public PhaseCsvResult {
        problems = List.copyOf(problems);
        phases = problems.isEmpty() ? List.copyOf(phases) : List.of();
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    /** The silence periods of this calendar; only for a clean read. */
    public SilencePeriods silencePeriods() {
        if (!ok()) {
            throw new IllegalStateException("the poll calendar has " + problems.size() + " problems");
        }
        return new SilencePeriods(phases);
    }
}
