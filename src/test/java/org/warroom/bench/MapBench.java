package org.warroom.bench;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.warroom.app.AppContext;
import org.warroom.demo.DemoPreset;
import org.warroom.map.MapGeometry;
import org.warroom.map.MapLayer;
import org.warroom.map.MapMeasure;
import org.warroom.map.MapShape;
import org.warroom.map.MapValues;
import org.warroom.map.ui.MapColours;
import org.warroom.map.ui.MapView;
import org.warroom.map.ui.MapViewModel;
import org.warroom.platform.audit.Actor;
import org.warroom.platform.db.DataFolder;
import org.warroom.platform.db.Database;
import org.warroom.platform.fx.FxTasks;
import org.warroom.platform.i18n.Messages;

/**
 * Measure 62 (issue 6): the map. Draws the 403 assembly seats (values query, nodes, one full render through
 * {@code Scene.snapshot}) and recolours them after a change of measure, against an empty scene of the same size
 * rendered in the same run; then pans for a few seconds with an AnimationTimer and counts frames, against the same
 * timer over an empty scene of the same size — three ways: the shipped one (Path nodes, cached as a bitmap while a
 * pan lasts), the same nodes uncached, and one Canvas redrawn each frame. Run with
 * {@code mvn -B -q -Pbench test-compile exec:exec@bench -Dbench.only=62} under a display (Xvfb), or headless
 * (Monocle) when DISPLAY is unset; -Dbench.data=DIR uses a built folder instead of a fresh Sultanpur preset.
 * Writes bench/results/issue-6-map-DATE.md. Reports; never fails. Options: bench.mapRuns (10), bench.panSeconds (3).
 */
public final class MapBench {
    private static final int W = 1400;
    private static final int H = 860;

    private MapBench() {
    }

