package org.warroom.platform.fx;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;

/** Work that waits for a node to have been laid out on screen. FX thread only. */
public final class Pulses {
    private Pulses() {
    }

    /**
     * Runs {@code then} once, after the next pulse has laid out {@code node}'s scene (after CSS and layout, before
     * the frame is drawn); a node not yet in a scene waits until it is in one.
     */
    public static void afterNextLayout(Node node, Runnable then) {
        if (node.getScene() != null) {
            once(node.getScene(), then);
            return;
        }
        node.sceneProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Scene> o, Scene was, Scene now) {
                if (now != null) {
                    node.sceneProperty().removeListener(this);
                    once(now, then);
                }
            }
        });
    }

    private static void once(Scene scene, Runnable then) {
        Runnable listener = new Runnable() {
            private boolean done;

            @Override
            public void run() {
                if (!done) {
                    done = true;
                    // removed after the pulse: the scene is going through its listeners now
                    Platform.runLater(() -> scene.removePostLayoutPulseListener(this));
                    then.run();
                }
            }
        };
        scene.addPostLayoutPulseListener(listener);
        Platform.requestNextPulse();
    }
}
