package org.warroom.cli;

import java.io.PrintStream;
import java.util.function.BiConsumer;

/** A progress bar on the terminal (a line per tenth when the output is not a terminal, as in CI logs). */
final class Progress implements BiConsumer<Long, Long> {
    private final PrintStream err;
    private final String label;
    private final boolean tty = System.console() != null;
    private int lastShown = -1;

    Progress(PrintStream err, String label) {
        this.err = err;
        this.label = label;
    }

    @Override
    public void accept(Long done, Long total) {
        int pct = total == 0 ? 100 : (int) Math.min(100, done * 100 / total);
        if (tty) {
            if (pct != lastShown) {
                int bars = pct / 4;
                err.print("\r" + label + " [" + "#".repeat(bars) + " ".repeat(25 - bars) + "] " + pct + "%");
                err.flush();
            }
        } else if (pct / 10 != lastShown / 10 || lastShown < 0) {
            err.println(label + " " + pct + "%");
        }
        lastShown = pct;
    }

    void done() {
        if (tty) {
            err.println();
        }
    }
}