    public static void main(String[] args) throws Exception {
        headlessUnlessDisplay();
        int runs = Integer.getInteger("bench.mapRuns", 10);
        double panSeconds = Double.parseDouble(System.getProperty("bench.panSeconds", "3"));
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        String given = System.getProperty("bench.data", "");
        Path dir = given.isBlank() ? Files.createTempDirectory("warroom-mapbench") : Path.of(given);
        List<String> notes = new ArrayList<>();
        try (AppContext ctx = new AppContext(Database.openEmbedded(DataFolder.open(dir)), Clock.systemDefaultZone(),
                new Actor("bench", "bench-desk"), dir.resolve("media"))) {
            if (ctx.org().isEmpty()) {
                ctx.demo().build(DemoPreset.SULTANPUR, 7, false, (a, b) -> { });
            }
            Platform.startup(() -> { });
            notes.add("Rendering: prism.order=" + System.getProperty("prism.order", "default")
                    + (System.getProperty("glass.platform") == null ? ", display " + System.getenv("DISPLAY") : ", Monocle headless"));
            Stage stage = fx(() -> {
                Stage s = new Stage();
                s.setScene(new Scene(new StackPane(), W, H));
                s.show();
                return s;
            });
            Scene scene = stage.getScene();
            FxTasks same = new FxTasks(Runnable::run, Runnable::run); // the bench times the work itself, on the FX thread

            long c0 = System.nanoTime();
            MapGeometry g = ctx.map().geometry(MapLayer.ASSEMBLY);
            notes.add(String.format("First read of the assembly layer (parse, project, simplify; once per run, off the FX thread in the "
                    + "window): %.0f ms; %d seats, %d points kept", (System.nanoTime() - c0) / 1e6, g.shapes().size(), g.points()));
            for (MapMeasure m : MapMeasure.values()) {
                Stats q = new Stats();
                for (int i = 0; i < 5; i++) {
                    long t = System.nanoTime();
                    ctx.map().values(MapLayer.ASSEMBLY, m);
                    q.add(System.nanoTime() - t);
                }
                notes.add("Values query alone (background thread in the window), " + m + ": " + q.summary());
            }

            Stats open = new Stats();
            Stats draw = new Stats();
            Stats nodes = new Stats();
            Stats empty = new Stats();
            Stats recolour = new Stats();
            Stats fillsOnly = new Stats();
            MapView[] view = new MapView[1];
            MapViewModel[] vm = new MapViewModel[1];
            for (int i = -2; i < runs; i++) {
                boolean count = i >= 0;
                fx(() -> {
                    // the whole tab: toolbar, legend and the map (boundaries already read)
                    long o0 = System.nanoTime();
                    vm[0] = new MapViewModel(ctx.map(), ctx.org(), same);
                    view[0] = new MapView(vm[0], Messages.of("hi"), r -> { });
                    scene.setRoot((Parent) view[0].node());
                    vm[0].load();
                    scene.snapshot(null);
                    if (count) {
                        open.add(System.nanoTime() - o0);
                    }
                    // the 403 seats drawn again on the open tab: from districts back to assembly seats
                    vm[0].layerProperty().set(MapLayer.DISTRICT);
                    scene.snapshot(null);
                    long t0 = System.nanoTime();
                    vm[0].layerProperty().set(MapLayer.ASSEMBLY);
                    long tn = System.nanoTime();
                    scene.snapshot(null);
                    if (count) {
                        draw.add(System.nanoTime() - t0);
                        nodes.add(tn - t0);
                    }
                    long t1 = System.nanoTime();
                    scene.setRoot(new StackPane());
                    scene.snapshot(null);
                    if (count) {
                        empty.add(System.nanoTime() - t1);
                    }
                    scene.setRoot((Parent) view[0].node());
                    scene.snapshot(null);
                    for (MapMeasure m : List.of(MapMeasure.REPORTING, MapMeasure.SILENCE, MapMeasure.COVERAGE)) {
                        long t2 = System.nanoTime();
                        vm[0].measureProperty().set(m);
                        scene.snapshot(null);
                        if (count) {
                            recolour.add(System.nanoTime() - t2);
                        }
                        // the fills alone: the same values painted again, nothing queried
                        MapValues v = vm[0].valuesProperty().get();
                        long t4 = System.nanoTime();
                        view[0].canvas().shapes().forEach(n -> {
                            if (n instanceof javafx.scene.shape.Path p && p.getId() != null && p.getId().startsWith("map-")) {
                                p.setFill(MapColours.fill(v.byCode().get(p.getId().substring(4)), v.measure()));
                            }
                        });
                        scene.snapshot(null);
                        if (count) {
                            fillsOnly.add(System.nanoTime() - t4);
                        }
                    }
                    return null;
                });
            }

            experiment(scene, view[0], notes);
            double[] fps = new double[4];
            fx(() -> {
                scene.setRoot(new StackPane());
                return null;
            });
            fps[0] = frames(scene, panSeconds, null);
            fx(() -> {
                scene.setRoot((Parent) view[0].node());
                view[0].canvas().fit();
                view[0].canvas().setPanning(true);
                return null;
            });
            fps[1] = frames(scene, panSeconds, d -> view[0].canvas().panBy(d, 0));
            fx(() -> {
                view[0].canvas().setPanning(false);
                view[0].canvas().setCacheWhilePanning(false);
                return null;
            });
            fps[2] = frames(scene, panSeconds, d -> view[0].canvas().panBy(d, 0));
            Canvas canvas = fx(() -> {
                Canvas c = new Canvas(W, H - 40);
                scene.setRoot(new Pane(c));
                return c;
            });
            MapValues values = ctx.map().values(MapLayer.ASSEMBLY, MapMeasure.COVERAGE);
            double[] x = {0};
            fps[3] = frames(scene, panSeconds, d -> {
                x[0] += d;
                paint(canvas.getGraphicsContext2D(), g, values, x[0]);
            });
            double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            notes.add("Draw, of which values query and nodes (before the render): " + nodes.summary());
            notes.add("Opening the tab (toolbar, legend, CSS, 403 seats; boundaries already read): " + open.summary());
            report(runs, draw, empty, recolour, fillsOnly, fps, panSeconds, notes, loadBefore, loadAfter);
            fx(() -> {
                stage.close();
                return null;
            });
            Platform.exit();
        }
    }

