package org.warroom.reports.ui;

import static org.assertj.core.api.Assertions.assertThat;
import org.warroom.testing.Texts;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TreeTableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.warroom.app.AppContext;
import org.warroom.app.MainWindow;
import org.warroom.app.WarRoomApp;
import org.warroom.org.UnitRow;
import org.warroom.platform.fx.Fonts;
import org.warroom.platform.fx.FxTasks;
import org.warroom.platform.i18n.Messages;
import org.warroom.reports.ImportMode;
import org.warroom.reports.ImportRequest;
import org.warroom.reports.ImportSummary;
import org.warroom.reports.ReportDraft;
import org.warroom.reports.importers.ImportFormat;
import org.warroom.testing.TestDb;

/**
 * The reports tab inside the main window: it follows the tree's selection, a click on a bar selects that unit in
 * the tree, booths without a report today carry a dot that clears when a report arrives. Fourteen days of made-up
 * reports make the charts worth looking at; with -Dwarroom.screenshot=FILE the tab is saved as a picture.
 */
@ExtendWith(ApplicationExtension.class)
class ReportsTabWiringTest {
    @TempDir
    static Path dir;
    static AppContext ctx;
    MainWindow window;
    Scene scene;

    @BeforeAll
    static void data() throws Exception {
        ctx = TestDb.sultanpur(dir);
        if (System.getProperty("warroom.screenshot") != null || System.getProperty("warroom.pngcheck") != null) {
            seed(ctx, dir.resolve("history.csv")); // about 30 s: only for pictures
        }
    }

    @AfterAll
    static void close() {
        ctx.close();
    }

    /** Fourteen days of reports for the Sultanpur district: each mandal keeps its own habit, slowly improving. */
    static void seed(AppContext ctx, Path csv) throws Exception {
        record V(String phone, long mandal) { }
        List<V> vols = ctx.db().jdbi().withHandle(h -> h.createQuery("SELECT v.phone, m.id FROM volunteer v "
                        + "JOIN unit b ON b.id = v.unit_id JOIN unit m ON m.kind = 'MANDAL' AND b.path LIKE m.path || '%' "
                        + "WHERE v.active = TRUE AND v.role = 'BOOTH_IT' AND b.kind = 'BOOTH' ORDER BY v.id")
                .map((rs, c) -> new V(rs.getString(1), rs.getLong(2))).list());
        Random random = new Random(7);
        Map<Long, Double> habit = new HashMap<>();
        LocalDate today = ctx.reports().today();
        StringBuilder b = new StringBuilder("phone,date,forwarded,added,members,slots,mood\n");
        String[] moods = {"positive", "neutral", "negative"};
        for (int d = 13; d >= 0; d--) {
            LocalDate day = today.minusDays(d);
            double trend = 0.7 + 0.3 * (13 - d) / 13.0 * (d == 0 ? 0.75 : 1);
            for (V v : vols) {
                double rate = habit.computeIfAbsent(v.mandal, k -> 0.25 + 0.7 * random.nextDouble()) * trend;
                if (random.nextDouble() >= rate) {
                    continue;
                }
                StringBuilder slots = new StringBuilder();
                for (int s = 1; s <= 6; s++) {
                    if (random.nextDouble() < 0.95 - 0.08 * s) {
                        slots.append(slots.isEmpty() ? "" : ",").append(s);
                    }
                }
                int sent = slots.isEmpty() ? 0 : slots.toString().split(",").length;
                b.append(v.phone).append(',').append(day).append(',').append(sent).append(',').append(random.nextInt(6)).append(',')
                        .append(80 + random.nextInt(170)).append(",\"").append(slots).append("\",").append(moods[random.nextInt(3)]).append('\n');
            }
        }
        Files.writeString(csv, b.toString(), StandardCharsets.UTF_8);
        long t0 = System.nanoTime();
        ImportSummary s = ctx.reportImports().importFile(csv, new ImportRequest(ImportFormat.AUTO, ImportMode.KEEP_GOOD, false,
                Map.of(), "wiring-test", null));
        System.err.println("SEED " + s.summary() + " in " + (System.nanoTime() - t0) / 1_000_000 + " ms "
                + s.errors().stream().limit(3).toList());
    }

    @Start
    void start(Stage stage) {
        Fonts.load();
        window = new MainWindow(ctx, FxTasks.standard(), Messages.of(System.getProperty("warroom.lang", "en")), null);
        scene = new Scene(window.node(), 1440, 900);
        scene.getStylesheets().add(WarRoomApp.class.getResource("/org/warroom/app/warroom.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    private static void waitFor(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met within 20 s", e);
        }
    }

    private UnitRow selectedInTree(FxRobot robot) {
        TreeTableView<UnitRow> tree = robot.lookup("#orgTree").queryAs(TreeTableView.class);
        var item = tree.getSelectionModel().getSelectedItem();
        return item == null ? null : item.getValue();
    }

