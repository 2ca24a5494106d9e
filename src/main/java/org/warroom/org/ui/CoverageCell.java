package org.warroom.org.ui;

import java.util.function.ToDoubleFunction;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TreeTableCell;
import org.warroom.org.Coverage;
import org.warroom.platform.i18n.IndianFormat;

/** A share drawn as a thin bar with its percentage; red, amber or green by how good it is. */
public final class CoverageCell<S> extends TreeTableCell<S, Coverage> {
    private final ProgressBar bar = new ProgressBar();
    private final ToDoubleFunction<Coverage> rate;

    public CoverageCell(ToDoubleFunction<Coverage> rate) {
        this.rate = rate;
        bar.setPrefWidth(46);
        bar.setMinWidth(46);
        bar.setMaxHeight(10);
        setContentDisplay(ContentDisplay.LEFT);
        setGraphicTextGap(6);
    }

    @Override
    protected void updateItem(Coverage c, boolean empty) {
        super.updateItem(c, empty);
        if (empty || c == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        double r = rate.applyAsDouble(c);
        bar.setProgress(Double.isNaN(r) ? 0 : Math.min(1, r));
        bar.getStyleClass().removeAll("good", "watch", "bad");
        bar.getStyleClass().add(level(r));
        setGraphic(bar);
        setText(IndianFormat.percent(r));
    }

    /** good from 80%, watch from 50%, else bad. */
    public static String level(double r) {
        if (Double.isNaN(r)) {
            return "watch";
        }
        return r >= 0.8 ? "good" : r >= 0.5 ? "watch" : "bad";
    }
}
