package org.warroom.people.ui;

import java.time.LocalDate;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;
import org.warroom.org.UnitRow;
import org.warroom.people.PhoneNumbers;
import org.warroom.people.Role;
import org.warroom.people.Volunteer;
import org.warroom.people.VolunteerDraft;
import org.warroom.people.Wing;
import org.warroom.platform.i18n.IndianFormat;
import org.warroom.platform.i18n.Messages;

/** Add or edit a volunteer. Save stays open on a refusal and says why beside the form; nothing is saved then. */
public final class VolunteerDialog extends Dialog<Volunteer> {
    private final TextField name = new TextField();
    private final TextField phone = new TextField();
    private final ComboBox<Role> role = new ComboBox<>();
    private final ComboBox<Wing> wing = new ComboBox<>();
    private final DatePicker consent = new DatePicker();
    private final CheckBox active = new CheckBox();
    private final Label error = new Label();

    public VolunteerDialog(Messages m, VolunteersViewModel vm, UnitRow unit, Volunteer existing) {
        boolean hi = m.hindi();
        setTitle(m.get(existing == null ? "volunteer.dialog.add" : "volunteer.dialog.edit", unit.unit().name(hi)));
        setHeaderText(m.get(existing == null ? "volunteer.dialog.add" : "volunteer.dialog.edit", unit.unit().name(hi)));
        name.setId("volunteerName");
        phone.setId("volunteerPhone");
        role.setId("volunteerRole");
        consent.setId("volunteerConsent");
        error.setId("volunteerError");
        error.getStyleClass().add("form-error");
        error.setWrapText(true);
        error.setMaxWidth(380);
        phone.setPromptText("98765 43210");
        name.setPromptText(m.get("volunteer.name.prompt"));
        for (Role r : Role.values()) {
            if (r.fits(unit.unit().kind())) {
                role.getItems().add(r);
            }
        }
        role.setConverter(converter(r -> r.label(hi)));
        wing.getItems().setAll(vm.wings());
        wing.setConverter(converter(w -> w.name(hi)));
        wing.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(Wing w, boolean empty) {
                super.updateItem(w, empty);
                setText(empty || w == null ? null : w.name(hi));
            }
        });
        consent.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate d) {
                return d == null ? "" : IndianFormat.date(d);
            }

            @Override
            public LocalDate fromString(String s) {
                try {
                    return s == null || s.isBlank() ? null : IndianFormat.parseDate(s);
                } catch (RuntimeException e) {
                    return null;
                }
            }
        });
        active.setText(m.get("volunteer.active"));
        if (existing != null) {
            name.setText(existing.name());
            phone.setText(existing.phone() == null ? "" : PhoneNumbers.display(existing.phone()));
            role.setValue(existing.role());
            wing.getItems().stream().filter(w -> w.id() == existing.wingId()).findFirst().ifPresent(wing::setValue);
            consent.setValue(existing.consentDate());
            active.setSelected(existing.active());
        } else {
            role.setValue(Role.defaultFor(unit.unit().kind()));
            wing.getItems().stream().findFirst().ifPresent(wing::setValue);
            consent.setValue(LocalDate.now());
            active.setSelected(true);
        }
        GridPane grid = new GridPane(10, 8);
        grid.setPadding(new Insets(10));
        grid.addRow(0, new Label(m.get("volunteer.name")), name);
        grid.addRow(1, new Label(m.get("volunteer.phone")), phone);
        grid.addRow(2, new Label(m.get("volunteer.role")), role);
        grid.addRow(3, new Label(m.get("volunteer.wing")), wing);
        grid.addRow(4, new Label(m.get("volunteer.consent")), consent);
        grid.add(active, 1, 5);
        grid.add(error, 0, 6, 2, 1);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        Button ok = (Button) getDialogPane().lookupButton(ButtonType.OK);
        ok.setText(m.get("action.save"));
        ok.setId("volunteerSave");
        ((Button) getDialogPane().lookupButton(ButtonType.CANCEL)).setText(m.get("action.cancel"));
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            ok.setDisable(true);
            error.setText(m.get("volunteer.saving"));
            Wing w = wing.getValue();
            VolunteerDraft draft = new VolunteerDraft(unit.unit().id(), name.getText().strip(), phone.getText(),
                    role.getValue(), w == null ? 1 : w.id(), consent.getValue(), active.isSelected());
            vm.save(existing, draft, saved -> {
                setResult(saved);
                close();
            }, (field, reason) -> {
                ok.setDisable(false);
                error.setText(reason);
                switch (field) {
                    case "phone" -> phone.requestFocus();
                    case "name" -> name.requestFocus();
                    case "role" -> role.requestFocus();
                    case "consent" -> consent.requestFocus();
                    default -> { }
                }
            });
        });
        setResultConverter(b -> null);
        setOnShown(e -> name.requestFocus());
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> f) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : f.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
