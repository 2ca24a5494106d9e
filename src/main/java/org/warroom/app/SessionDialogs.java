package org.warroom.app;

import java.util.Arrays;
import java.util.function.Consumer;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import org.warroom.operators.OperatorService;
import org.warroom.operators.Passwords;
import org.warroom.operators.Principal;
import org.warroom.platform.fx.FxTasks;
import org.warroom.platform.i18n.Messages;
import org.warroom.platform.fx.WrapLabel;

/** Creating the first administrator and changing one's password: the two password forms the window needs. */
final class SessionDialogs {
    private SessionDialogs() {
    }

    /** Turns logins on: the administrator is created and logged in; from the next start every desk logs in. */
    static void createAdministrator(Messages m, OperatorService operators, FxTasks tasks, Consumer<Principal> done,
                                    boolean firstRun) {
        Dialog<ButtonType> d = new Dialog<>();
        d.setTitle(m.get("session.setup.title"));
        TextField name = new TextField();
        name.setId("adminName");
        PasswordField a = new PasswordField();
        a.setId("adminPassword");
        PasswordField b = new PasswordField();
        b.setId("adminPasswordAgain");
        WrapLabel error = new WrapLabel();
        error.setId("adminError");
        error.getStyleClass().add("form-error");
        Label body = new Label((firstRun ? m.get("session.setup.firstRun") + "\n\n" : "")
                + m.get("session.setup.body", Passwords.MIN_LENGTH));
        // lines broken in the messages: JavaFX's wrapping repeats the tail of a wrapped Devanagari line
        GridPane g = grid();
        g.add(body, 0, 0, 2, 1);
        g.addRow(1, new Label(m.get("login.name")), name);
        g.addRow(2, new Label(m.get("login.password")), a);
        g.addRow(3, new Label(m.get("session.passwordAgain")), b);
        g.add(error, 0, 4, 2, 1);
        d.getDialogPane().setContent(g);
        d.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        buttons(d, m);
        if (firstRun) {
            ((javafx.scene.control.Button) d.getDialogPane().lookupButton(ButtonType.CANCEL)).setText(m.get("session.setup.skip"));
        }
        // OK checks off the FX thread and closes the dialog only when it worked: a wrong entry keeps what was typed
        d.getDialogPane().lookupButton(ButtonType.OK).addEventFilter(javafx.event.ActionEvent.ACTION, ev -> {
            ev.consume();
            char[] pw = a.getText().toCharArray();
            String problem = !a.getText().equals(b.getText()) ? m.get("session.passwordsDiffer") : Passwords.weakness(pw);
            if (name.getText().isBlank()) {
                problem = m.get("login.missing");
            }
            if (problem != null) {
                error.setText(problem);
                return;
            }
            String who = name.getText();
            tasks.run(() -> {
                try {
                    return operators.createFirstAdministrator(who, pw);
                } finally {
                    Arrays.fill(pw, ' ');
                }
            }).onSuccess(p -> {
                d.setResult(ButtonType.OK);
                d.close();
                done.accept(p);
            }).onError(x -> error.setText(x.getMessage())).start();
        });
        d.show();
    }

    static void changePassword(Messages m, OperatorService operators, FxTasks tasks, Principal me, Consumer<String> said) {
        Dialog<ButtonType> d = new Dialog<>();
        d.setTitle(m.get("session.changePassword"));
        PasswordField old = new PasswordField();
        old.setId("oldPassword");
        PasswordField a = new PasswordField();
        a.setId("newPassword");
        PasswordField b = new PasswordField();
        b.setId("newPasswordAgain");
        WrapLabel error = new WrapLabel();
        error.getStyleClass().add("form-error");
        error.setId("passwordError");
        GridPane g = grid();
        g.addRow(0, new Label(m.get("session.currentPassword")), old);
        g.addRow(1, new Label(m.get("session.newPassword", Passwords.MIN_LENGTH)), a);
        g.addRow(2, new Label(m.get("session.passwordAgain")), b);
        g.add(error, 0, 3, 2, 1);
        d.getDialogPane().setContent(g);
        d.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        buttons(d, m);
        d.getDialogPane().lookupButton(ButtonType.OK).addEventFilter(javafx.event.ActionEvent.ACTION, ev -> {
            ev.consume();
            if (!a.getText().equals(b.getText())) {
                error.setText(m.get("session.passwordsDiffer"));
                return;
            }
            char[] o = old.getText().toCharArray();
            char[] n = a.getText().toCharArray();
            tasks.run(() -> {
                try {
                    operators.changePassword(me.operatorId(), o, n);
                    return true;
                } finally {
                    Arrays.fill(o, ' ');
                    Arrays.fill(n, ' ');
                }
            }).onSuccess(ok -> {
                d.setResult(ButtonType.OK);
                d.close();
                said.accept(m.get("session.passwordChanged"));
            }).onError(x -> error.setText(x.getMessage())).start();
        });
        d.show();
    }

    /** The administrator's operators and logins, in a window of its own. */
    static void operators(Messages m, OperatorService operators, FxTasks tasks) {
        org.warroom.operators.ui.OperatorsPane pane = new org.warroom.operators.ui.OperatorsPane(
                new org.warroom.operators.ui.OperatorsViewModel(operators, tasks, m), m);
        Dialog<ButtonType> d = new Dialog<>();
        d.setTitle(m.get("operators.title"));
        d.setResizable(true);
        d.getDialogPane().setContent(pane.node());
        d.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        ((javafx.scene.control.Button) d.getDialogPane().lookupButton(ButtonType.CLOSE)).setText(m.get("operators.close"));
        pane.load();
        d.show();
    }

    /** The buttons in the UI language (JavaFX's own are English). */
    private static void buttons(Dialog<ButtonType> d, Messages m) {
        ((javafx.scene.control.Button) d.getDialogPane().lookupButton(ButtonType.OK)).setText(m.get("action.save"));
        ((javafx.scene.control.Button) d.getDialogPane().lookupButton(ButtonType.CANCEL)).setText(m.get("action.cancel"));
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(8);
        return g;
    }
}
