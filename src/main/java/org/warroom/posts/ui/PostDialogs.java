package org.warroom.posts.ui;

import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.warroom.operators.OperatorRole;
import org.warroom.platform.i18n.Messages;
import org.warroom.platform.fx.WrapLabel;

/** The posts screen's dialogs: a reason, the confirmations for silent seats and late release, adding an operator. */
final class PostDialogs {
    private final PostsViewModel vm;
    private Messages m;

    PostDialogs(PostsViewModel vm, Messages messages) {
        this.vm = vm;
        this.m = messages;
    }

    void setMessages(Messages messages) {
        this.m = messages;
    }

    /** Asks why (a rejection's reason is required: the writer reads it). Empty if the operator backs out. */
    Optional<String> reason(String titleKey, boolean required) {
        Dialog<String> d = new Dialog<>();
        d.setTitle(m.get(titleKey));
        d.setHeaderText(m.get(titleKey));
        TextArea reason = new TextArea();
        reason.setId("postReason");
        reason.setPrefRowCount(3);
        reason.setWrapText(true);
        reason.setPromptText(m.get(required ? "posts.reason.required" : "posts.reason.optional"));
        d.getDialogPane().setContent(new VBox(6, new Label(m.get("posts.reason.label")), reason));
        ButtonType ok = new ButtonType(m.get(titleKey), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().setAll(ok, new ButtonType(m.get("action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        Button okButton = (Button) d.getDialogPane().lookupButton(ok);
        okButton.setId("postReasonOk");
        if (required) {
            okButton.disableProperty().bind(reason.textProperty().isEmpty());
        }
        d.setResultConverter(b -> b == ok ? reason.getText() : null);
        d.setOnShown(e -> reason.requestFocus());
        return d.showAndWait();
    }

    /** A recurring series: the last day and the days of the week; the view model makes it. */
    void repeat() {
        Dialog<ButtonType> d = new Dialog<>();
        d.setTitle(m.get("posts.repeat.title"));
        d.setHeaderText(m.get("posts.repeat.header"));
        javafx.scene.control.DatePicker until = new javafx.scene.control.DatePicker();
        until.setId("repeatUntil");
        javafx.scene.layout.FlowPane days = new javafx.scene.layout.FlowPane(8, 4);
        java.util.Map<java.time.DayOfWeek, javafx.scene.control.CheckBox> boxes = new java.util.EnumMap<>(java.time.DayOfWeek.class);
        for (java.time.DayOfWeek w : java.time.DayOfWeek.values()) {
            javafx.scene.control.CheckBox c = new javafx.scene.control.CheckBox(w.getDisplayName(java.time.format.TextStyle.SHORT, m.locale()));
            c.setId("repeatDay" + w.name());
            c.setSelected(true);
            boxes.put(w, c);
            days.getChildren().add(c);
        }
        d.getDialogPane().setContent(new VBox(8, new Label(m.get("posts.repeat.until")), until, new Label(m.get("posts.repeat.days")),
                days, new org.warroom.platform.fx.WrapLabel(m.get("posts.repeat.note"))));
        ButtonType ok = new ButtonType(m.get("posts.repeat.ok"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().setAll(ok, new ButtonType(m.get("action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        Button okButton = (Button) d.getDialogPane().lookupButton(ok);
        okButton.setId("repeatOk");
        okButton.disableProperty().bind(until.valueProperty().isNull());
        d.getDialogPane().setPrefWidth(460);
        if (d.showAndWait().filter(b -> b == ok).isPresent()) {
            java.util.Set<java.time.DayOfWeek> on = java.util.EnumSet.noneOf(java.time.DayOfWeek.class);
            boxes.forEach((w, c) -> {
                if (c.isSelected()) {
                    on.add(w);
                }
            });
            vm.repeat(until.getValue(), on);
        }
    }

    /** Some seats of a wider target are silent at the slot: schedule to the rest only if the approver says so. */
    void confirmSchedule(String explanation) {
        if (confirm("posts.schedule.confirm.title", explanation, "posts.schedule.confirm.ok")) {
            vm.schedule(true, again -> vm.noticeProperty().set(Notice.refused("posts.refused", again)));
        }
    }

    /** Release now: a missed slot needs a person's decision to go late; newly silent seats need a confirmation. */
    void release() {
        boolean late = vm.selectedIsMissed();
        if (late && !confirm("posts.release.late.title", m.get("posts.release.late.text"), "posts.release.late.ok")) {
            return;
        }
        vm.release(late, false, explanation -> {
            if (confirm("posts.release.confirm.title", explanation, "posts.release.confirm.ok")) {
                vm.release(late, true, again -> vm.noticeProperty().set(Notice.refused("posts.refused", again)));
            }
        });
    }

    /** Name and role; stays open on a refusal and says why, like the volunteer dialog. */
    void addOperator(Window owner) {
        Dialog<Void> d = new Dialog<>();
        if (owner != null) {
            d.initOwner(owner);
        }
        d.setTitle(m.get("posts.operator.title"));
        d.setHeaderText(m.get("posts.operator.title"));
        TextField name = new TextField();
        name.setId("operatorName");
        ComboBox<OperatorRole> role = new ComboBox<>();
        role.setId("operatorRole");
        role.getItems().setAll(OperatorRole.values());
        role.setValue(OperatorRole.WRITER);
        role.setConverter(new StringConverter<>() {
            @Override
            public String toString(OperatorRole r) {
                return r == null ? "" : m.get("operator.role." + r.name());
            }

            @Override
            public OperatorRole fromString(String s) {
                return null;
            }
        });
        WrapLabel error = new WrapLabel();
        error.setId("operatorError");
        error.getStyleClass().add("form-error");
        error.setMaxWidth(360);
        GridPane grid = new GridPane(10, 8);
        grid.setPadding(new Insets(10));
        grid.addRow(0, new Label(m.get("posts.operator.name")), name);
        grid.addRow(1, new Label(m.get("posts.operator.role")), role);
        grid.add(error, 0, 2, 2, 1);
        d.getDialogPane().setContent(grid);
        d.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        Button ok = (Button) d.getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("operatorSave");
        ok.setText(m.get("posts.operator.add"));
        ((Button) d.getDialogPane().lookupButton(ButtonType.CANCEL)).setText(m.get("action.cancel"));
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            ok.setDisable(true);
            error.setText("");
            vm.addOperator(name.getText(), role.getValue(), added -> d.close(), reason -> {
                ok.setDisable(false);
                error.setText(reason);
                name.requestFocus();
            });
        });
        d.setResultConverter(b -> null);
        d.setOnShown(e -> name.requestFocus());
        d.show();
    }

    boolean confirm(String titleKey, String text, String okKey) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION);
        a.setTitle(m.get(titleKey));
        a.setHeaderText(m.get(titleKey));
        WrapLabel body = new WrapLabel(text);
        body.setMaxWidth(520);
        body.setId("postConfirmText");
        a.getDialogPane().setContent(body);
        ButtonType ok = new ButtonType(m.get(okKey), ButtonBar.ButtonData.OK_DONE);
        a.getButtonTypes().setAll(ok, new ButtonType(m.get("action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        ((Button) a.getDialogPane().lookupButton(ok)).setId("postConfirmOk");
        return a.showAndWait().filter(b -> b == ok).isPresent();
    }
}
