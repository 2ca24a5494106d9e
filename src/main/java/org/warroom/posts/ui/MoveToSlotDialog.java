package org.warroom.posts.ui;

import java.time.LocalDate;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.warroom.platform.fx.WrapLabel;
import org.warroom.platform.i18n.Messages;
import org.warroom.posts.DailySlots;
import org.warroom.posts.DayCard;
import org.warroom.posts.SlotRef;

/**
 * "Move to slot…" for people who do not drag (Ctrl+M on a selected card): a day and one of the six slots. On the
 * card's own day it says at once where the post may not go and why, as the lanes do while dragging; on another day
 * the service answers after Move.
 */
final class MoveToSlotDialog {
    private MoveToSlotDialog() {
    }

    /** Dates typed and shown as people in India write them: 16/02/2027. */
    static DatePicker indianDates(DatePicker picker) {
        java.time.format.DateTimeFormatter f = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
        picker.setConverter(new javafx.util.converter.LocalDateStringConverter(f, f));
        return picker;
    }

    static Optional<SlotRef> ask(Node owner, Messages m, DayCard card, DailySlots times, DayViewModel vm) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner.getScene() == null ? null : owner.getScene().getWindow());
        String title = m.get("calendar.day.move.title", "#" + card.post().id());
        d.setTitle(title);
        d.setHeaderText(title + " — " + card.post().title());
        DatePicker date = indianDates(new DatePicker(card.post().slotDate()));
        date.setId("moveDate");
        ComboBox<Integer> slot = new ComboBox<>();
        slot.setId("moveSlot");
        for (int s = 1; s <= DailySlots.COUNT; s++) {
            slot.getItems().add(s);
        }
        slot.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer s) {
                return s == null ? "" : m.get("calendar.day.slot", String.valueOf(s), times.slot(s).time().toString());
            }

            @Override
            public Integer fromString(String s) {
                return null;
            }
        });
        slot.setValue(card.post().slotNo());
        WrapLabel why = new WrapLabel();
        why.setId("moveWhy");
        why.getStyleClass().add("form-error");
        why.setMaxWidth(420);
        GridPane grid = new GridPane(10, 8);
        grid.addRow(0, new Label(m.get("calendar.day.move.date")), date);
        grid.addRow(1, new Label(m.get("calendar.day.move.slot")), slot);
        d.getDialogPane().setContent(new VBox(10, grid, why));
        ButtonType ok = new ButtonType(m.get("calendar.day.move.ok"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().setAll(ok, new ButtonType(m.get("action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        Button okButton = (Button) d.getDialogPane().lookupButton(ok);
        okButton.setId("moveOk");
        Runnable check = () -> {
            LocalDate day = date.getValue();
            Integer s = slot.getValue();
            boolean sameDay = day != null && day.equals(vm.dateProperty().get());
            String refusal = !sameDay || s == null ? null : vm.isOwnSlot(card, s) ? m.get("calendar.day.ownSlot")
                    : vm.dropRefusal(card, s);
            why.setText(refusal == null ? "" : refusal);
            okButton.setDisable(day == null || s == null || refusal != null);
        };
        date.valueProperty().addListener((o, a, b) -> check.run());
        slot.valueProperty().addListener((o, a, b) -> check.run());
        check.run();
        d.setOnShown(e -> slot.requestFocus());
        d.getDialogPane().setPrefWidth(480);
        return d.showAndWait().filter(b -> b == ok).map(b -> new SlotRef(date.getValue(), slot.getValue()));
    }
}
