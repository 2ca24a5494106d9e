package org.warroom.reports.ui;

import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.warroom.platform.i18n.Messages;
import org.warroom.reports.QueuedMessage;
import org.warroom.reports.VolunteerMatch;
import org.warroom.platform.fx.WrapLabel;

/** Chooses the volunteer a queued message belongs to: its sender when known, or one found by phone or name. */
final class AttachDialog extends Dialog<Long> {
    AttachDialog(Messages m, ReportsViewModel vm, QueuedMessage q) {
        setTitle(m.get("reports.queue.attach"));
        setHeaderText(m.get("reports.queue.attachHeader", q.author() == null ? "—" : q.author()));
        TextField find = new TextField();
        find.setId("attachFind");
        find.setPromptText(m.get("reports.entry.find.prompt"));
        ListView<VolunteerMatch> found = new ListView<>();
        found.setId("attachResults");
        found.setPrefSize(460, 180);
        found.setCellFactory(l -> new VolunteerCell(m));
        WrapLabel sender = new WrapLabel(q.volunteerId() == null ? m.get("reports.queue.senderUnknown") : m.get("reports.queue.senderKnown"));
        PauseTransition debounce = new PauseTransition(Duration.millis(150));
        debounce.setOnFinished(e -> vm.findVolunteers(find.getText(), found.getItems()::setAll));
        find.textProperty().addListener((o, a, b) -> debounce.playFromStart());
        if (q.volunteerId() == null && q.author() != null && !q.author().startsWith("+")) {
            find.setText(q.author());
        }
        VBox box = new VBox(8, sender, find, found);
        box.setPadding(new Insets(10));
        getDialogPane().setContent(box);
        ButtonType ok = new ButtonType(m.get("reports.queue.attach"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(ok, ButtonType.CANCEL);
        Button go = (Button) getDialogPane().lookupButton(ok);
        go.setId("attachGo");
        go.disableProperty().bind(found.getSelectionModel().selectedItemProperty().isNull()
                .and(javafx.beans.binding.Bindings.createBooleanBinding(() -> q.volunteerId() == null)));
        setResultConverter(b -> {
            if (b != ok) {
                return null;
            }
            VolunteerMatch v = found.getSelectionModel().getSelectedItem();
            return v != null ? v.volunteerId() : q.volunteerId();
        });
    }
}
