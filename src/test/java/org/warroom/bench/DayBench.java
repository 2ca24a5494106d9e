package org.warroom.bench;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.warroom.app.AppContext;
import org.warroom.app.WarRoomApp;
import org.warroom.geography.OrgPlan;
import org.warroom.operators.Operator;
import org.warroom.operators.OperatorRole;
import org.warroom.org.UnitRow;
import org.warroom.platform.audit.Actor;
import org.warroom.platform.db.DataFolder;
import org.warroom.platform.db.Database;
import org.warroom.platform.fx.Fonts;
import org.warroom.platform.fx.FxTasks;
import org.warroom.platform.i18n.IndianFormat;
import org.warroom.platform.i18n.Messages;
import org.warroom.posts.DayPlan;
import org.warroom.posts.PollPhase;
import org.warroom.posts.PostCalendar;
import org.warroom.posts.ui.PostsView;
import org.warroom.posts.ui.PostsViewModel;

/**
 * Measure 45 (issue 4): the state-wide day view — 75 districts × 6 posts, 450 cards in six virtualised lanes — opens
 * in how many ms, against the week view's open of the same week in the same run and window. Each open is timed on the
 * FX thread from asking (the load runs on a worker through FxTasks, as in the console) to the lanes laid out; the
 * FX thread's own share (drawing the result) is reported apart, as is the load alone. Day and week alternate, so load
 * from other work on the machine falls on both. Run with
 * {@code mvn -B -q -Pbench test-compile exec:exec@bench -Dbench.only=45} (headless through Monocle when DISPLAY is
 * unset); {@code -Dbench.data=DIR} copies a built {@code up} folder, else the state's geography is imported (no
 * people, about a minute). Writes bench/results/issue-4-day-DATE.md. Reports; never fails. Option: bench.dayRuns (15).
 */
public final class DayBench {
    private static final LocalDate DAY = LocalDate.of(2027, 2, 16);
    private static final String[] CATEGORIES = {"POSITIVE_NEWS", "GOVT_WORK", "RALLY_SOUNDBITE", "BENEFICIARY_STORY", "ODOP",
        "REBUTTAL"};

    private DayBench() {
    }

    public static void main(String[] args) throws Exception {
        MapBench.headlessUnlessDisplay();
        int runs = Integer.getInteger("bench.dayRuns", 15);
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        Path work = Files.createTempDirectory("warroom-daybench");
        List<String> notes = new ArrayList<>();
        // 06:00 IST on the day: every slot ahead, the morning's empty slots within 48 hours
        Clock clock = Clock.fixed(ZonedDateTime.of(DAY, LocalTime.of(6, 0), IndianFormat.IST).toInstant(), IndianFormat.IST);
        try {
            prepare(work, notes);
            try (AppContext ctx = new AppContext(Database.openEmbedded(DataFolder.open(work)), clock,
                    new Actor("bench", "bench-desk"), work.resolve("media"))) {
                Operator boss = ctx.operators().add("Bench Coordinator", OperatorRole.COORDINATOR);
                long author = ctx.operators().add("Bench Writer", OperatorRole.WRITER).id();
                int seats = phases(ctx);
                int posts = fill(ctx, author);
                notes.add(String.format("%d posts on %s (one a slot for each of %d districts, each targeting its district), "
                        + "%d seats in 7 poll phases, the 3rd silent from 18:00 that day", posts, IndianFormat.date(DAY),
                        ctx.org().districts().size(), seats));
                PostCalendar calendar = new PostCalendar(ctx.db().jdbi(), ctx.posts(), ctx.calendar(), ctx.org());
                Stats alone = new Stats();
                DayPlan plan = null;
                for (int i = -3; i < runs; i++) {
                    long t = System.nanoTime();
                    plan = calendar.day(DAY, null, boss.id(), clock.instant());
                    if (i >= 0) {
                        alone.add(System.nanoTime() - t);
                    }
                }
                notes.add("The day's load alone (PostCalendar.day: one query for the posts with their targets, one for "
                        + "left-out seats, one for the targets' names; counts, silence, shared targets and the 6 drop verdicts "
                        + "of each card in memory), on a worker in the window: " + alone.summary() + "; "
                        + plan.posts() + " cards, " + plan.slot(5).summary().silentSeats().size() + " seats silent at slot 5");
                measure(ctx, calendar, clock, boss, runs, notes, loadBefore);
            }
        } finally {
            if (!Boolean.getBoolean("bench.keep")) {
                BuildMeasure.delete(work);
            }
        }
        System.exit(0);
    }

