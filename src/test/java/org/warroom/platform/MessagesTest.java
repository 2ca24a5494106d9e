package org.warroom.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.warroom.platform.i18n.Messages;

class MessagesTest {
    private static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void hindiAndEnglishHaveTheSameKeys() throws Exception {
        assertThat(new TreeSet<>(load("messages_hi.properties").stringPropertyNames()))
                .isEqualTo(new TreeSet<>(load("messages.properties").stringPropertyNames()));
    }

    @Test
    void everyKeyTheCodeAsksForExists() throws Exception {
        Properties en = load("messages.properties");
        Pattern key = Pattern.compile("\"((?:app|action|form|firstRun|org|details|tile|volunteer|group|lists|status|desk|import|tab|posts|operator|reports|calendar|login|session|audit|brief)\\.[a-zA-Z.]+)\"");
        TreeSet<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = key.matcher(Files.readString(f));
                while (m.find()) {
                    // logger names (org.warroom, org.flywaydb…) look like "org." keys but are packages
                    boolean loggerName = m.group(1).matches("org\\.(warroom|flywaydb)(\\..*)?");
                    if (!loggerName && !en.containsKey(m.group(1)) && !m.group(1).endsWith(".") && !m.group(1).endsWith(".properties")) {
                        missing.add(m.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void hindiTextIsHindi() {
        assertThat(Messages.of("hi").get("volunteer.add")).isEqualTo("कार्यकर्ता जोड़ें");
        assertThat(Messages.of("en").get("volunteer.add")).isEqualTo("Add volunteer");
        assertThat(Messages.of("en").get("no.such.key")).isEqualTo("!no.such.key!");
    }
}
