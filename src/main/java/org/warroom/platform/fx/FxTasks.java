package org.warroom.platform.fx;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs work off the FX thread and delivers its result on it:
 * {@code tasks.run(() -> service.load()).onSuccess(view::show).onError(view::fail).start()}.
 * Tests can build it with same-thread executors.
 */
public final class FxTasks {
    private static final Logger LOG = LoggerFactory.getLogger(FxTasks.class);

    private final Executor background;
    private final Executor fx;

    public FxTasks(Executor background, Executor fx) {
        this.background = background;
        this.fx = fx;
    }

    /** Two daemon worker threads and Platform.runLater. */
    public static FxTasks standard() {
        ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "warroom-worker");
            t.setDaemon(true);
            return t;
        });
        return new FxTasks(pool, Platform::runLater);
    }

    public <T> Builder<T> run(Callable<T> work) {
        return new Builder<>(work);
    }

    /** One piece of background work and its callbacks on the FX thread. */
    public final class Builder<T> {
        private final Callable<T> work;
        private Consumer<T> onSuccess = t -> { };
        private Consumer<Throwable> onError = e -> LOG.warn("background work failed", e);

        private Builder(Callable<T> work) {
            this.work = work;
        }

        public Builder<T> onSuccess(Consumer<T> c) {
            onSuccess = c;
            return this;
        }

        public Builder<T> onError(Consumer<Throwable> c) {
            onError = c;
            return this;
        }

        public void start() {
            background.execute(() -> {
                try {
                    T result = work.call();
                    fx.execute(() -> onSuccess.accept(result));
                } catch (Throwable e) {
                    LOG.debug("background work failed", e);
                    fx.execute(() -> onError.accept(e));
                }
            });
        }
    }
}
