package org.warroom.platform.fx;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import javafx.animation.AnimationTimer;

/**
 * Runs a few pieces of FX-thread work one per animation pulse, so that no single frame carries them all: redrawing
 * the Reports tab's four charts in one go stalled the window for 100–250 ms while reports were being imported at 500
 * a second (measure 34). A newer {@link #run} replaces the steps not yet run. FX thread only.
 */
public final class PulseSteps {
    private final Deque<Runnable> steps = new ArrayDeque<>();
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            Runnable next = steps.poll();
            if (next != null) {
                next.run();
            }
            if (steps.isEmpty()) {
                stop();
            }
        }
    };

    /** Runs the first step now and each further one at a later pulse, in order. */
    public void run(List<Runnable> work) {
        steps.clear();
        if (work.isEmpty()) {
            return;
        }
        work.getFirst().run();
        steps.addAll(work.subList(1, work.size()));
        if (!steps.isEmpty()) {
            timer.start();
        }
    }
}
