package org.warroom.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.warroom.app.AppContext;

/**
 * The Sultanpur preset ({@link TestDb#sultanpur}) in a temporary folder, opened once before a test class and closed
 * after it: {@code @RegisterExtension static final SultanpurDb DB = new SultanpurDb();} then {@code DB.ctx()}.
 */
public final class SultanpurDb implements BeforeAllCallback, AfterAllCallback {
    private AppContext ctx;
    private Path dir;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        dir = Files.createTempDirectory("warroom-test");
        ctx = TestDb.sultanpur(dir);
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        ctx.close();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    public AppContext ctx() {
        return ctx;
    }

    public Path dir() {
        return dir;
    }
}
