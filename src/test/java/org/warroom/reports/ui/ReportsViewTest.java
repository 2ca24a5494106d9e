package org.warroom.reports.ui;

import static org.assertj.core.api.Assertions.assertThat;
import org.warroom.testing.Texts;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.jfree.chart.entity.CategoryItemEntity;
import org.jfree.data.category.CategoryDataset;
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
import org.warroom.app.WarRoomApp;
import org.warroom.org.UnitRow;
import org.warroom.people.PhoneNumbers;
import org.warroom.platform.fx.Fonts;
import org.warroom.platform.fx.FxTasks;
import org.warroom.platform.i18n.Messages;
import org.warroom.reports.MissingList;
import org.warroom.reports.QueuedMessage;
import org.warroom.testing.TestDb;

/**
 * The reports tab as an operator uses it: three reports typed through quick entry, a WhatsApp export imported
 * (one report, one chatter message queued, one system line), the queued message turned into a report, and the
 * ranking chart and the missing list following each step; a click on a bar or a heatmap row opens that unit.
 */
@ExtendWith(ApplicationExtension.class)
class ReportsViewTest {
    static final DateTimeFormatter CHAT_DAY = DateTimeFormatter.ofPattern("dd/MM/yy");

    @TempDir
    static Path dir;
    static AppContext ctx;
    @TempDir
    Path files;
    ReportsView view;
    final SimpleObjectProperty<UnitRow> selected = new SimpleObjectProperty<>();
    final List<UnitRow> opened = new CopyOnWriteArrayList<>();
    Scene scene;

    /** An active booth IT volunteer of the demo data, with the part number of their booth. */
    record Vol(long id, String name, String phone, int part) {
    }

    @BeforeAll
    static void data() {
        ctx = TestDb.sultanpur(dir);
    }

    @AfterAll
    static void close() {
        ctx.close();
    }

    @Start
    void start(Stage stage) {
        Fonts.load();
        view = new ReportsView(ctx.reports(), ctx.reportImports(), ctx.org(), FxTasks.standard(), Messages.of("en"), selected,
                opened::add, () -> { });
        view.setShowing(true);
        scene = new Scene(view.node(), 1360, 860);
        scene.getStylesheets().add(WarRoomApp.class.getResource("/org/warroom/app/warroom.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    private static void waitFor(BooleanSupplier condition) {
        org.warroom.testing.Waits.until(15, condition);
    }

    /** Five volunteers of one seat, each at a different booth, none of whom has reported. */
    static List<Vol> volunteers(String seatCode) {
        return ctx.db().jdbi().withHandle(h -> h.createQuery("SELECT v.id, v.name, v.phone, b.number FROM volunteer v "
                        + "JOIN unit b ON b.id = v.unit_id JOIN unit s ON b.path LIKE s.path || '%' "
                        + "WHERE s.code = :seat AND b.kind = 'BOOTH' AND v.active = TRUE AND v.role = 'BOOTH_IT' "
                        + "AND v.phone LIKE '+9150%' ORDER BY b.number, v.id")
                .bind("seat", seatCode)
                .map((rs, c) -> new Vol(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4))).list())
                .stream().collect(java.util.stream.Collectors.toMap(Vol::part, v -> v, (a, b) -> a, java.util.LinkedHashMap::new))
                .values().stream().skip(10).limit(5).toList();
    }

    private CategoryDataset ranking() {
        return view.charts().rankViewer().getChart().getCategoryPlot().getDataset();
    }

    /** The sum of the ranking's bars: it rises whenever a unit below gains a report. */
    private double rankingSum() {
        double[] sum = {0};
        CategoryDataset ds = ranking();
        for (int c = 0; c < ds.getColumnCount(); c++) {
            Number n = ds.getValue(0, c);
            sum[0] += n == null ? 0 : n.doubleValue();
        }
        return sum[0];
    }

    /** The count on the missing list's tab, as the operator reads it (from the roll-up while the list is hidden). */
    private int missing() {
        String title = WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.missingTab().getText());
        java.util.regex.Matcher n = java.util.regex.Pattern.compile("\\(([\\d,]+)\\)").matcher(title);
        return n.find() ? Integer.parseInt(n.group(1).replace(",", "")) : -1;
    }

    /** The missing list itself (read only while its tab is shown). */
    private int listed() {
        MissingList l = view.viewModel().missingProperty().get();
        return l == null ? -1 : l.missing();
    }

