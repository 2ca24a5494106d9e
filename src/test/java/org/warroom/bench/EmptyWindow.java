package org.warroom.bench;

import java.lang.management.ManagementFactory;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The startup baseline: an empty JavaFX window of the console's size, launched the way the console is, printing
 * the same marker ({@code TREE_READY <ms since JVM start>}) once it is shown.
 */
public final class EmptyWindow {
    private EmptyWindow() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** The window itself; {@link EmptyWindow} is the launcher, as the console's Main is. */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            Scene scene = new Scene(new StackPane(new Label("War Room Console")), 1360, 860);
            stage.setTitle("empty");
            stage.setScene(scene);
            // printed at the same moment as the console's marker: the content is in place, the next pulse paints it
            stage.setOnShown(e -> System.err.println("TREE_READY " + (System.currentTimeMillis()
                    - ManagementFactory.getRuntimeMXBean().getStartTime())));
            stage.show();
        }
    }
}
