package org.warroom.app;

import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.warroom.platform.fx.WrapLabel;
import org.warroom.platform.i18n.Messages;

/**
 * Before the login: the key of an encrypted data folder. The key typed is handed on as characters and the field is
 * cleared at once; the caller tries it off the FX thread and answers with a message when it is wrong.
 */
final class KeyView {
    private final VBox box = new VBox(12);
    private final PasswordField key = new PasswordField();
    private final Button open = new Button();
    private final WrapLabel error = new WrapLabel();

    /** @param tryKey tries a key; on failure it calls back (on the FX thread) with what to say */
    KeyView(Messages m, String folder, BiConsumer<char[], Consumer<String>> tryKey) {
        Label title = new Label(m.get("dbkey.title"));
        title.getStyleClass().add("details-title");
        // lines broken in the message itself: JavaFX's own wrapping repeats the tail of a wrapped Devanagari line
        Label body = new Label(m.get("dbkey.body", folder));
        body.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        key.setId("dbKeyField");
        key.setPrefColumnCount(26);
        open.setId("dbKeyOpen");
        open.setText(m.get("dbkey.open"));
        open.setDefaultButton(true);
        error.setId("dbKeyError");
        error.getStyleClass().add("form-error");
        error.setMaxWidth(520);
        error.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        HBox row = new HBox(10, new Label(m.get("dbkey.key")), key);
        row.setAlignment(Pos.CENTER);
        box.getChildren().setAll(title, body, row, open, error);
        box.setAlignment(Pos.CENTER);
        box.setPadding(new Insets(40));
        box.getStyleClass().add("login-view");
        box.setId("dbKeyView");
        open.setOnAction(e -> {
            char[] typed = key.getText().toCharArray();
            key.clear();
            if (typed.length == 0) {
                error.setText(m.get("dbkey.missing"));
                return;
            }
            open.setDisable(true);
            key.setDisable(true);
            error.setText(m.get("dbkey.opening"));
            tryKey.accept(typed, said -> {
                open.setDisable(false);
                key.setDisable(false);
                error.setText(said);
                key.requestFocus();
            });
        });
    }

    Parent node() {
        return box;
    }

    void say(String text) {
        error.setText(text);
    }

    void focus() {
        javafx.application.Platform.runLater(key::requestFocus);
    }
}
