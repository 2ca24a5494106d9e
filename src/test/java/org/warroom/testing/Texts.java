package org.warroom.testing;

import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import org.warroom.platform.fx.WrapLabel;

/** The text a user reads on a node found in a scene: a label, a wrapping label or a field. */
public final class Texts {
    private Texts() {
    }

    public static String of(Node node) {
        return switch (node) {
            case Labeled l -> l.getText();
            case WrapLabel w -> w.getText();
            case TextInputControl t -> t.getText();
            case null -> throw new IllegalArgumentException("no node");
            default -> throw new IllegalArgumentException("no text on " + node.getClass().getSimpleName());
        };
    }
}