    /** A copy of the built folder given, or the state's geography imported here (75 districts, 403 seats, no people). */
    private static void prepare(Path work, List<String> notes) throws Exception {
        String given = System.getProperty("bench.data", "");
        if (!given.isBlank()) {
            try (var files = Files.list(Path.of(given))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".mv.db")).toList()) {
                    Files.copy(f, work.resolve(f.getFileName()));
                }
            }
            notes.add("Database: a copy of " + given);
            return;
        }
        long t = System.nanoTime();
        try (AppContext ctx = new AppContext(Database.openEmbedded(DataFolder.open(work)), Clock.systemDefaultZone(),
                new Actor("bench", "bench-desk"), work.resolve("media"))) {
            ctx.geography().importGeography(null, OrgPlan.wholeState(), false, (a, b) -> { });
        }
        notes.add(String.format("Database: the state's geography imported for the run (%.0f s; no volunteers)",
                (System.nanoTime() - t) / 1e9));
    }

    /** Every seat in one of seven phases; the third phase's seats go silent at 18:00 on the day. */
    private static int phases(AppContext ctx) {
        List<PollPhase> phases = new ArrayList<>();
        for (UnitRow s : ctx.org().seats()) {
            int n = s.unit().number();
            phases.add(new PollPhase(n, DAY.plusDays(2 + 3L * ((n % 7) - 2)), LocalTime.of(18, 0)));
        }
        ctx.calendar().replacePhases(phases, DAY.minusDays(40));
        return phases.size();
    }

    /** Six scheduled posts a district on the day, one a slot, each targeting its district: inserted in two batches. */
    private static int fill(AppContext ctx, long author) {
        List<UnitRow> districts = ctx.org().districts();
        Instant now = Instant.now();
        return ctx.db().jdbi().inTransaction(h -> {
            var posts = h.prepareBatch("INSERT INTO post (title, body_hi, category, author_id, editor_id, status, slot_date, "
                    + "slot_no, scheduled_at, version, created_at, updated_at) VALUES (:t, :b, :c, :a, :a, 'SCHEDULED', :d, :s, "
                    + ":at, 0, :now, :now)");
            for (UnitRow d : districts) {
                for (int slot = 1; slot <= 6; slot++) {
                    posts.bind("t", d.unit().code() + " slot " + slot).bind("b", "सेवा ही संकल्प: " + d.unit().name(true))
                            .bind("c", CATEGORIES[(slot + districts.indexOf(d)) % CATEGORIES.length]).bind("a", author)
                            .bind("d", DAY).bind("s", slot).bind("at", ctx.posts().slotTime(DAY, slot)).bind("now", now).add();
                }
            }
            int n = posts.execute().length;
            var targets = h.prepareBatch("INSERT INTO post_target (post_id, unit_id) SELECT id, :u FROM post WHERE title = :t");
            for (UnitRow d : districts) {
                for (int slot = 1; slot <= 6; slot++) {
                    targets.bind("u", d.unit().id()).bind("t", d.unit().code() + " slot " + slot).add();
                }
            }
            targets.execute();
            return n;
        });
    }

    /** Alternately the day and the week, each opened {@code runs} times in the same window after two warm-ups. */
    private static void measure(AppContext ctx, PostCalendar calendar, Clock clock, Operator boss, int runs, List<String> notes,
                                double loadBefore) throws Exception {
        Platform.startup(() -> { });
        FxTasks tasks = FxTasks.standard();
        PostsViewModel vm = MapBench.fx(() -> new PostsViewModel(ctx.posts(), ctx.releases(), ctx.operators(), ctx.org(),
                calendar, tasks, clock));
        PostsView view = MapBench.fx(() -> {
            Fonts.load();
            vm.operatorProperty().set(boss);
            PostsView v = new PostsView(vm, Messages.of("en"));
            Stage stage = new Stage();
            Scene scene = new Scene(new StackPane((Parent) v.node()), 1400, 900);
            scene.getStylesheets().add(WarRoomApp.class.getResource("/org/warroom/app/warroom.css").toExternalForm());
            stage.setScene(scene);
            stage.show();
            return v;
        });
        Stats day = new Stats();
        Stats week = new Stats();
        Stats dayFx = new Stats();
        Stats weekFx = new Stats();
        double[] first = new double[2];
        for (int i = -2; i < runs; i++) {
            MapBench.fx(() -> {
                view.showDay(DAY);
                return null;
            });
            Thread.sleep(300);   // the tab switch's own load settles
            double[] d = open(view, then -> vm.day().reload(p -> then.run()));
            MapBench.fx(() -> {
                vm.week().startProperty().set(DAY);
                view.showWeek();
                return null;
            });
            Thread.sleep(300);
            double[] w = open(view, then -> vm.week().reload(g -> then.run()));
            if (i == -2) {
                first[0] = d[0];
                first[1] = w[0];
            }
            if (i >= 0) {
                day.add((long) (d[0] * 1e6));
                dayFx.add((long) (d[1] * 1e6));
                week.add((long) (w[0] * 1e6));
                weekFx.add((long) (w[1] * 1e6));
            }
        }
        DayPlan shown = vm.day().planProperty().get();
        notes.add(0, "Day view open, from asking to the six lanes laid out (load on a worker included): " + day.summary());
        notes.add(1, "Week view open, the same week (7 × 6 cells), same window and run: " + week.summary());
        notes.add(2, "FX thread's share (the result drawn and laid out; the only time the window cannot answer): day "
                + dayFx.summary() + "; week " + weekFx.summary());
        notes.add(3, String.format("First open after start (JIT and CSS cold): day %.0f ms, week %.0f ms", first[0], first[1]));
        notes.add("The lanes are ListViews with a fixed cell height: only the cards in sight are nodes ("
                + shown.posts() + " posts, lane 1 shows about 8)");
        notes.add(String.format("System load average %.1f at start, %.1f at end (on %d cores): other work on the machine "
                        + "slows both sides of the ratio", loadBefore, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors()));
        double value = day.p(50);
        double base = week.p(50);
        Measure m = new Measure(45, "State-wide day view (450 posts, 75 districts × 6 slots) opens, median of " + runs,
                value, "ms", base, "the week view's open of the same week, same run", "≤ 300 ms (as the week)",
                value <= 300, notes);
        write(m);
    }

    /** Times one open on the FX thread: total (ask → laid out) and the FX-thread part after the load arrived, in ms. */
    private static double[] open(PostsView view, Consumer<Runnable> reload) throws Exception {
        CompletableFuture<double[]> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            long t0 = System.nanoTime();
            reload.accept(() -> {
                long t1 = System.nanoTime();
                view.node().applyCss();
                view.node().layout();
                long t2 = System.nanoTime();
                done.complete(new double[] {(t2 - t0) / 1e6, (t2 - t1) / 1e6});
            });
        });
        return done.get(60, TimeUnit.SECONDS);
    }

    private static void write(Measure m) throws Exception {
        String table = Bench.table(List.of(m));
        StringBuilder md = new StringBuilder("# Issue 4 day view bench (measure 45), " + ZonedDateTime.now() + "\n\n");
        md.append(String.format("Machine: %d cores, Java %s, max heap %d MB, rendering %s. Run with `%s -Dbench.only=45`.%n%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() / 1048576, System.getProperty("glass.platform") == null
                        ? "display " + System.getenv("DISPLAY") : "Monocle headless, software", Bench.COMMAND));
        md.append(table).append('\n');
        m.details().forEach(d -> md.append("- ").append(d).append('\n'));
        System.out.println(md);
        Path dir = Path.of(System.getProperty("bench.out", "bench/results"));
        Files.createDirectories(dir);
        Path file = dir.resolve("issue-4-day-" + LocalDate.now() + ".md");
        Files.writeString(file, md.toString().stripTrailing() + "\n", StandardCharsets.UTF_8);
        System.out.println("written to " + file);
    }
}
