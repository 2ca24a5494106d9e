package org.warroom.people.ui;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.warroom.org.UnitKind;
import org.warroom.org.UnitRow;
import org.warroom.people.BroadcastList;
import org.warroom.people.Volunteer;
import org.warroom.people.WhatsAppGroup;
import org.warroom.people.Wing;
import org.warroom.platform.i18n.IndianFormat;
import org.warroom.platform.i18n.Messages;

/** Volunteers of the selected unit with add, edit and (de)activate; the booth's group; the seat's broadcast lists. */
public final class VolunteersPane {
    private final VolunteersViewModel vm;
    private final VBox box = new VBox(8);
    private final TableView<Volunteer> table = new TableView<>();
    private final Label title = new Label();
    private final Label groupLabel = new Label();
    private final Label message = new Label();
    private final Button add = new Button();
    private final Button edit = new Button();
    private final Button toggle = new Button();
    private final Button group = new Button();
    private final Button addList = new Button();
    private final Button importFile = new Button();
    private final TableView<BroadcastList> listTable = new TableView<>();
    private Messages m;

    public VolunteersPane(VolunteersViewModel vm, Messages messages) {
        this.vm = vm;
        this.m = messages;
        table.setId("volunteersTable");
        table.setFixedCellSize(26);
        table.setPrefHeight(220);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setItems(vm.volunteers());
        table.setRowFactory(t -> {
            TableRow<Volunteer> row = new TableRow<>() {
                @Override
                protected void updateItem(Volunteer v, boolean empty) {
                    super.updateItem(v, empty);
                    getStyleClass().remove("inactive");
                    if (!empty && v != null && !v.active()) {
                        getStyleClass().add("inactive");
                    }
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    openDialog(row.getItem());
                }
            });
            return row;
        });
        listTable.setFixedCellSize(26);
        listTable.setPrefHeight(150);
        listTable.setItems(vm.lists());
        listTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        add.setId("addVolunteer");
        edit.setId("editVolunteer");
        add.setOnAction(e -> openDialog(null));
        edit.setOnAction(e -> Optional.ofNullable(table.getSelectionModel().getSelectedItem()).ifPresent(this::openDialog));
        toggle.setOnAction(e -> Optional.ofNullable(table.getSelectionModel().getSelectedItem())
                .ifPresent(v -> vm.setActive(v, !v.active())));
        edit.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        toggle.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        group.setOnAction(e -> editGroup());
        addList.setOnAction(e -> newList());
        importFile.setId("importVolunteers");
        importFile.setOnAction(e -> chooseFile());
        title.getStyleClass().add("section-title");
        message.getStyleClass().add("form-error");
        message.textProperty().bind(vm.messageProperty());
        vm.groupProperty().addListener((o, a, g) -> showGroup(g));
        vm.unitProperty().addListener((o, a, u) -> layout());
        setMessages(messages);
    }

    public Node node() {
        return box;
    }

    public void setMessages(Messages messages) {
        this.m = messages;
        boolean hi = m.hindi();
        add.setText(m.get("volunteer.add"));
        edit.setText(m.get("volunteer.edit"));
        toggle.setText(m.get("volunteer.toggleActive"));
        group.setText(m.get("group.edit"));
        addList.setText(m.get("lists.add"));
        importFile.setText(m.get("import.button"));
        TableColumn<Volunteer, String> name = col(m.get("volunteer.name"), Volunteer::name);
        TableColumn<Volunteer, String> phone = col(m.get("volunteer.phone"), Volunteer::maskedPhone);
        TableColumn<Volunteer, String> role = col(m.get("volunteer.role"), v -> v.role().label(hi));
        TableColumn<Volunteer, String> wing = col(m.get("volunteer.wing"), v -> vm.wings().stream()
                .filter(w -> w.id() == v.wingId()).findFirst().map(w -> w.name(hi)).orElse(""));
        TableColumn<Volunteer, String> consent = col(m.get("volunteer.consent"), v -> IndianFormat.date(v.consentDate()));
        TableColumn<Volunteer, String> active = col(m.get("volunteer.status"),
                v -> m.get(v.active() ? "volunteer.status.active" : "volunteer.status.inactive")
                        + (v.synthetic() ? " · " + m.get("volunteer.synthetic") : ""));
        table.getColumns().setAll(List.of(name, phone, role, wing, consent, active));
        TableColumn<BroadcastList, String> lname = new TableColumn<>(m.get("lists.name"));
        lname.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        TableColumn<BroadcastList, String> lmembers = new TableColumn<>(m.get("lists.members"));
        lmembers.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().members() + " / " + BroadcastList.MAX_MEMBERS));
        listTable.getColumns().setAll(List.of(lname, lmembers));
        showGroup(vm.groupProperty().get());
        layout();
    }

    private TableColumn<Volunteer, String> col(String title, java.util.function.Function<Volunteer, String> f) {
        TableColumn<Volunteer, String> c = new TableColumn<>(title);
        c.setCellValueFactory(v -> new ReadOnlyStringWrapper(f.apply(v.getValue())));
        return c;
    }

    private void layout() {
        UnitRow u = vm.unitProperty().get();
        if (u == null) {
            box.getChildren().clear();
            return;
        }
        UnitKind kind = u.unit().kind();
        title.setText(m.get("volunteer.title"));
        // wrapped: the sentence is longer than the table is wide in English
        org.warroom.platform.fx.WrapLabel none = new org.warroom.platform.fx.WrapLabel(
                m.get(kind == UnitKind.BOOTH ? "volunteer.none.booth" : "volunteer.none"));
        none.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        none.setPadding(new javafx.geometry.Insets(12));
        table.setPlaceholder(none);
        box.getChildren().setAll(title, new HBox(8, add, edit, toggle, importFile), message, table);
        if (kind == UnitKind.BOOTH) {
            box.getChildren().addAll(new HBox(10, groupLabel, group));
        }
        if (kind == UnitKind.ASSEMBLY) {
            Label lt = new Label(m.get("lists.title"));
            lt.getStyleClass().add("section-title");
            box.getChildren().addAll(lt, addList, listTable);
        }
        add.setDisable(kind == UnitKind.SECTOR || kind == UnitKind.LOK_SABHA);
    }

    private void showGroup(Optional<WhatsAppGroup> g) {
        groupLabel.setId("groupLabel");
        groupLabel.setText(g == null || g.isEmpty() ? m.get("group.none")
                : m.get("group.members", IndianFormat.number(g.get().members()), IndianFormat.number(g.get().target())));
    }

    /** Ctrl+N: the add form for the selected unit, where volunteers can be added. */
    public void addVolunteer() {
        if (!add.isDisabled() && vm.unitProperty().get() != null) {
            openDialog(null);
        }
    }

    private void openDialog(Volunteer existing) {
        UnitRow u = vm.unitProperty().get();
        if (u == null) {
            return;
        }
        VolunteerDialog d = new VolunteerDialog(m, vm, u, existing);
        d.initOwner(box.getScene() == null ? null : box.getScene().getWindow());
        d.show();
    }

    private void chooseFile() {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle(m.get("import.title"));
        chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter("CSV", "*.csv", "*.CSV", "*.txt"));
        java.io.File f = chooser.showOpenDialog(box.getScene() == null ? null : box.getScene().getWindow());
        if (f != null) {
            importFile(f.toPath());
        }
    }

    /** Opens the preview for a file (from the chooser or dropped on the window). */
    public void importFile(java.nio.file.Path file) {
        VolunteerImportDialog d = new VolunteerImportDialog(m, vm, file);
        d.initOwner(box.getScene() == null ? null : box.getScene().getWindow());
        d.setOnHidden(e -> {
            if (d.getResult() != null) {
                vm.messageProperty().set(d.getResult().summary());
            }
        });
        d.show();
    }

    private void editGroup() {
        Optional<WhatsAppGroup> g = vm.groupProperty().get();
        TextInputDialog d = new TextInputDialog(g.map(x -> String.valueOf(x.members())).orElse("0"));
        d.setHeaderText(m.get("group.askMembers"));
        d.initOwner(box.getScene() == null ? null : box.getScene().getWindow());
        d.showAndWait().ifPresent(text -> {
            try {
                vm.saveGroup(g.map(WhatsAppGroup::name).orElse(null), Integer.parseInt(text.trim()),
                        g.map(WhatsAppGroup::version).orElse(null), (f, reason) -> vm.messageProperty().set(reason));
            } catch (NumberFormatException e) {
                vm.messageProperty().set(m.get("form.notANumber", text));
            }
        });
    }

    private void newList() {
        TextInputDialog d = new TextInputDialog("256");
        d.setHeaderText(m.get("lists.askMembers"));
        d.initOwner(box.getScene() == null ? null : box.getScene().getWindow());
        d.showAndWait().ifPresent(text -> {
            try {
                vm.addList(m.get("lists.defaultName", vm.lists().size() + 1), Integer.parseInt(text.trim()),
                        (f, reason) -> vm.messageProperty().set(reason));
            } catch (NumberFormatException e) {
                vm.messageProperty().set(m.get("form.notANumber", text));
            }
        });
    }

    /** For tests and the window: the wing list is loaded by the view model. */
    List<Wing> wings() {
        return vm.wings();
    }
}
