package org.warroom.app;

import java.util.Arrays;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.warroom.operators.OperatorService;
import org.warroom.operators.Principal;
import org.warroom.platform.fx.FxTasks;
import org.warroom.platform.i18n.Messages;
import org.warroom.platform.fx.WrapLabel;

/**
 * The login screen, and the same form as the lock over an idle window ({@code lockedName} given: only that
 * person's password unlocks it, and what was on the screen underneath stays as it was). The password is checked
 * off the FX thread (Argon2id takes a noticeable moment by design) and the field is cleared after every try.
 */
final class LoginView {
    private final VBox box = new VBox(12);
    private final TextField name = new TextField();
    private final PasswordField password = new PasswordField();
    private final Button go = new Button();
    private final WrapLabel error = new WrapLabel();

    LoginView(Messages m, OperatorService operators, FxTasks tasks, String lastName, String lockedName,
              Consumer<Principal> onLoggedIn) {
        Label title = new Label(m.get(lockedName == null ? "login.title" : "login.locked.title"));
        title.getStyleClass().add("details-title");
        // lines broken in the message itself: JavaFX's own wrapping repeats the tail of a wrapped Devanagari line
        Label body = new Label(lockedName == null ? m.get("login.body") : m.get("login.locked.body", lockedName));
        body.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        name.setId("loginName");
        password.setId("loginPassword");
        go.setId("loginButton");
        error.setId("loginError");
        error.getStyleClass().add("form-error");
        error.setMaxWidth(520);
        error.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        name.setText(lockedName != null ? lockedName : lastName == null ? "" : lastName);
        name.setDisable(lockedName != null);
        go.setText(m.get(lockedName == null ? "login.go" : "login.unlock"));
        go.setDefaultButton(true);
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.addRow(0, new Label(m.get("login.name")), name);
        form.addRow(1, new Label(m.get("login.password")), password);
        form.setAlignment(Pos.CENTER);
        name.setPrefColumnCount(22);
        box.getChildren().setAll(title, body, form, go, error);
        box.setAlignment(Pos.CENTER);
        box.setPadding(new Insets(40));
        box.getStyleClass().add("login-view");
        go.setOnAction(e -> {
            String who = name.getText().strip();
            char[] pw = password.getText().toCharArray();
            password.clear();
            if (who.isEmpty() || pw.length == 0) {
                error.setText(m.get("login.missing"));
                return;
            }
            go.setDisable(true);
            error.setText("");
            tasks.run(() -> {
                try {
                    return operators.login(who, pw);
                } finally {
                    Arrays.fill(pw, ' ');
                }
            }).onSuccess(p -> {
                go.setDisable(false);
                if (lockedName != null && !p.name().equalsIgnoreCase(lockedName)) {
                    error.setText(m.get("login.wrongPerson", lockedName));
                    return;
                }
                onLoggedIn.accept(p);
            }).onError(x -> {
                go.setDisable(false);
                var reason = x instanceof org.warroom.operators.AccessDeniedException a ? a.reason() : null;
                error.setText(reason == org.warroom.operators.AccessDeniedException.Reason.WRONG_CREDENTIALS ? m.get("login.wrong")
                        : reason == org.warroom.operators.AccessDeniedException.Reason.LOCKED_OUT ? m.get("login.lockedOut")
                        : x.getMessage());
                password.requestFocus();
            }).start();
        });
        box.sceneProperty().addListener((o, a, s) -> {
            if (s != null) {
                javafx.application.Platform.runLater(() -> (name.getText().isEmpty() || name.isDisabled() ? (name.isDisabled() ? password : name) : password).requestFocus());
            }
        });
    }

    Parent node() {
        return box;
    }
}
