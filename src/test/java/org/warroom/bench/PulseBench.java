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
        AppContext ctx = new AppContext(Database.openEmbedded(DataFolder.open(dir)), java.time.Clock.systemDefaultZone(),
                new Actor("bench", "pulse"), dir.resolve("media"));
        ctx.demo().build(DemoPreset.SULTANPUR, 1, false, (a, b) -> { });
        FrameGaps frames = FrameGaps.show(() -> new MainWindow(ctx, FxTasks.standard(), Messages.of("hi"), null), window -> {
            window.open(ctx.org().byCode("D-SULTANPUR").orElseThrow());
            window.showTab("tab.reports");
        });
        Thread.sleep(8_000); // the tree, the selection and the charts load
        frames.drain();
        Thread.sleep(seconds * 1000L);
        List<Long> idle = frames.drain();
        Process feeder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"), ReportFeeder.class.getName(),
                dir.toString(), String.valueOf(rate), String.valueOf(seconds + 5), feed).redirectErrorStream(true).start();
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
                writes reports at %d a second through the same data folder, %s (%s; target rate × seconds = %d).
                Load average at the end: %.1f on %d cores.

                | | frames | p95 gap between frames | longest gap |
                |---|---|---|---|
                | idle (baseline) | %d | %.1f ms | %.1f ms |
                | reports arriving | %d | %.1f ms | %.1f ms |

                Ratio of p95s: **%.2f** (target ≤ 1.25); longest stall while reports arrive %.0f ms (target: none over 100 ms).
                """, LocalDate.now(), seconds, seconds, seconds, rate,
                feed.equals("import") ? "as a form sync: a CSV of that many rows imported every second (-Dbench.feed=import)"
                        : "each typed report its own transaction, 4 threads (-Dbench.feed=typed)", fed.isEmpty() ? "the feeder did not say" : fed, rate * (seconds + 5),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), Runtime.getRuntime().availableProcessors(),
                idle.size(), idleP95, idleMax, busy.size(), busyP95, busyMax, ratio, busyMax);
        System.out.println(table);
        Path file = Path.of(System.getProperty("bench.out", "bench/results"), "issue-3-pulse-" + feed + "-" + LocalDate.now() + ".md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, table, StandardCharsets.UTF_8);
        Platform.exit();
        ctx.close();
        System.exit(0);
    }
}
