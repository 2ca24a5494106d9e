package org.warroom.app;

import java.nio.file.Path;

/** How the window was asked to start: data folder or database URL, desk scope and language. */
public record LaunchOptions(Path dataDir, String dbUrl, String desk, String lang) {
}
