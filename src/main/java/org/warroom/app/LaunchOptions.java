package org.warroom.app;

import java.nio.file.Path;

/**
 * How the window was asked to start: data folder or database URL (with its user and password), desk scope and
 * language, and for the time-lapse demo the replay's speed (null: the real clock).
 */
public record LaunchOptions(Path dataDir, String dbUrl, String desk, String lang, String dbPassword, Double replaySpeed,
                            String dbUser, org.warroom.platform.db.DbKey dbKey) {
    public LaunchOptions(Path dataDir, String dbUrl, String desk, String lang) {
        this(dataDir, dbUrl, desk, lang, null);
    }

    public LaunchOptions(Path dataDir, String dbUrl, String desk, String lang, String dbPassword) {
        this(dataDir, dbUrl, desk, lang, dbPassword, null, "warroom", null);
    }

    /** With the user for {@code dbUrl} ({@code --db-user}). */
    public LaunchOptions(Path dataDir, String dbUrl, String desk, String lang, String dbPassword, String dbUser) {
        this(dataDir, dbUrl, desk, lang, dbPassword, null, dbUser, null);
    }

    /** The same window replaying a campaign day at {@code speed} times real time (on a copy of the demo). */
    public LaunchOptions replaying(double speed) {
        return new LaunchOptions(dataDir, dbUrl, desk, lang, dbPassword, speed, dbUser, dbKey);
    }

    /** With the key of an encrypted data folder given on the command line (--db-key); null: asked for in the window. */
    public LaunchOptions withKey(org.warroom.platform.db.DbKey key) {
        return new LaunchOptions(dataDir, dbUrl, desk, lang, dbPassword, replaySpeed, dbUser, key);
    }

    @Override
    public String toString() {
        return "LaunchOptions[" + dataDir + ", " + dbUrl + ", " + desk + ", " + lang + "]";
    }
}
