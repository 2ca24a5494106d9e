package org.warroom.platform.fx;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A wrapped Hindi sentence stays inside its width when drawn: the pixels right of the label are blank. (A wrapped
 * {@code Label} fails exactly this on JavaFX 25 here: its first line runs on past the width.)
 */
@ExtendWith(ApplicationExtension.class)
class WrapLabelTest {
    private static final String HINDI = "इस डेस्क पर कौन है? अपने नाम और पासवर्ड से लॉग इन करें। आप जो भी बदलेंगे, आपके नाम से दर्ज होगा। (सोमवार–बुधवार, 23/11/2026 से शुरू सप्ताह)";
    private static final double WIDTH = 220;
    private final Pane pane = new Pane();
    private final WrapLabel label = new WrapLabel();

    @Start
    void start(Stage stage) {
        Fonts.load();
        label.setText(HINDI + "\n" + "दूसरा अनुच्छेद");
        label.setPrefWidth(WIDTH);
        label.setMaxWidth(WIDTH);
        label.setStyle("-fx-text-fill: #c0392b; -fx-font-size: 15px;");
        pane.getChildren().add(label);
        stage.setScene(new Scene(pane, 600, 300, Color.WHITE));
        stage.show();
    }

    @Test
    void hindiWrapsInsideItsWidthAndTakesItsColourAndSizeFromCss() throws Exception {
        WritableImage image = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> {
            label.resize(WIDTH, label.prefHeight(WIDTH));
            pane.layout();
            return pane.snapshot(null, null);
        }));
        double height = label.getHeight();
        assertThat(height).as("several lines").isGreaterThan(4 * 15);
        PixelReader px = image.getPixelReader();
        int inked = 0;
        for (int x = (int) WIDTH + 4; x < image.getWidth(); x++) {
            for (int y = 0; y < height; y++) {
                if (px.getColor(x, y).getBrightness() < 0.8) {
                    inked++;
                }
            }
        }
        assertThat(inked).as("pixels drawn right of the wrap width").isZero();
        Text first = (Text) label.getChildren().getFirst();
        assertThat(first.getFill()).isEqualTo(Color.web("#c0392b"));
        assertThat(first.getFont().getSize()).isEqualTo(15.0);
        assertThat(label.getChildren()).extracting(n -> ((Text) n).getText()).contains("सप्ताह)\n", "अनुच्छेद");
    }
}
