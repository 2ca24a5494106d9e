package org.warroom.platform.fx;

import javafx.beans.value.ObservableBooleanValue;

/**
 * Drawing that only matters while a view is on screen (a tab's content): done at once while it is shown, otherwise
 * kept — the newest only — and done when the view comes into view. During an import the Reports tab's charts reload
 * three times a second and its missing list every second; behind another tab that work was for nobody (measure 34).
 * Until {@link #follow} is called the view counts as shown. FX thread only.
 */
public final class WhenShown {
    private ObservableBooleanValue showing;
    private Runnable pending;

    /** Follows whether the view is on screen, e.g. its tab's selected property. */
    public void follow(ObservableBooleanValue on) {
        this.showing = on;
        on.addListener((o, was, now) -> {
            if (now && pending != null) {
                Runnable work = pending;
                pending = null;
                work.run();
            }
        });
    }

    /** Runs {@code work} now when the view is shown, else when it is next shown (replacing work kept before). */
    public void run(Runnable work) {
        if (showing != null && !showing.get()) {
            pending = work;
            return;
        }
        pending = null;
        work.run();
    }
}
