package org.warroom.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.application.Platform;
import org.warroom.app.AppContext;
import org.warroom.app.MainWindow;
import org.warroom.demo.DemoPreset;
import org.warroom.platform.audit.Actor;
import org.warroom.platform.db.DataFolder;
import org.warroom.platform.db.Database;
import org.warroom.platform.fx.FxTasks;
import org.warroom.platform.i18n.Messages;

/**
 * Measure 34 (issue 3): the console's pulses while another process writes reports at 500 a second, against the same
 * window idle, in the same run. The Sultanpur demo in the real main window, Sultanpur selected in the tree and the
 * Reports tab shown (its charts and the tree's no-report marks follow every change); an AnimationTimer records the gap
 * between frames for {@code bench.seconds} seconds idle, then as long while {@link ReportFeeder} — a second JVM on the
 * same data folder, through H2's AUTO_SERVER — writes. Writes bench/results/issue-3-pulse-DATE.md. Needs a display.
 */
public final class PulseBench {
    private PulseBench() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = Integer.getInteger("bench.seconds", 30);
        int rate = Integer.getInteger("bench.rate", 500);
        String feed = System.getProperty("bench.feed", "typed").isBlank() ? "typed" : System.getProperty("bench.feed", "typed");
        Path dir = Files.createTempDirectory("warroom-pulse-bench");
        boolean served = Boolean.getBoolean("bench.server");
        AppContext ctx = new AppContext(Database.openEmbedded(DataFolder.open(dir)), java.time.Clock.systemDefaultZone(),
                new Actor("bench", "pulse"), dir.resolve("media"));
        ctx.demo().build(DemoPreset.SULTANPUR, 1, false, (a, b) -> { });
        Process server = null;
        List<String> feederProps = new java.util.ArrayList<>();
        if (served) {
            // -Dbench.server=true: the database in a `warroom serve` process of its own; the window and the feeder are
            // both its desks (H2's server then runs outside the window's JVM, as on a war room's server machine)
            ctx.close();
            String password = "bench-pulse-password";
            int port;
            try (java.net.ServerSocket probe = new java.net.ServerSocket(0)) {
                port = probe.getLocalPort();
            }
            ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"), "org.warroom.app.Main",
                    "serve", "--data", dir.toString(), "--port", String.valueOf(port)).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("serve.log").toFile());
            pb.environment().put("WARROOM_NEW_PASSWORD", password);
            server = pb.start();
            String url = "jdbc:h2:tcp://127.0.0.1:" + port + "/warroom";
            Database remote = null;
            for (int i = 0; i < 120 && remote == null; i++) {
                Thread.sleep(500);
                try {
                    remote = Database.open(url, "warroom", password);
                } catch (RuntimeException notYet) {
                    if (!server.isAlive()) {
                        throw new IllegalStateException("warroom serve ended: " + Files.readString(dir.resolve("serve.log")));
                    }
                }
            }
            if (remote == null) {
                throw new IllegalStateException("warroom serve did not answer on " + url);
            }
            ctx = new AppContext(remote, java.time.Clock.systemDefaultZone(), new Actor("bench", "pulse"), dir.resolve("media"));
            feederProps = List.of("-Dbench.serverUrl=" + url, "-Dbench.serverPassword=" + password);
        }
        final AppContext shown = ctx;
        FrameGaps frames = FrameGaps.show(() -> new MainWindow(shown, FxTasks.standard(), Messages.of("hi"), null), window -> {
            window.open(shown.org().byCode("D-SULTANPUR").orElseThrow());
            window.showTab("tab.reports");
        });
        Thread.sleep(8_000); // the tree, the selection and the charts load
        frames.drain();
        Thread.sleep(seconds * 1000L);
        List<Long> idle = frames.drain();
        List<String> feederCmd = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED"));
        feederCmd.addAll(feederProps);
        feederCmd.addAll(List.of("-cp", System.getProperty("java.class.path"), ReportFeeder.class.getName(),
                dir.toString(), String.valueOf(rate), String.valueOf(seconds + 5), feed));
        Process feeder = new ProcessBuilder(feederCmd).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(feeder.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null && !line.startsWith("feeding")) {
            System.out.println("feeder: " + line);
        }
        frames.drain();
        Thread.sleep(seconds * 1000L);
        List<Long> busy = frames.drain();
        String fed = "";
        while ((line = out.readLine()) != null) {
            if (line.startsWith("fed")) {
                fed = line;
            }
        }
        feeder.waitFor();
        double idleP95 = Stats.percentile(idle.stream().map(n -> n / 1e6).toList(), 95);
        double busyP95 = Stats.percentile(busy.stream().map(n -> n / 1e6).toList(), 95);
        double idleMax = idle.stream().mapToLong(Long::longValue).max().orElse(0) / 1e6;
        double busyMax = busy.stream().mapToLong(Long::longValue).max().orElse(0) / 1e6;
        double ratio = busyP95 / idleP95;
        String table = String.format("""
                # Issue 3 — the window while reports arrive from another process (measure 34), %s

                `mvn -B -q -Pbench test-compile exec:exec@bench -Dbench.only=34 -Dbench.seconds=%d` (under xvfb-run): Sultanpur
                demo, main window with Sultanpur selected and the Reports tab shown, %d s idle, then %d s while a second JVM
                writes reports at %d a second %s, %s (%s; target rate × seconds = %d).
                Load average at the end: %.1f on %d cores.

                | | frames | p95 gap between frames | longest gap |
                |---|---|---|---|
                | idle (baseline) | %d | %.1f ms | %.1f ms |
                | reports arriving | %d | %.1f ms | %.1f ms |

                Ratio of p95s: **%.2f** (target ≤ 1.25); longest stall while reports arrive %.0f ms (target: none over 100 ms).
                """, LocalDate.now(), seconds, seconds, seconds, rate,
                served ? "to a `warroom serve` process of its own, of which the window is a desk too (-Dbench.server=true)"
                        : "through the same data folder (H2's AUTO_SERVER in the window's JVM)",
                feed.equals("import") ? "as a form sync: a CSV of that many rows imported every second (-Dbench.feed=import)"
                        : "each typed report its own transaction, 4 threads (-Dbench.feed=typed)", fed.isEmpty() ? "the feeder did not say" : fed, rate * (seconds + 5),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), Runtime.getRuntime().availableProcessors(),
                idle.size(), idleP95, idleMax, busy.size(), busyP95, busyMax, ratio, busyMax);
        System.out.println(table);
        Path file = Path.of(System.getProperty("bench.out", "bench/results"), "issue-3-pulse-" + feed + (served ? "-served-" : "-")
                + LocalDate.now() + ".md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, table, StandardCharsets.UTF_8);
        Platform.exit();
        shown.close();
        if (server != null) {
            server.destroy();
            server.waitFor(20, java.util.concurrent.TimeUnit.SECONDS);
        }
        BuildMeasure.delete(dir); // 100–200 MB a run: the feeder's reports
        System.exit(0);
    }
}
