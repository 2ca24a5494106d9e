package org.warroom.posts.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.warroom.app.AppContext;
import org.warroom.app.MainWindow;
import org.warroom.app.WarRoomApp;
import org.warroom.demo.DemoPreset;
import org.warroom.operators.Operator;
import org.warroom.operators.OperatorRole;
import org.warroom.platform.audit.Actor;
import org.warroom.platform.db.DataFolder;
import org.warroom.platform.db.Database;
import org.warroom.platform.fx.Fonts;
import org.warroom.platform.fx.FxTasks;
import org.warroom.platform.i18n.Messages;
import org.warroom.posts.Channel;
import org.warroom.posts.Category;
import org.warroom.posts.Post;
import org.warroom.posts.PostCalendar;
import org.warroom.posts.PostDraft;
import org.warroom.posts.PollPhase;
import org.warroom.posts.SlotRef;
import org.warroom.testing.MutableClock;

/**
 * Renders the README's picture of the week view: the Sultanpur desk on Monday 15 February 2027 at 08:10 IST, a
 * week of scheduled posts with a few empty slots, seats 187–188 and then 189–191 in their silence periods, and the
 * list filtered to one slot. Runs only when asked:
 * {@code mvn -o test -Dtest=PostsScreenshotTest -Dwarroom.screenshot=docs/screenshot-posts.png}.
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "warroom.screenshot", matches = ".+")
class PostsScreenshotTest {
    private static final LocalDate MONDAY = LocalDate.of(2027, 2, 15);
    private static final String[] TITLES = {"Ujjwala: Savitri Devi's new stove", "PM Awas keys in Isauli",
        "Expressway: Sultanpur to Lucknow in 90 min", "Moonj craft goes to Delhi", "Kisan Samman instalment",
        "Rally: Yogi ji in Kadipur", "Fact check: the bridge photo", "Ayushman card camp", "Night school in Lambhua",
        "Jal Jeevan: taps in 40 villages", "Youth skills fair", "Rebuttal: paper-leak claim"};
    // slots left empty, as the warning should show them
    private static final Set<String> EMPTY = Set.of("0-4", "1-2", "2-5", "4-1", "5-3", "6-2", "6-6");

    @TempDir
    static Path dir;
    static MutableClock clock;
    static AppContext ctx;
    MainWindow window;
    PostsViewModel vm;
    PostsView view;
    Scene scene;

    @BeforeAll
    static void data() {
        clock = MutableClock.ist(2027, 2, 14, 20, 0);
        ctx = new AppContext(Database.openEmbedded(DataFolder.open(dir)), clock, new Actor("desk", "content-desk"),
                dir.resolve("media"));
        ctx.demo().build(DemoPreset.SULTANPUR, 7, false, (a, b) -> { });
        ctx.calendar().replacePhases(List.of(
                new PollPhase(187, MONDAY.plusDays(3), LocalTime.of(18, 0)),
                new PollPhase(188, MONDAY.plusDays(3), LocalTime.of(18, 0)),
                new PollPhase(189, MONDAY.plusDays(5), LocalTime.of(18, 0)),
                new PollPhase(190, MONDAY.plusDays(5), LocalTime.of(18, 0)),
                new PollPhase(191, MONDAY.plusDays(5), LocalTime.of(18, 0))), LocalDate.of(2027, 1, 8));
        Operator asha = ctx.operators().add("Asha Verma", OperatorRole.WRITER);
        Operator ravi = ctx.operators().add("Ravi Pal", OperatorRole.WRITER);
        Operator meena = ctx.operators().add("Meena Singh", OperatorRole.COORDINATOR);
        List<String> categories = ctx.posts().categories().stream().map(Category::code).toList();
        List<Long> targets = new ArrayList<>();
        targets.add(ctx.org().byCode("D-SULTANPUR").orElseThrow().unit().id());
        for (int seat = 187; seat <= 191; seat++) {
            targets.add(ctx.org().byCode("AC-" + seat).orElseThrow().unit().id());
        }
        Random rnd = new Random(7);
        List<Post> first = new ArrayList<>();
        for (int day = 0; day < 7; day++) {
            for (int slot = 1; slot <= 6; slot++) {
                if (EMPTY.contains(day + "-" + slot)) {
                    continue;
                }
                LocalDate date = MONDAY.plusDays(day);
                int n = 2 + rnd.nextInt(6);
                for (int i = 0; i < n; i++) {
                    Operator writer = rnd.nextBoolean() ? asha : ravi;
                    long target = targets.get(rnd.nextInt(targets.size()));
                    if (!ctx.posts().silence(List.of(target), ctx.posts().slotTime(date, slot)).clear()) {
                        target = targets.getFirst();   // a seat in silence gets nothing: the district's other seats do
                    }
                    PostDraft d = PostDraft.of(TITLES[rnd.nextInt(TITLES.length)], "सेवा ही संकल्प: *" + (i + 1) + "*",
                            null, categories.get(rnd.nextInt(categories.size())), List.of(target),
                            Set.of(Channel.WHATSAPP, Channel.X)).withSlot(date, slot);
                    Post p = ctx.posts().create(writer.id(), d);
                    p = ctx.posts().submit(p.id(), p.version(), writer.id());
                    if (rnd.nextInt(8) == 0) {
                        continue;   // still waiting for approval
                    }
                    p = ctx.posts().approve(p.id(), p.version(), meena.id());
                    p = ctx.posts().schedule(p.id(), p.version(), meena.id(), date, slot, true).post();
                    if (day == 0 && slot == 1) {
                        first.add(p);
                    }
                }
            }
        }
        clock.set(ctx.posts().slotTime(MONDAY, 1).plus(Duration.ofMinutes(5)));
        for (Post p : first) {
            ctx.posts().release(p.id(), p.version(), meena.id(), true, false);
        }
        clock.set(ctx.posts().slotTime(MONDAY, 1).plus(Duration.ofMinutes(70)));
    }

    @AfterAll
    static void close() {
        if (ctx != null) {
            ctx.close();
        }
    }

    @Start
    void start(Stage stage) {
        Fonts.load();
        FxTasks tasks = FxTasks.standard();
        Messages m = Messages.of(System.getProperty("warroom.screenshot.lang", "en"));
        window = new MainWindow(ctx, tasks, m, "Sultanpur");
        vm = new PostsViewModel(ctx.posts(), ctx.releases(), ctx.operators(), ctx.org(),
                new PostCalendar(ctx.db().jdbi(), ctx.posts(), ctx.calendar(), ctx.org()), tasks, ctx.clock());
        vm.operatorProperty().bind(window.operatorProperty());
        vm.setOnOperatorAdded(window::loadOperators);
        vm.week().deskProperty().set("Sultanpur");
        view = new PostsView(vm, m);
        // the window may already have its own posts tab (wired in MainWindow): this one, with the test's data, replaces it
        var tabs = (javafx.scene.control.TabPane) window.node().lookup("#mainTabs");
        tabs.getTabs().removeIf(t -> "tab-tab-posts".equals(t.getId()));
        var tab = window.addTab("tab.posts", view.node(), view::setMessages);
        tab.getTabPane().getSelectionModel().select(tab);
        view.showWeek();
        window.loadOperators("Meena Singh");
        scene = new Scene(window.node(), 1400, 900);
        scene.getStylesheets().add(WarRoomApp.class.getResource("/org/warroom/app/warroom.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void weekView(FxRobot robot) throws Exception {
        SlotRef slot = new SlotRef(MONDAY.plusDays(1), 3);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.week().gridProperty().get() != null
                && window.operatorProperty().get() != null && !vm.categories().isEmpty());
        robot.interact(() -> vm.week().selectedProperty().set(slot));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !vm.posts().isEmpty()
                && vm.posts().stream().allMatch(p -> slot.date().equals(p.slotDate()) && p.slotNo() == 3));
        if ("compose".equals(System.getProperty("warroom.screenshot.tab"))) {
            // for reviewing the composer: a scheduled post with a silent seat in its slot, and the X count
            robot.clickOn(vm.posts().getFirst().title());
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !vm.history().isEmpty());
            robot.interact(() -> vm.composer().hindiInputProperty().set("*{Yogi} sarkaar* kii _nayii_ yojanaa: "
                    + "bhaarat ke ~puraane~ kisaan ko laabh | https://up.gov.in/yojanaa #UPKiYojana"));
            robot.interact(() -> vm.composer().xProperty().set(true));
        }
        if ("day".equals(System.getProperty("warroom.screenshot.tab"))) {
            dragOverASilentSlot(robot);
        }
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = scene.snapshot(null));
        Path out = Path.of(System.getProperty("warroom.screenshot"));
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", out.toFile());
        if ("day".equals(System.getProperty("warroom.screenshot.tab"))) {
            robot.moveTo("#dayHeading").release(javafx.scene.input.MouseButton.PRIMARY);
        }
    }

    /** The day view of Tuesday with a card held over an evening slot that is silent for its seat (-Dwarroom.screenshot.tab=day). */
    private void dragOverASilentSlot(FxRobot robot) throws Exception {
        LocalDate tuesday = MONDAY.plusDays(1);
        robot.interact(() -> view.showDay(tuesday));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.day().planProperty().get() != null
                && tuesday.equals(vm.day().planProperty().get().date()));
        var plan = vm.day().planProperty().get();
        var card = plan.slots().stream().limit(4).flatMap(sl -> sl.cards().stream())
                .filter(c -> c.refusal(5) != null && !c.refusal(5).contains("past")).findFirst().orElseThrow();
        robot.interact(() -> robot.lookup("#dayList-" + card.post().slotNo()).queryAs(javafx.scene.control.ListView.class)
                .scrollTo(card));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#dayCard-" + card.post().id()).tryQuery().isPresent());
        robot.drag("#dayCard-" + card.post().id()).moveTo("#dayList-5");
    }
}
