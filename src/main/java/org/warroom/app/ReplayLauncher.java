package org.warroom.app;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts the time-lapse demo from the window: a second console, in its own process and on a copy of this demo
 * database, so the window in use and its data are not touched. The same Java, class path and options as this one.
 */
final class ReplayLauncher {
    private ReplayLauncher() {
    }

    static Process spawn(Path dataDir, String lang, double speed) throws java.io.IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // the same JVM options (native access, FX cache, heap); the debugger's agent, if any, is left out
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> !a.startsWith("-agentlib") && !a.startsWith("-javaagent")).forEach(cmd::add);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(), "demo", "--replay",
                "--speed", String.valueOf((int) speed), "--data", dataDir.toString(), "--lang", lang));
        return new ProcessBuilder(cmd).inheritIO().start();
    }
}