    /**
     * Where a recolour's render time goes, fills set to a new colour before each render: each seat's path filled and
     * outlined (the first design), fills only, and fills under the shipped single outline node kept as a bitmap.
     */
    private static void experiment(Scene scene, MapView view, List<String> notes) throws Exception {
        fx(() -> {
            scene.setRoot((Parent) view.node());
            var paths = view.canvas().shapes().stream().map(n -> (javafx.scene.shape.Path) n).toList();
            javafx.scene.Node outline = scene.getRoot().lookup("#mapOutline");
            for (String variant : List.of("each seat filled and outlined", "fills only", "fills + one cached outline node (shipped)")) {
                outline.setVisible(variant.contains("shipped"));
                Stats st = new Stats();
                for (int i = 0; i < 12; i++) {
                    Color c = i % 2 == 0 ? Color.ORANGE : Color.TEAL;
                    long t = System.nanoTime();
                    for (var p : paths) {
                        p.setStroke(variant.startsWith("each") ? Color.WHITE : null);
                        p.setFill(c);
                    }
                    scene.snapshot(null);
                    if (i >= 2) {
                        st.add(System.nanoTime() - t);
                    }
                }
                notes.add("Recolour render, " + variant + ": " + st.summary());
            }
            return null;
        });
    }

    /** Frames per second an AnimationTimer sees over {@code seconds}, calling {@code step} with ±3 px each frame. */
    private static double frames(Scene scene, double seconds, java.util.function.DoubleConsumer step) throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        long[] count = {0};
        long[] start = {0};
        long[] end = {0};
        fx(() -> {
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    if (start[0] == 0) {
                        start[0] = now;
                        return;
                    }
                    count[0]++;
                    if (step != null) {
                        step.accept((count[0] / 30) % 2 == 0 ? 3 : -3);
                    }
                    if (now - start[0] >= seconds * 1e9) {
                        end[0] = now;
                        stop();
                        done.countDown();
                    }
                }
            }.start();
            return null;
        });
        done.await(60, TimeUnit.SECONDS);
        return count[0] / ((end[0] - start[0]) / 1e9);
    }

    /** The Canvas alternative: every shape filled and outlined again for each frame. */
    private static void paint(GraphicsContext gc, MapGeometry g, MapValues v, double dx) {
        gc.setTransform(1, 0, 0, 1, 0, 0);
        gc.setFill(Color.web("#f7f9fb"));
        gc.fillRect(0, 0, gc.getCanvas().getWidth(), gc.getCanvas().getHeight());
        double s = Math.min(gc.getCanvas().getWidth() / g.width(), gc.getCanvas().getHeight() / g.height()) * 0.95;
        gc.setTransform(s, 0, 0, s, dx % 200, 10);
        gc.setStroke(Color.WHITE);
        gc.setLineWidth(0.8 / s);
        for (MapShape shape : g.shapes()) {
            javafx.scene.paint.Paint p = MapColours.fill(v.byCode().get(shape.code()), v.measure());
            gc.setFill(p);
            gc.beginPath();
            for (double[] r : shape.rings()) {
                gc.moveTo(r[0], r[1]);
                for (int i = 2; i < r.length; i += 2) {
                    gc.lineTo(r[i], r[i + 1]);
                }
                gc.closePath();
            }
            gc.fill();
            gc.stroke();
        }
    }

    /** Without a DISPLAY, JavaFX runs headless (Monocle, software rendering); call before the toolkit starts. */
    static void headlessUnlessDisplay() {
        if (System.getenv("DISPLAY") == null || System.getenv("DISPLAY").isBlank()) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
            System.setProperty("headless.geometry", "1920x1200-32");
        }
    }

    /** Runs on the FX thread and waits for the answer (two minutes at most). */
    static <T> T fx(Callable<T> work) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(work.call());
            } catch (Throwable e) {
                f.completeExceptionally(e);
            }
        });
        return f.get(120, TimeUnit.SECONDS);
    }

    private static void report(int runs, Stats draw, Stats empty, Stats recolour, Stats fills, double[] fps, double panSeconds,
                               List<String> notes, double loadBefore, double loadAfter) throws Exception {
        StringBuilder b = new StringBuilder();
        String date = LocalDate.now().toString();
        b.append("# Issue 6 bench 62: the map, ").append(ZonedDateTime.now()).append("\n\n");
        b.append(String.format("Machine: %d cores, Java %s, window %d×%d. Run with `mvn -B -q -Pbench test-compile exec:exec@bench "
                        + "-Dbench.only=62` (under Xvfb); %d runs after two warm-ups; pans of %.0f s each.%n%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), W, H, runs, panSeconds));
        b.append("| measure | value | baseline (same run) | ratio | target | result |\n|---|---|---|---|---|---|\n");
        b.append(String.format("| Draw the 403 seats (values query + 403 Path nodes + one full render), p50 | %.1f ms (max %.1f) | %.1f ms "
                        + "(render of an empty scene of the same size) | %.1f | ≤ 100 ms | %s |%n", draw.p(50), draw.max(), empty.p(50),
                draw.p(50) / empty.p(50), draw.p(50) <= 100 ? "met" : "not met"));
        b.append(String.format("| Recolour after a change of measure (values query + fills + one full render), p50 | %.1f ms (max %.1f) | "
                        + "%.1f ms | %.1f | ≤ 100 ms | %s |%n", recolour.p(50), recolour.max(), empty.p(50), recolour.p(50) / empty.p(50),
                recolour.p(50) <= 100 ? "met" : "not met"));
        b.append(String.format("| Pan: frames per second, Path nodes cached as a bitmap while panning (shipped) | %.1f fps | %.1f fps (empty "
                + "scene) | %.2f | ≥ 0.80 | %s |%n", fps[1], fps[0], fps[1] / fps[0], fps[1] / fps[0] >= 0.8 ? "met" : "not met"));
        b.append(String.format("| Pan: the same Path nodes, not cached | %.1f fps | %.1f fps | %.2f | ≥ 0.80 | %s |%n", fps[2], fps[0],
                fps[2] / fps[0], fps[2] / fps[0] >= 0.8 ? "met" : "not met"));
        b.append(String.format("| Pan: one Canvas, all 403 seats redrawn each frame (alternative, not shipped) | %.1f fps | %.1f fps | %.2f "
                + "| ≥ 0.80 | %s |%n%n", fps[3], fps[0], fps[3] / fps[0], fps[3] / fps[0] >= 0.8 ? "met" : "not met"));
        b.append("- Draw: ").append(draw.summary()).append('\n');
        b.append("- Recolour: ").append(recolour.summary()).append('\n');
        b.append("- Fills alone (the same values painted again, no query) + render: ").append(fills.summary()).append('\n');
        b.append("- Empty scene render: ").append(empty.summary()).append('\n');
        for (String n : notes) {
            b.append("- ").append(n).append('\n');
        }
        b.append(String.format("%nsystem load average %.1f at start, %.1f at end (on %d cores).%n", loadBefore, loadAfter,
                Runtime.getRuntime().availableProcessors()));
        b.append("Targets (issue 6): drawing the 403 seats and recolouring them after a change of measure ≤ 100 ms; panning holds "
                + "at least 80% of the frame rate of an empty scene of the same size, measured in the same run.\n");
        String text = b.toString();
        System.out.println(text);
        Path results = Path.of(System.getProperty("bench.out", "bench/results"));
        Files.createDirectories(results);
        Files.writeString(results.resolve("issue-6-map-" + date + ".md"), text, StandardCharsets.UTF_8);
        System.out.println("wrote " + results.resolve("issue-6-map-" + date + ".md"));
    }
}
