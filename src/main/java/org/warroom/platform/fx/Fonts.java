package org.warroom.platform.fx;

import java.io.InputStream;
import javafx.scene.text.Font;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Loads the bundled Noto Sans Devanagari once; loaded fonts join JavaFX's fallback list, so Hindi renders everywhere. */
public final class Fonts {
    private static final Logger LOG = LoggerFactory.getLogger(Fonts.class);
    private static volatile boolean loaded;

    private Fonts() {
    }

    public static synchronized void load() {
        if (loaded) {
            return;
        }
        try (InputStream in = Fonts.class.getResourceAsStream("/org/warroom/platform/fonts/NotoSansDevanagari-Regular.ttf")) {
            Font f = in == null ? null : Font.loadFont(in, 13);
            if (f == null) {
                LOG.warn("the Devanagari font could not be loaded: Hindi may show as boxes");
            }
        } catch (Exception e) {
            LOG.warn("the Devanagari font could not be loaded: {}", e.toString());
        }
        loaded = true;
    }
}
