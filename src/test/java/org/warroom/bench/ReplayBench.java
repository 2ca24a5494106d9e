package org.warroom.bench;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import javafx.application.Platform;
import org.warroom.app.AppContext;
import org.warroom.app.MainWindow;
import org.warroom.demo.DemoPreset;
import org.warroom.demo.replay.ReplayClock;
import org.warroom.demo.replay.ReplayDay;
import org.warroom.demo.replay.ReplayEngine;
import org.warroom.demo.replay.ui.ReplayBar;
import org.warroom.platform.audit.Actor;
import org.warroom.platform.db.DataFolder;
import org.warroom.platform.db.Database;
import org.warroom.platform.fx.FxTasks;
import org.warroom.platform.i18n.IndianFormat;
import org.warroom.platform.i18n.Messages;
import org.warroom.posts.ReleaseScheduler;

/**
 * Measure 64 (issue 6): the console's pulses while a campaign day is replayed at 60×, against the same window idle,
 * in the same run. The Sultanpur demo in the real main window with the replay bar; the dashboard tab is shown (it
 * refreshes on every change notice). An AnimationTimer records the gap between frames: first {@code bench.seconds}
 * seconds with the replay paused, then as many with it playing from 19:00 IST, the evening's peak of reports.
 * Writes bench/results/issue-6-replay-DATE.md. Needs a display (xvfb-run) or Monocle's headless platform.
 */
public final class ReplayBench {
    private ReplayBench() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = Integer.getInteger("bench.seconds", 30);
        double speed = Double.parseDouble(System.getProperty("bench.speed", "60"));
        Path dir = Files.createTempDirectory("warroom-replay-bench");
        ReplayClock clock = new ReplayClock(ZonedDateTime.of(LocalDate.now(IndianFormat.IST), ReplayDay.MORNING,
                IndianFormat.IST).toInstant(), speed, IndianFormat.IST);
        AppContext ctx = new AppContext(Database.openEmbedded(DataFolder.open(dir)), clock, new Actor("bench", "replay"),
                dir.resolve("media"));
        ctx.demo().build(DemoPreset.SULTANPUR, 1, false, (a, b) -> { });
        ReplayEngine engine = new ReplayEngine(clock, ctx.db().jdbi(), ctx.reports(), ctx.posts(), ctx.operators(), ctx.org(), 1);
        ReleaseScheduler releases = new ReleaseScheduler(ctx.releases(), java.time.Duration.ofMillis(500));
        FrameGaps frames = FrameGaps.show(() -> {
            MainWindow window = new MainWindow(ctx, FxTasks.standard(), Messages.of("hi"), null, null);
            window.addBottomBar(new ReplayBar(engine, Messages.of("hi")).node());
            return window;
        }, window -> window.showTab("tab.dashboard"));
        Thread.sleep(5_000); // the first tree and the dashboard load
        frames.drain();
        Thread.sleep(seconds * 1000L);
        List<Long> idle = frames.drain();
        releases.start();
        engine.start(LocalTime.of(19, 0));
        Thread.sleep(seconds * 1000L);
        List<Long> replay = frames.drain();
        ReplayEngine.Status status = engine.status();
        engine.close();
        releases.close();
        double idleP95 = Stats.percentile(idle.stream().map(n -> n / 1e6).toList(), 95);
        double replayP95 = Stats.percentile(replay.stream().map(n -> n / 1e6).toList(), 95);
        double idleMax = idle.stream().mapToLong(Long::longValue).max().orElse(0) / 1e6;
        double replayMax = replay.stream().mapToLong(Long::longValue).max().orElse(0) / 1e6;
        double ratio = replayP95 / idleP95;
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        String table = String.format("""
                # Issue 6 — the replay's cost to the window (measure 64), %s

                `%s`: Sultanpur demo, main window with the dashboard tab shown and the replay bar, %d s idle (paused),
                then %d s replaying at %.0f× from 19:00 IST (%d reports written in the window, %d posts in the day's slots).
                Load average at the end: %.1f on %d cores.

                | | frames | p95 gap between frames | longest gap |
                |---|---|---|---|
                | idle (baseline) | %d | %.1f ms | %.1f ms |
                | replaying | %d | %.1f ms | %.1f ms |

                Ratio of p95s: **%.2f** (target ≤ 1.25); longest stall while replaying %.0f ms (target: none over 100 ms).
                """, LocalDate.now(), "mvn -B -q -Pbench test-compile exec:exec@bench -Dbench.only=64 -Dbench.seconds=30 (under xvfb-run)", seconds, seconds, speed,
                status.reported(), status.postsScheduled(), load, Runtime.getRuntime().availableProcessors(),
                idle.size(), idleP95, idleMax, replay.size(), replayP95, replayMax, ratio, replayMax);
        System.out.println(table);
        Path out = Path.of(System.getProperty("bench.out", "bench/results"), "issue-6-replay-" + LocalDate.now() + ".md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table, StandardCharsets.UTF_8);
        Platform.exit();
        ctx.close();
        System.exit(0);
    }
}
