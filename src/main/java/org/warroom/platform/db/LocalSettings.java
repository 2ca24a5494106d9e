package org.warroom.platform.db;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/** This workstation's own settings (its desk scope, its language), in desk.properties in the data folder. */
public final class LocalSettings {
    private final Path file;

    public LocalSettings(Path dataFolder) {
        this.file = dataFolder.resolve("desk.properties");
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(load().getProperty(key)).filter(v -> !v.isBlank());
    }

    /** Writes through a temporary file, so a crash never leaves half a settings file. */
    public void put(String key, String value) {
        Properties p = load();
        if (value == null) {
            p.remove(key);
        } else {
            p.setProperty(key, value);
        }
        try {
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                p.store(w, "War Room Console: this desk's settings");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new DatabaseException("Cannot save this desk's settings in " + file + ": " + e.getMessage(), e);
        }
    }

    private Properties load() {
        Properties p = new Properties();
        if (Files.exists(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException e) {
                throw new DatabaseException("Cannot read this desk's settings in " + file + ": " + e.getMessage(), e);
            }
        }
        return p;
    }
}
