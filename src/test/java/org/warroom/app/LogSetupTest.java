package org.warroom.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The log set up in code: the console's information and the libraries' warnings go to logs/warroom.log. */
class LogSetupTest {
    @TempDir
    Path dir;

    @Test
    void theConsolesInformationAndTheLibrariesWarningsGoToTheFile() throws Exception {
        LoggerContext ctx = new LoggerContext();
        ctx.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter()); // as logback's own start-up does
        ctx.start();
        Path logs = dir.resolve("logs");
        LogSetup.toFolder(ctx, logs.toString());
        ctx.getLogger("org.warroom.app.Something").info("database open: here");
        ctx.getLogger("org.h2.Whatever").info("chatter from a library");
        ctx.getLogger("org.h2.Whatever").warn("a library's warning");
        ctx.getLogger("org.flywaydb.core.Flyway").warn("flyway's warnings are left out");
        ctx.stop();
        String text = Files.readString(logs.resolve("warroom.log"), StandardCharsets.UTF_8);
        assertThat(text).containsPattern("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} \\[[^]]+\\] INFO  org\\.warroom\\.app\\.Something - database open: here");
        assertThat(text).contains("WARN  org.h2.Whatever - a library's warning");
        assertThat(text).doesNotContain("chatter from a library").doesNotContain("flyway's warnings");
    }
}