    private String text(FxRobot robot, String id) {
        return Texts.of(robot.lookup(id).query());
    }

    private void typeReport(FxRobot robot, Vol v, String fwd, String added, String members) {
        robot.clickOn("#reportFind").write(v.phone().substring(3));
        ListView<?> results = robot.lookup("#reportFindResults").queryListView();
        waitFor(() -> results.getItems().size() == 1);
        robot.type(KeyCode.ENTER);
        waitFor(() -> text(robot, "#reportReporter").contains(v.name()));
        assertThat(robot.lookup("#reportForwarded").queryAs(TextField.class).isFocused()).isTrue();
        robot.write(fwd).type(KeyCode.TAB).write(added).type(KeyCode.TAB).write(members).type(KeyCode.ENTER);
        waitFor(() -> text(robot, "#reportConfirmation").contains(v.name()));
        // the form is empty again and waits for the next volunteer
        waitFor(() -> robot.lookup("#reportFind").queryAs(TextField.class).isFocused());
        assertThat(robot.lookup("#reportForwarded").queryAs(TextField.class).getText()).isEmpty();
    }

    @Test
    void anOperatorTypesImportsReviewsAndWatchesTheChartsFollow(FxRobot robot) throws Exception {
        UnitRow seat = ctx.org().byCode("AC-187").orElseThrow();
        List<Vol> vols = volunteers("AC-187");
        assertThat(vols).hasSize(5);
        robot.interact(() -> selected.set(seat));
        waitFor(() -> text(robot, "#reportsUnit").contains("Isauli"));
        waitFor(() -> ranking().getColumnCount() > 0 && missing() > 0);
        int missing0 = missing();
        double sum0 = rankingSum();

        // validation as you type: letters and out-of-range numbers are flagged, nothing is saved
        robot.clickOn("#reportMembers").write("12a");
        waitFor(() -> text(robot, "#reportMembersError").equals("Numbers only"));
        robot.eraseText(3).write("2000");
        waitFor(() -> text(robot, "#reportMembersError").equals("From 0 to 1024"));
        robot.type(KeyCode.ENTER);
        waitFor(() -> text(robot, "#reportRefusal").contains("Choose the volunteer first"));
        robot.eraseText(4);
        waitFor(() -> text(robot, "#reportMembersError").isEmpty());

        // three reports typed in, each found by phone
        typeReport(robot, vols.get(0), "6", "12", "148");
        typeReport(robot, vols.get(1), "5", "3", "90");
        typeReport(robot, vols.get(2), "४", "0", "75");
        assertThat(ctx.reports().reportOf(vols.get(2).id(), ctx.reports().today()).orElseThrow().forwarded()).isEqualTo(4);
        waitFor(() -> missing() == missing0 - 3);
        waitFor(() -> text(robot, "#reportsToday").startsWith("Today: 3 of "));
        waitFor(() -> rankingSum() > sum0);
        double sum1 = rankingSum();

        // a WhatsApp export: a report, a chatter message from another volunteer, an end-to-end notice
        Vol reporter = vols.get(3);
        Vol chatter = vols.get(4);
        String day = CHAT_DAY.format(ctx.reports().today());
        Path chat = files.resolve("WhatsApp Chat with Isauli IT.txt");
        Files.writeString(chat, String.join("\n",
                day + ", 00:00 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, "
                        + "can read or listen to them. Tap to learn more.",
                day + ", 00:00 - " + PhoneNumbers.display(reporter.phone()) + ": Booth " + reporter.part() + ": fwd 6 added 2 members 130",
                day + ", 00:00 - " + PhoneNumbers.display(chatter.phone()) + ": aaj 5 message bheje, 2 log jode") + "\n",
                StandardCharsets.UTF_8);
        robot.interact(() -> view.importFile(chat));
        waitFor(() -> robot.lookup("#reportImportGo").tryQuery().isPresent());
        assertThat(text(robot, "#importTotal")).isEqualTo("3");
        assertThat(text(robot, "#importReports")).isEqualTo("1");
        assertThat(text(robot, "#importQueued")).isEqualTo("1");
        assertThat(text(robot, "#importSystem")).isEqualTo("1");
        assertThat(text(robot, "#importErrors")).isEqualTo("0");
        assertThat(missing()).isEqualTo(missing0 - 3); // the preview saved nothing
        robot.clickOn("#reportImportGo");
        waitFor(() -> text(robot, "#reportImportState").contains("saved"));
        assertThat(text(robot, "#importReports")).isEqualTo("1");
        assertThat(text(robot, "#importQueued")).isEqualTo("1");
        robot.clickOn("#reportImportGo");
        waitFor(() -> robot.lookup("#reportImportGo").tryQuery().isEmpty());
        waitFor(() -> missing() == missing0 - 4);
        waitFor(() -> rankingSum() > sum1);
        double sum2 = rankingSum();
        assertThat(text(robot, "#reportsStatus")).contains("1 reports, 1 queued for review");

        // the queue: the chatter message becomes a report
        robot.clickOn("#reportsQueueTab");
        ListView<QueuedMessage> queue = robot.lookup("#reviewQueue").queryListView();
        waitFor(() -> queue.getItems().stream().anyMatch(q -> q.text().contains("aaj 5 message bheje")));
        QueuedMessage q = queue.getItems().stream().filter(x -> x.text().contains("aaj 5 message bheje")).findFirst().orElseThrow();
        assertThat(q.volunteerId()).isEqualTo(chatter.id());
        robot.interact(() -> queue.getSelectionModel().select(q));
        robot.clickOn("#queueMakeReport");
        waitFor(() -> text(robot, "#reportFromQueue").contains("aaj 5 message bheje"));
        waitFor(() -> robot.lookup("#reportForwarded").queryAs(TextField.class).isFocused());
        robot.write("5").type(KeyCode.TAB).write("2").type(KeyCode.ENTER);
        waitFor(() -> text(robot, "#reportConfirmation").contains("forwarded 5, added 2"));
        waitFor(() -> queue.getItems().stream().noneMatch(x -> x.id() == q.id()));
        assertThat(ctx.reports().reportOf(chatter.id(), ctx.reports().today()).orElseThrow().originalText()).contains("aaj 5 message");
        waitFor(() -> missing() == missing0 - 5);
        // the tab's count comes from the fresh load; the charts were not redrawn with it while the queue is in front,
        // and catch up when they are shown again
        assertThat(rankingSum()).isEqualTo(sum2);

        // the list itself, read when its tab is shown, agrees with the count its tab showed
        robot.clickOn("#reportsMissingTab");
        waitFor(() -> listed() == missing0 - 5);
        assertThat(missing()).isEqualTo(missing0 - 5);

        robot.clickOn("#reportsChartsTab");
        waitFor(() -> rankingSum() > sum2);

        // a click on the worst bar opens that unit in the tree
        ChartImageView rank = view.charts().rankViewer();
        // the entities are read on the FX thread, which redraws the chart and rebuilds them
        java.util.function.Supplier<CategoryItemEntity> worst = () -> WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            if (rank.getRenderingInfo() == null) {
                return null;
            }
            for (Object e : rank.getRenderingInfo().getEntityCollection().getEntities()) {
                if (e instanceof CategoryItemEntity c && c.getColumnKey() instanceof ReportCharts.RankKey) {
                    return c;
                }
            }
            return null;
        });
        waitFor(() -> worst.get() != null);
        CategoryItemEntity bar = worst.get();
        UnitKey key = ((ReportCharts.RankKey) bar.getColumnKey()).unit;
        java.awt.geom.Rectangle2D area = bar.getArea().getBounds2D();
        Point2D onScreen = rank.localToScreen(area.getCenterX(), area.getCenterY());
        robot.clickOn(onScreen);
        waitFor(() -> opened.stream().anyMatch(u -> u.unit().id() == key.id()));

        // and so does a row of the heatmap
        HeatmapView heat = view.charts().heatmapView();
        long firstRow = heat.heatmap().children().getFirst().unitId();
        Point2D cell = heat.canvas().localToScreen(heat.cellCentre(0, heat.heatmap().days().size() - 1));
        opened.clear();
        robot.clickOn(cell);
        waitFor(() -> opened.stream().anyMatch(u -> u.unit().id() == firstRow));

        // the missing list exports with phones masked
        Path csv = files.resolve("missing.csv");
        robot.interact(() -> view.missing().exportTo(csv, false));
        waitFor(() -> Files.exists(csv) && text(robot, "#reportsStatus").contains("missing.csv"));
        String exported = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(exported).contains("•••••").doesNotContain(vols.get(0).phone());

        String shot = System.getProperty("warroom.screenshot");
        if (shot != null) {
            robot.interact(() -> snapshot(Path.of(shot)));
        }
    }

    private void snapshot(Path file) {
        try {
            javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", file.toFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

}
