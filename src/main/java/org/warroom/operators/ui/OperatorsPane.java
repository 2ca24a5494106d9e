package org.warroom.operators.ui;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.warroom.operators.Account;
import org.warroom.operators.OperatorRole;
import org.warroom.operators.Passwords;
import org.warroom.platform.fx.WrapLabel;
import org.warroom.platform.i18n.IndianFormat;
import org.warroom.platform.i18n.Messages;

/**
 * The administrator's operators screen: everyone with their role, the unit a desk works for and whether they can
 * log in or are locked out; a form to add a person who logs in; a new password for the one selected.
 */
public final class OperatorsPane {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(IndianFormat.IST);
    private final OperatorsViewModel vm;
    private final Messages m;
    private final VBox root = new VBox(10);
    private final TableView<Account> table = new TableView<>();

    public OperatorsPane(OperatorsViewModel vm, Messages messages) {
        this.vm = vm;
        this.m = messages;
        build();
    }

    private void build() {
        root.setId("operatorsPane");
        root.setPadding(new Insets(10));
        table.setId("operatorsTable");
        table.setItems(vm.accounts());
        table.setFixedCellSize(26);
        table.setPrefHeight(240);
        table.getColumns().setAll(java.util.List.of(
                column(m.get("operators.col.name"), 170, Account::name),
                column(m.get("operators.col.role"), 150, a -> m.get("operator.role." + a.role().name())),
                column(m.get("operators.col.scope"), 120, a -> a.scopeCode() == null ? "" : a.scopeCode()),
                column(m.get("operators.col.login"), 170, this::loginText)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);

        TextField name = new TextField();
        name.setId("operatorName");
        ComboBox<OperatorRole> role = new ComboBox<>();
        role.setId("operatorRole");
        role.getItems().setAll(OperatorRole.values());
        role.setValue(OperatorRole.DESK_OPERATOR);
        role.setCellFactory(l -> roleCell());
        role.setButtonCell(roleCell());
        TextField scope = new TextField();
        scope.setId("operatorScope");
        scope.setPromptText(m.get("operators.scope.prompt"));
        scope.disableProperty().bind(role.valueProperty().isNotEqualTo(OperatorRole.DESK_OPERATOR));
        PasswordField pw = new PasswordField();
        pw.setId("operatorPassword");
        PasswordField again = new PasswordField();
        again.setId("operatorPasswordAgain");
        Button add = new Button(m.get("operators.add"));
        add.setId("operatorAdd");
        add.setOnAction(e -> {
            vm.add(name.getText(), role.getValue(), scope.getText(), pw.getText().toCharArray(), again.getText().toCharArray(),
                    () -> {
                        name.clear();
                        scope.clear();
                    });
            // a password is typed again after every attempt, like a login form's
            pw.clear();
            again.clear();
        });
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, new Label(m.get("operators.col.name")), name);
        form.addRow(1, new Label(m.get("operators.col.role")), role);
        form.addRow(2, new Label(m.get("operators.col.scope")), scope);
        form.addRow(3, new Label(m.get("session.newPassword", Passwords.MIN_LENGTH)), pw);
        form.addRow(4, new Label(m.get("session.passwordAgain")), again);
        form.add(add, 1, 5);

        PasswordField resetPw = new PasswordField();
        resetPw.setId("resetPassword");
        PasswordField resetAgain = new PasswordField();
        resetAgain.setId("resetPasswordAgain");
        Button reset = new Button(m.get("operators.resetButton"));
        reset.setId("operatorReset");
        reset.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        reset.setOnAction(e -> {
            vm.reset(table.getSelectionModel().getSelectedItem(), resetPw.getText().toCharArray(),
                    resetAgain.getText().toCharArray(), () -> { });
            resetPw.clear();
            resetAgain.clear();
        });
        GridPane resetForm = new GridPane();
        resetForm.setHgap(8);
        resetForm.setVgap(6);
        resetForm.addRow(0, new Label(m.get("session.newPassword", Passwords.MIN_LENGTH)), resetPw);
        resetForm.addRow(1, new Label(m.get("session.passwordAgain")), resetAgain);
        resetForm.add(reset, 1, 2);

        WrapLabel error = new WrapLabel();
        error.setId("operatorsError");
        error.getStyleClass().add("form-error");
        error.textProperty().bind(vm.errorProperty());
        WrapLabel message = new WrapLabel();
        message.setId("operatorsMessage");
        message.getStyleClass().add("entry-confirmation");
        message.textProperty().bind(vm.messageProperty());
        Label addTitle = new Label(m.get("operators.addTitle"));
        addTitle.getStyleClass().add("section-title");
        Label resetTitle = new Label(m.get("operators.resetTitle"));
        resetTitle.getStyleClass().add("section-title");
        root.getChildren().setAll(table, addTitle, form, resetTitle, resetForm, error, message);
    }

    private String loginText(Account a) {
        if (!a.login()) {
            return m.get("operators.login.none");
        }
        if (a.lockedAt(Instant.now())) {
            return m.get("operators.login.locked", TIME.format(a.lockedUntil()));
        }
        return m.get(a.active() ? "operators.login.yes" : "operators.login.inactive");
    }

    private ListCell<OperatorRole> roleCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(OperatorRole r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : m.get("operator.role." + r.name()));
            }
        };
    }

    private static TableColumn<Account, String> column(String title, double width, java.util.function.Function<Account, String> text) {
        TableColumn<Account, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(text.apply(cd.getValue())).getReadOnlyProperty());
        return c;
    }

    public Node node() {
        return root;
    }

    public void load() {
        vm.load();
    }
}
