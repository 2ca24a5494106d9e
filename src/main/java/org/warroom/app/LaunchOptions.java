package org.warroom.app;

import java.nio.file.Path;

/** How the window was asked to start: data folder or database URL, desk scope and language. */
public record LaunchOptions(Path dataDir, String dbUrl, String desk, String lang, String dbPassword) {
    public LaunchOptions(Path dataDir, String dbUrl, String desk, String lang) {
        this(dataDir, dbUrl, desk, lang, null);
    }

    @Override
    public String toString() {
        return "LaunchOptions[" + dataDir + ", " + dbUrl + ", " + desk + ", " + lang + "]";
    }
}