    @Test
    void theTabFollowsTheTreeAndTheTreeFollowsTheCharts(FxRobot robot) throws Exception {
        UnitRow district = ctx.org().findDesk("Sultanpur").orElseThrow();
        robot.interact(() -> window.open(district));
        waitFor(() -> selectedInTree(robot) != null && selectedInTree(robot).unit().id() == district.unit().id());
        robot.clickOn("#tab-tab-reports");
        waitFor(() -> Texts.of(robot.lookup("#reportsUnit").query()).startsWith(district.unit().name(window.messages().hindi())));
        ChartImageView rank = robot.lookup("#rankingChart").queryAs(ChartImageView.class);
        waitFor(() -> rank.getChart().getCategoryPlot().getDataset().getColumnCount() == 5);

        // a bar selects its seat in the tree, and the tab follows
        var key = (ReportCharts.RankKey) rank.getChart().getCategoryPlot().getDataset().getColumnKey(0);
        // the entities are read on the FX thread, which redraws the chart and rebuilds them
        java.util.function.Supplier<java.util.Optional<Object>> findBar = () -> WaitForAsyncUtils.waitForAsyncFx(5000, () ->
                rank.getRenderingInfo() == null ? java.util.Optional.empty() : rank.getRenderingInfo().getEntityCollection().getEntities()
                        .stream().filter(e -> e instanceof org.jfree.chart.entity.CategoryItemEntity c && key.equals(c.getColumnKey())).findFirst());
        waitFor(() -> findBar.get().isPresent());
        var bar = findBar.get().orElseThrow();
        var area = ((org.jfree.chart.entity.ChartEntity) bar).getArea().getBounds2D();
        robot.clickOn(rank.localToScreen(area.getCenterX(), area.getCenterY()));
        waitFor(() -> selectedInTree(robot) != null && selectedInTree(robot).unit().id() == key.unit.id());
        waitFor(() -> Texts.of(robot.lookup("#reportsUnit").query()).startsWith(key.toString()));

        // booths in the tree without a report today carry a dot; a report from another desk clears it
        long[] silent = ctx.db().jdbi().withHandle(h -> h.createQuery("SELECT b.id, v.id FROM unit b JOIN volunteer v ON v.unit_id = b.id "
                        + "WHERE b.kind = 'BOOTH' AND v.active = TRUE AND v.role = 'BOOTH_IT' AND b.code LIKE 'B-187-%' ORDER BY b.number")
                .map((rs, c) -> new long[] {rs.getLong(1), rs.getLong(2)}).list()).stream()
                .filter(p -> ctx.reports().reportedToday(List.of(p[0]), ctx.reports().today()).isEmpty()).findFirst().orElseThrow();
        UnitRow booth = ctx.org().unit(silent[0]).orElseThrow();
        robot.clickOn("#tabOrganisation");
        robot.interact(() -> window.open(booth));
        var treeView = lookupTree();
        waitFor(() -> treeView.markedNoReport(booth.unit().id()));
        waitFor(() -> robot.lookup(".no-report-dot").tryQuery().isPresent());
        ctx.reports().add(ReportDraft.numbers(silent[1], ctx.reports().today(), 3, 1, 120));
        waitFor(() -> !treeView.markedNoReport(booth.unit().id()));

        String shot = System.getProperty("warroom.screenshot");
        if (shot != null) {
            robot.interact(() -> window.open(district));
            robot.clickOn("#tab-tab-reports");
            waitFor(() -> Texts.of(robot.lookup("#reportsUnit").query()).startsWith(district.unit().name(window.messages().hindi())));
            waitFor(() -> rank.getChart().getCategoryPlot().getDataset().getColumnCount() == 5);
            // one report typed in, and the next volunteer being looked up by name
            List<String[]> people = ctx.db().jdbi().withHandle(h -> h.createQuery("SELECT v.phone, v.name FROM volunteer v "
                    + "JOIN unit b ON b.id = v.unit_id WHERE v.active = TRUE AND v.role = 'BOOTH_IT' AND b.code LIKE 'B-189-%' "
                    + "AND NOT EXISTS (SELECT 1 FROM report r WHERE r.volunteer_id = v.id AND r.report_date = :day) ORDER BY v.id LIMIT 2")
                    .bind("day", ctx.reports().today()).map((rs, c) -> new String[] {rs.getString(1), rs.getString(2)}).list());
            robot.clickOn("#reportFind").write(people.get(0)[0].substring(3));
            waitFor(() -> robot.lookup("#reportFindResults").queryListView().getItems().size() == 1);
            robot.type(javafx.scene.input.KeyCode.ENTER).write("6").type(javafx.scene.input.KeyCode.TAB).write("4")
                    .type(javafx.scene.input.KeyCode.TAB).write("212").clickOn("#reportSlot1").clickOn("#reportSlot2")
                    .clickOn("#reportSlot3").clickOn("#reportMoodPOSITIVE").clickOn("#reportFeedback")
                    .write("Ujjwala cylinders delayed").type(javafx.scene.input.KeyCode.ENTER);
            waitFor(() -> Texts.of(robot.lookup("#reportConfirmation").query()).contains("✓"));
            robot.clickOn("#reportFind").write(people.get(1)[1].split(" ")[0]);
            waitFor(() -> !robot.lookup("#reportFindResults").queryListView().getItems().isEmpty());
            Thread.sleep(1500);
            snapshot(robot, Path.of(shot));
            robot.clickOn("#reportsMissingTab");
            Thread.sleep(500);
            snapshot(robot, Path.of(shot.replace(".png", "-missing.png")));
            Path chat = dir.resolve("chat.txt");
            String day = ctx.reports().today().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yy"));
            Files.writeString(chat, day + ", 00:00 - " + org.warroom.people.PhoneNumbers.display(people.get(1)[0])
                    + ": aaj sabhi 6 message bhej diye, 3 naye log jode\n" + day + ", 00:00 - ~ Ramesh: Booth 12: fwd 60\n");
            // the import dialog, after its preview
            ReportsView reportsView = reportsView();
            robot.interact(() -> reportsView.importFile(chat));
            waitFor(() -> robot.lookup("#reportImportGo").tryQuery().isPresent());
            Thread.sleep(300);
            javafx.stage.Window dialog = robot.lookup("#reportImportGo").query().getScene().getWindow();
            robot.interact(() -> {
                try {
                    javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(dialog.getScene().snapshot(null), null), "png",
                            Path.of(shot.replace(".png", "-import.png")).toFile());
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            robot.clickOn("#reportImportGo");
            waitFor(() -> Texts.of(robot.lookup("#reportImportState").query()).contains("saved"));
            robot.clickOn("#reportImportGo");
            robot.clickOn("#reportsQueueTab");
            waitFor(() -> robot.lookup("#reviewQueue").queryListView().getItems().size() == 2);
            robot.interact(() -> robot.lookup("#reviewQueue").queryListView().getSelectionModel().select(0));
            robot.clickOn("#queueMakeReport");
            Thread.sleep(500);
            snapshot(robot, Path.of(shot.replace(".png", "-queue.png")));
        }
    }

    /** Every chart of the tab saves as a PNG of the set size (the ranking chart could not be copied for it once). */
    @Test
    void theChartsSaveAsPngWithDevanagari(FxRobot robot) throws Exception {
        UnitRow district = ctx.org().findDesk("Sultanpur").orElseThrow();
        robot.interact(() -> window.open(district));
        robot.clickOn("#tab-tab-reports");
        ChartImageView rate = robot.lookup("#rateChart").queryAs(ChartImageView.class);
        ChartImageView rank = robot.lookup("#rankingChart").queryAs(ChartImageView.class);
        ChartImageView slots = robot.lookup("#slotChart").queryAs(ChartImageView.class);
        waitFor(() -> rate.getChart().getCategoryPlot().getDataset().getColumnCount() > 5
                && rank.getChart().getCategoryPlot().getDataset().getColumnCount() == 5);
        for (ChartImageView chart : List.of(rate, rank, slots)) {
            Path png = dir.resolve(chart.getId() + ".png");
            java.util.concurrent.CompletableFuture<String> outcome = new java.util.concurrent.CompletableFuture<>();
            robot.interact(() -> ChartPng.save(chart.getChart(), "रिपोर्टिंग दर — Sultanpur सुल्तानपुर", true, png, FxTasks.standard(),
                    p -> outcome.complete("saved"), outcome::complete));
            assertThat(outcome.get(20, TimeUnit.SECONDS)).as(chart.getId()).isEqualTo("saved");
            java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
            assertThat(image.getWidth()).isEqualTo(ChartPng.WIDTH);
            assertThat(image.getHeight()).isEqualTo(ChartPng.HEIGHT);
            // -Dwarroom.pngcheck=DIR keeps the files for a look at the Hindi text
            String keep = System.getProperty("warroom.pngcheck");
            if (keep != null) {
                Files.copy(png, Path.of(keep).resolve(png.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        // the heatmap is drawn by hand: its picture is the node as shown
        HeatmapView heat = robot.lookup("#reportHeatmap").queryAs(HeatmapView.class);
        Path png = dir.resolve("heatmap.png");
        java.util.concurrent.CompletableFuture<String> outcome = new java.util.concurrent.CompletableFuture<>();
        robot.interact(() -> ChartPng.save(heat, png, FxTasks.standard(), p -> outcome.complete("saved"), outcome::complete));
        assertThat(outcome.get(20, TimeUnit.SECONDS)).isEqualTo("saved");
        assertThat(javax.imageio.ImageIO.read(png.toFile()).getWidth()).isEqualTo((int) Math.ceil(heat.getWidth()));
    }

    private void snapshot(FxRobot robot, Path file) {
        robot.interact(() -> {
            try {
                javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", file.toFile());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private ReportsView reportsView() throws Exception {
        var f = MainWindow.class.getDeclaredField("reports");
        f.setAccessible(true);
        return (ReportsView) f.get(window);
    }

    private org.warroom.org.ui.OrgTreeView lookupTree() throws Exception {
        var f = MainWindow.class.getDeclaredField("tree");
        f.setAccessible(true);
        return (org.warroom.org.ui.OrgTreeView) f.get(window);
    }
}
