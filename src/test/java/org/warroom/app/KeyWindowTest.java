package org.warroom.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.warroom.platform.db.DataFolder;
import org.warroom.platform.db.DbEncryption;
import org.warroom.platform.db.DbKey;
import org.warroom.testing.TestDb;
import org.warroom.testing.Texts;
import org.warroom.testing.WindowKit;

/** The real application on an encrypted data folder: the key screen first, a wrong key said plainly, then the login. */
class KeyWindowTest extends FxRobot {
    @TempDir
    static Path dir;

    @BeforeAll
    static void data() {
        try (AppContext ctx = TestDb.open(dir)) {
            ctx.operators().createFirstAdministrator("Asha Admin", "admin password 1".toCharArray());
        }
        DbEncryption.encrypt(DataFolder.open(dir), DbKey.derive("the right key 1".toCharArray()));
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void theKeyIsAskedBeforeTheLoginAndAWrongOneIsSaidPlainly() throws Exception {
        FxToolkit.registerPrimaryStage();
        WarRoomApp.useOptions(new LaunchOptions(dir, null, null, "en"));
        WarRoomApp app = (WarRoomApp) FxToolkit.setupApplication(WarRoomApp.class);
        try {
            WindowKit.waitFor(() -> lookup("#dbKeyField").tryQuery().map(n -> n.getScene() != null).orElse(false));
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(lookup("#loginName").tryQuery()).isEmpty();
            clickOn("#dbKeyOpen");
            WindowKit.waitFor(() -> Texts.of(lookup("#dbKeyError").query()).equals("Type the key."));

            clickOn("#dbKeyField").write("not the key at all");
            clickOn("#dbKeyOpen");
            WindowKit.waitFor(() -> Texts.of(lookup("#dbKeyError").query()).startsWith("The key is wrong"));
            assertThat(Texts.of(lookup("#dbKeyError").query())).isEqualTo("The key is wrong: nothing was opened. Type it again.");
            assertThat(lookup("#dbKeyField").queryAs(javafx.scene.control.PasswordField.class).getText())
                    .as("the field is cleared after a try").isEmpty();
            assertThat(lookup("#loginName").tryQuery()).isEmpty();

            clickOn("#dbKeyField").write("the right key 1");
            clickOn("#dbKeyOpen");
            WindowKit.waitFor(() -> lookup("#loginName").tryQuery().isPresent());
            assertThat(lookup("#dbKeyField").tryQuery()).isEmpty();
        } finally {
            FxToolkit.cleanupApplication(app);
        }
    }
}
