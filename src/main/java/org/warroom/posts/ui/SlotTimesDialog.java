package org.warroom.posts.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.warroom.platform.fx.WrapLabel;
import org.warroom.platform.i18n.Messages;
import org.warroom.posts.DailySlots;
import org.warroom.posts.PostValidationException;
import org.warroom.posts.SlotTimes;

/**
 * Six fields for the six slot times (IST), checked as they are typed: Save stays off while a time is not one or the
 * order is broken, and the reason is said under the fields.
 */
final class SlotTimesDialog {
    private SlotTimesDialog() {
    }

    /** The six times as typed ("07:00,09:30,…") when the desk saves; empty when it backs out. */
    static Optional<String> ask(Node owner, Messages m, DailySlots current) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner.getScene() == null ? null : owner.getScene().getWindow());
        d.setTitle(m.get("calendar.slots.title"));
        ButtonType save = new ButtonType(m.get("calendar.slots.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(m.get("calendar.slots.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        d.getDialogPane().getButtonTypes().setAll(save, cancel);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        List<TextField> fields = new ArrayList<>();
        for (int s = 1; s <= DailySlots.COUNT; s++) {
            TextField f = new TextField(current.slot(s).time().toString());
            f.setId("slotTime" + s);
            f.setPrefColumnCount(6);
            fields.add(f);
            grid.addRow(s - 1, new Label(m.get("calendar.slot", String.valueOf(s))), f, new Label("IST"));
        }
        WrapLabel problem = new WrapLabel();
        problem.setId("slotTimesProblem");
        problem.getStyleClass().add("form-error");
        problem.setMaxWidth(340);
        WrapLabel note = new WrapLabel(m.get("calendar.slots.note"));
        note.getStyleClass().add("caption");
        note.setMaxWidth(340);
        Node saveButton = d.getDialogPane().lookupButton(save);
        Runnable check = () -> {
            try {
                SlotTimes.parse(joined(fields));
                problem.setText("");
                saveButton.setDisable(false);
            } catch (PostValidationException e) {
                problem.setText(e.getMessage());
                saveButton.setDisable(true);
            }
        };
        fields.forEach(f -> f.textProperty().addListener((o, a, b) -> check.run()));
        d.getDialogPane().setContent(new VBox(10, note, grid, problem));
        return d.showAndWait().filter(b -> b == save).map(b -> joined(fields));
    }

    private static String joined(List<TextField> fields) {
        return fields.stream().map(f -> f.getText().strip()).collect(Collectors.joining(","));
    }
}
