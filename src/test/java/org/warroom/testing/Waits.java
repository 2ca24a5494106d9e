package org.warroom.testing;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.testfx.util.WaitForAsyncUtils;

/** Waits in UI tests: until a condition holds and the FX thread is idle, failing with a plain message after a time limit. */
public final class Waits {
    private Waits() {
    }

    /** Waits up to 15 s. */
    public static void until(BooleanSupplier condition) {
        until(15, condition);
    }

    public static void until(int seconds, BooleanSupplier condition) {
        until(seconds, condition, () -> "");
    }

    /** As {@link #until(int, BooleanSupplier)}; on a timeout the message says what {@code state} saw then. */
    public static void until(int seconds, BooleanSupplier condition, java.util.function.Supplier<String> state) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition::getAsBoolean);
            // the condition is read on this thread and may have held halfway through an update on the FX thread (a
            // dashboard's tiles, a saved form): let that pass finish, so what is asserted next sees all of it
            WaitForAsyncUtils.waitForFxEvents();
        } catch (TimeoutException e) {
            String seen = state.get();
            throw new AssertionError("condition not met within " + seconds + " s" + (seen.isEmpty() ? "" : "; " + seen), e);
        }
    }
}
