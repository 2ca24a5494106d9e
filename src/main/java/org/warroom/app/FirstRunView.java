package org.warroom.app;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import org.warroom.platform.i18n.Messages;
import org.warroom.platform.fx.WrapLabel;

/** Shown while the first demo database is built: what is happening, and that the people in it are synthetic. */
final class FirstRunView {
    private final VBox box = new VBox(14);
    private final ProgressBar bar = new ProgressBar(0);
    private final Label what = new Label();

    FirstRunView(Messages m, String folder) {
        Label title = new Label(m.get("firstRun.title"));
        title.getStyleClass().add("details-title");
        WrapLabel body = new WrapLabel(m.get("firstRun.body", folder));
        body.setMaxWidth(640);
        WrapLabel synthetic = new WrapLabel(m.get("firstRun.synthetic"));
        synthetic.getStyleClass().add("demo-badge");
        synthetic.setMaxWidth(640);
        bar.setPrefWidth(520);
        bar.setId("firstRunProgress");
        box.getChildren().setAll(title, body, synthetic, bar, what);
        box.setAlignment(Pos.CENTER);
        box.setPadding(new Insets(40));
    }

    Parent node() {
        return box;
    }

    void progress(double fraction, String text) {
        bar.setProgress(fraction);
        what.setText(text);
    }
}
