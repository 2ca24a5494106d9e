package org.warroom.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.warroom.app.MainWindow;
import org.warroom.platform.fx.Fonts;

/**
 * The console's main window on screen at the benches' size, with an AnimationTimer that records the gap between
 * frames — what measures 34 and 64 compare, busy against idle. Starts the JavaFX toolkit.
 */
final class FrameGaps {
    private final List<Long> gaps = new ArrayList<>();

    private FrameGaps() {
    }

    /** Builds the window with {@code make} on the FX thread, shows it, lets {@code then} set it up, and starts recording. */
    static FrameGaps show(Supplier<MainWindow> make, Consumer<MainWindow> then) throws InterruptedException {
        FrameGaps f = new FrameGaps();
        CountDownLatch shown = new CountDownLatch(1);
        Platform.startup(() -> {
            Fonts.load();
            MainWindow window = make.get();
            Stage stage = new Stage();
            Scene scene = new Scene((javafx.scene.Parent) window.node(), 1360, 860);
            scene.getStylesheets().add(MainWindow.class.getResource("/org/warroom/app/warroom.css").toExternalForm());
            stage.setScene(scene);
            stage.show();
            then.accept(window);
            new AnimationTimer() {
                private long last;

                @Override
                public void handle(long now) {
                    if (last != 0) {
                        synchronized (f.gaps) {
                            f.gaps.add(now - last);
                        }
                    }
                    last = now;
                }
            }.start();
            shown.countDown();
        });
        shown.await();
        return f;
    }

    /** The gaps recorded since the last call, in nanoseconds. */
    List<Long> drain() {
        return Stats.drain(gaps);
    }
}
