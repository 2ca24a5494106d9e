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
import org.warroom.platform.fx.WrapLabel;

/** Add or edit a volunteer. Save stays open on a refusal and says why beside the form; nothing is saved then. */
public final class VolunteerDialog extends Dialog<Volunteer> {
    private final TextField name = new TextField();
    private final TextField phone = new TextField();
    private final ComboBox<Role> role = new ComboBox<>();
    private final ComboBox<Wing> wing = new ComboBox<>();
    private final DatePicker consent = new DatePicker();
    private final CheckBox active = new CheckBox();
    private final WrapLabel error = new WrapLabel();
    private final javafx.scene.layout.VBox conflict = new javafx.scene.layout.VBox(8);
    /** The version this form started from: the opened volunteer, or the other desk's after "take theirs". */
    private Volunteer base;

    public VolunteerDialog(Messages m, VolunteersViewModel vm, UnitRow unit, Volunteer existing) {
        boolean hi = m.hindi();
        this.base = existing;
        setTitle(m.get(existing == null ? "volunteer.dialog.add" : "volunteer.dialog.edit", unit.unit().name(hi)));
        setHeaderText(m.get(existing == null ? "volunteer.dialog.add" : "volunteer.dialog.edit", unit.unit().name(hi)));
        name.setId("volunteerName");
        phone.setId("volunteerPhone");
        role.setId("volunteerRole");
        consent.setId("volunteerConsent");
        error.setId("volunteerError");
        error.getStyleClass().add("form-error");
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
            fill(existing);
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
        conflict.setId("volunteerConflict");
        conflict.setVisible(false);
        conflict.setManaged(false);
        grid.add(conflict, 0, 7, 2, 1);
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
            vm.save(base, draft, saved -> {
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
            }, merge -> showConflict(m, vm, merge, ok));
        });
        setResultConverter(b -> null);
        setOnShown(e -> name.requestFocus());
    }

    private void fill(Volunteer v) {
        name.setText(v.name());
        phone.setText(v.phone() == null ? "" : PhoneNumbers.display(v.phone()));
        role.setValue(v.role());
        wing.getItems().stream().filter(w -> w.id() == v.wingId()).findFirst().ifPresent(wing::setValue);
        consent.setValue(v.consentDate());
        active.setSelected(v.active());
    }

    /**
     * Another desk saved first: their version beside mine, field by field (mine chosen where I changed it), and
     * three ways on: keep mine, take theirs into the form, or save the choices. Nothing is lost either way.
     */
    private void showConflict(Messages m, VolunteersViewModel vm, org.warroom.people.VolunteerMerge merge, Button ok) {
        ok.setDisable(false);
        error.setText(m.get("volunteer.conflict.title"));
        GridPane rows = new GridPane(12, 6);
        rows.addRow(0, new Label(""), bold(m.get("volunteer.conflict.mine")), bold(m.get("volunteer.conflict.theirs")));
        int r = 1;
        for (var f : merge.fields()) {
            javafx.scene.control.ToggleGroup g = new javafx.scene.control.ToggleGroup();
            javafx.scene.control.RadioButton mine = new javafx.scene.control.RadioButton(show(m, f.key(), f.mine()));
            javafx.scene.control.RadioButton theirs = new javafx.scene.control.RadioButton(show(m, f.key(), f.theirs()));
            mine.setId("conflictMine-" + f.key());
            theirs.setId("conflictTheirs-" + f.key());
            mine.setToggleGroup(g);
            theirs.setToggleGroup(g);
            (f.useMine() ? mine : theirs).setSelected(true);
            g.selectedToggleProperty().addListener((o, a, b) -> f.useMine(b == mine));
            Label field = new Label(m.get("volunteer.conflict.field." + f.key()) + (f.clash() ? " ⚠" : ""));
            rows.addRow(r++, field, mine, theirs);
        }
        Button keepMine = new Button(m.get("volunteer.conflict.keepMine"));
        keepMine.setId("conflictKeepMine");
        Button takeTheirs = new Button(m.get("volunteer.conflict.takeTheirs"));
        takeTheirs.setId("conflictTakeTheirs");
        Button saveChoices = new Button(m.get("volunteer.conflict.saveChoices"));
        saveChoices.setId("conflictSaveChoices");
        Runnable save = () -> vm.saveMerged(merge, saved -> {
            setResult(saved);
            close();
        }, (field, reason) -> error.setText(reason), next -> showConflict(m, vm, next, ok));
        keepMine.setOnAction(e -> {
            merge.fields().forEach(f -> f.useMine(true));
            save.run();
        });
        saveChoices.setOnAction(e -> save.run());
        takeTheirs.setOnAction(e -> {
            base = merge.theirs();
            fill(merge.theirs());
            conflict.setVisible(false);
            conflict.setManaged(false);
            error.setText(m.get("volunteer.conflict.took"));
        });
        conflict.getChildren().setAll(rows, new javafx.scene.layout.HBox(8, keepMine, takeTheirs, saveChoices));
        conflict.setVisible(true);
        conflict.setManaged(true);
        getDialogPane().getScene().getWindow().sizeToScene();
    }

    private static Label bold(String s) {
        Label l = new Label(s);
        l.setStyle("-fx-font-weight: bold;");
        return l;
    }

    private String show(Messages m, String key, Object v) {
        if (v == null) {
            return "—";
        }
        return switch (key) {
            case "phone" -> PhoneNumbers.display(String.valueOf(v));
            case "role" -> ((Role) v).label(m.hindi());
            case "wing" -> wing.getItems().stream().filter(w -> w.id() == (Integer) v).findFirst().map(w -> w.name(m.hindi()))
                    .orElse(String.valueOf(v));
            case "consent" -> IndianFormat.date((LocalDate) v);
            case "active" -> m.get((Boolean) v ? "volunteer.conflict.yes" : "volunteer.conflict.no");
            default -> String.valueOf(v);
        };
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
