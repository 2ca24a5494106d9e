package org.warroom.posts.ui;

import static org.assertj.core.api.Assertions.assertThat;
import org.warroom.testing.Texts;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.warroom.app.AppContext;
import org.warroom.app.WarRoomApp;
import org.warroom.operators.Operator;
import org.warroom.operators.OperatorRole;
import org.warroom.org.UnitRow;
import org.warroom.platform.fx.Fonts;
import org.warroom.platform.fx.FxTasks;
import org.warroom.platform.i18n.IndianFormat;
import org.warroom.platform.i18n.Messages;
import org.warroom.posts.Channel;
import org.warroom.posts.Post;
import org.warroom.posts.PostCalendar;
import org.warroom.posts.PostDraft;
import org.warroom.posts.PostStatus;
import org.warroom.posts.PollPhase;
import org.warroom.platform.audit.Actor;
import org.warroom.platform.audit.AuditLog;
import org.warroom.posts.AckCounts;
import org.warroom.posts.DailySlots;
import org.warroom.posts.PostService;
import org.warroom.posts.ReleaseLogLine;
import org.warroom.posts.ReleaseService;
import org.warroom.posts.ReleaseStatus;
import org.warroom.testing.MutableClock;
import org.warroom.testing.TestDb;

/**
 * The posts tab as the desk uses it, on the Sultanpur demo (seats 187–191) and the real clock: a writer types Roman
 * Hindi and submits, a coordinator approves and schedules, the week counts it, and a seat in its silence period is
 * refused by name. Slots are always days ahead, so the test does not depend on the hour it runs.
 */
@ExtendWith(ApplicationExtension.class)
class PostsViewTest {
    @TempDir
    static Path dir;
    static AppContext ctx;
    static Operator writer;
    static Operator coordinator;
    PostsViewModel vm;

    @BeforeAll
    static void data() {
        ctx = TestDb.sultanpur(dir);
        writer = ctx.operators().add("Asha Writer", OperatorRole.WRITER);
        coordinator = ctx.operators().add("Meena Coordinator", OperatorRole.COORDINATOR);
    }

    @AfterAll
    static void close() {
        ctx.close();
    }

    @Start
    void start(Stage stage) {
        Fonts.load();
        PostCalendar calendar = new PostCalendar(ctx.db().jdbi(), ctx.posts(), ctx.calendar(), ctx.org());
        vm = new PostsViewModel(ctx.posts(), ctx.releases(), ctx.operators(), ctx.org(), calendar, FxTasks.standard(), ctx.clock());
        PostsView view = new PostsView(vm, Messages.of("en"));
        Scene scene = new Scene(view.node(), 1360, 900);
        scene.getStylesheets().add(WarRoomApp.class.getResource("/org/warroom/app/warroom.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void writeSubmitApproveScheduleSeeTheWeekAndBeRefusedInASilentSeat(FxRobot robot) {
        LocalDate today = LocalDate.now(IndianFormat.IST);
        robot.interact(() -> vm.operatorProperty().set(writer));
        robot.clickOn("#postsNew");
        robot.clickOn("#postTitle").write("Yojana story");
        robot.clickOn("#postBodyHiInput").write("bhaarat kii yojanaa");
        TextFlow preview = robot.lookup("#postBodyHiPreview").queryAs(TextFlow.class);
        waitFor(() -> text(preview).startsWith("भारत"));
        assertThat(vm.composer().bodyHiProperty().get()).startsWith("भारत की");

        chooseTarget(robot, "Isauli", "AC-187");
        robot.clickOn("#postChannelX");
        Label x = robot.lookup("#postCountX").queryAs(Label.class);
        waitFor(() -> x.getText().matches("X: \\d+ / 280"));
        assertThat(x.getStyleClass()).contains("count-ok");

        robot.clickOn("#postSubmit");
        waitFor(() -> status() == PostStatus.SUBMITTED);
        Post submitted = vm.selectedProperty().get();
        assertThat(ctx.posts().post(submitted.id()).orElseThrow().bodyHi()).startsWith("भारत की");
        assertThat(label(robot, "#postsMessage")).contains("submitted");

        // the coordinator takes the desk and approves
        robot.interact(() -> vm.operatorProperty().set(coordinator));
        Button approve = robot.lookup("#postApprove").queryButton();
        waitFor(() -> !approve.isDisabled());
        robot.clickOn("#postApprove");
        waitFor(() -> status() == PostStatus.APPROVED);

        LocalDate tomorrow = today.plusDays(1);
        chooseSlot(robot, tomorrow, "2 · 09:30");
        robot.clickOn("#postSchedule");
        waitFor(() -> status() == PostStatus.SCHEDULED);
        assertThat(ctx.posts().history(submitted.id())).extracting(h -> h.toStatus())
                .containsExactly(PostStatus.DRAFT, PostStatus.SUBMITTED, PostStatus.APPROVED, PostStatus.SCHEDULED);

        robot.clickOn("#postsWeekTab");
        String cell = tomorrow + "-2";
        waitFor(() -> robot.lookup("#slotTotal-" + cell).tryQuery().isPresent()
                && "1".equals(label(robot, "#slotTotal-" + cell)));
        assertThat(robot.lookup("#slot-" + cell).query().getStyleClass()).doesNotContain("slot-empty", "slot-silent");

        // seat 187 polls in three days: silent from tomorrow 18:00 until then
        ctx.calendar().replacePhases(List.of(new PollPhase(187, today.plusDays(3), LocalTime.of(18, 0))), null);
        long seat = ctx.org().byCode("AC-187").orElseThrow().unit().id();
        Post second = ctx.posts().create(writer.id(), PostDraft.of("Silent seat post", "सेवा ही संकल्प", null,
                "BENEFICIARY_STORY", List.of(seat), Set.of(Channel.WHATSAPP)));
        second = ctx.posts().submit(second.id(), second.version(), writer.id());
        ctx.posts().approve(second.id(), second.version(), coordinator.id());
        long secondId = second.id();

        String silentCell = today.plusDays(2) + "-2";
        robot.clickOn("#weekToday");
        waitFor(() -> robot.lookup("#slot-" + silentCell).query().getStyleClass().contains("slot-silent"));
        assertThat(label(robot, "#slot-" + silentCell + " .slot-silent-seats")).contains("187");

        robot.interact(vm::reload);
        waitFor(() -> robot.lookup("Silent seat post").tryQuery().isPresent());
        robot.clickOn("Silent seat post");
        waitFor(() -> vm.selectedProperty().get() != null && vm.selectedProperty().get().id() == secondId
                && !vm.composer().targets().isEmpty());
        chooseSlot(robot, today.plusDays(2), "2 · 09:30");
        org.warroom.platform.fx.WrapLabel silence = robot.lookup("#postSilence").queryAs(org.warroom.platform.fx.WrapLabel.class);
        waitFor(() -> silence.getText().contains("seat 187 from"));
        assertThat(silence.isVisible()).isTrue();

        robot.clickOn("#postSchedule");
        waitFor(() -> label(robot, "#postsMessage").startsWith("Not done"));
        assertThat(label(robot, "#postsMessage")).contains("AC-187").contains("seat 187");
        assertThat(robot.lookup("#postsMessage").query().getStyleClass()).contains("form-error");
        assertThat(ctx.posts().post(secondId).orElseThrow().status()).isEqualTo(PostStatus.APPROVED);
    }

    @Test
    void theAuthorCannotApproveTheirOwnPost(FxRobot robot) {
        long seat = ctx.org().byCode("AC-188").orElseThrow().unit().id();
        Post own = ctx.posts().create(coordinator.id(), PostDraft.of("Coordinator's own", "अपनी पोस्ट", null,
                "REBUTTAL", List.of(seat), Set.of(Channel.WHATSAPP)));
        ctx.posts().submit(own.id(), own.version(), coordinator.id());
        robot.interact(() -> {
            vm.operatorProperty().set(coordinator);
            vm.reload();
        });
        waitFor(() -> robot.lookup("Coordinator's own").tryQuery().isPresent());
        robot.clickOn("Coordinator's own");
        waitFor(() -> status() == PostStatus.SUBMITTED && vm.selectedProperty().get().id() == own.id());
        Button approve = robot.lookup("#postApprove").queryButton();
        assertThat(approve.isDisabled()).isTrue();
        assertThat(robot.lookup("#postReject").queryButton().isDisabled()).isTrue();
        assertThat(label(robot, "#postsHint")).contains("another coordinator");
        // a writer may not approve at all; the other coordinator may
        robot.interact(() -> vm.operatorProperty().set(writer));
        assertThat(approve.isDisabled()).isTrue();
        assertThat(label(robot, "#postsHint")).contains("waiting for a coordinator");
    }

    @Test
    void withNobodyAtTheDeskNothingCanBeDoneUntilAnOperatorIsAdded(FxRobot robot) {
        robot.interact(() -> vm.operatorProperty().set(null));
        assertThat(robot.lookup("#postSave").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#postSubmit").queryButton().isDisabled()).isTrue();
        assertThat(label(robot, "#postsHint")).contains("Choose who is at this desk");

        robot.clickOn("#postsAddOperator");
        robot.clickOn("#operatorName").write("Asha Writer");
        robot.clickOn("#operatorSave");
        waitFor(() -> label(robot, "#operatorError").contains("already an operator"));
        robot.clickOn("#operatorName").eraseText(11).write("Ravi Writer");
        robot.clickOn("#operatorSave");
        waitFor(() -> vm.operatorProperty().get() != null && vm.operatorProperty().get().name().equals("Ravi Writer"));
        waitFor(() -> !robot.lookup("#postSave").queryButton().isDisabled());
        assertThat(ctx.operators().byName("Ravi Writer")).isPresent();
    }

    @Test
    void anXPostOverItsLimitSaysSoInRed(FxRobot robot) {
        robot.interact(() -> vm.operatorProperty().set(writer));
        robot.clickOn("#postsNew");
        robot.clickOn("#postChannelX");
        robot.clickOn("#postPreviewEnglish");
        robot.interact(() -> vm.composer().bodyEnProperty().set("Kisan Samman ".repeat(23)));
        robot.clickOn("#postBodyEn").push(KeyCode.CONTROL, KeyCode.END).write("*now*");
        Label x = robot.lookup("#postCountX").queryAs(Label.class);
        waitFor(() -> x.getText().startsWith("X: 304 / 280"));
        assertThat(x.getText()).contains("24 over the limit");
        assertThat(x.getStyleClass()).contains("count-over");
        assertThat(label(robot, "#postLimits")).contains("X: 304 of 280 weighted characters");
        TextFlow whatsApp = robot.lookup("#postPreviewWhatsApp").queryAs(TextFlow.class);
        assertThat(whatsApp.getChildren()).last().matches(n -> ((Text) n).getText().equals("now")
                && n.getStyleClass().contains("wa-bold"));
    }

    @Test
    void aReleasedPostShowsWhereItWentAndAMissedOneWaitsForADecision(FxRobot robot) {
        // yesterday's slots, made with a clock of two days ago: one released at its slot, one left to miss it
        LocalDate yesterday = LocalDate.now(IndianFormat.IST).minusDays(1);
        MutableClock then = new MutableClock(yesterday.minusDays(1).atTime(10, 0).atZone(IndianFormat.IST).toInstant(),
                IndianFormat.IST);
        AuditLog audit = new AuditLog(then);
        PostService posts = new PostService(ctx.db().jdbi(), audit, new Actor("tester", "desk"), then, ctx.org(),
                ctx.operators(), ctx.calendar(), dir.resolve("media"), DailySlots::defaults);
        ReleaseService releases = new ReleaseService(posts, ctx.org(), then, dir.resolve("packs"), AckCounts.NONE, d -> then.advance(d));
        long seat = ctx.org().byCode("AC-189").orElseThrow().unit().id();
        Post sent = scheduled(posts, "Released yesterday", seat, yesterday, 2);
        Post late = scheduled(posts, "Missed yesterday", seat, yesterday, 3);
        then.set(yesterday.atTime(9, 30).atZone(IndianFormat.IST).toInstant());
        assertThat(releases.releaseDue(true).released()).extracting(o -> o.post().id()).containsExactly(sent.id());

        robot.interact(() -> {
            vm.operatorProperty().set(coordinator);
            vm.statusFilterProperty().set(null);
            vm.reload();
        });
        org.warroom.platform.fx.WrapLabel missed = robot.lookup("#postsMissed").queryAs(org.warroom.platform.fx.WrapLabel.class);
        waitFor(() -> missed.isVisible() && missed.getText().contains("#" + late.id() + " Missed yesterday"));
        assertThat(missed.getText()).contains("never sent late on their own").doesNotContain("#" + sent.id() + " ");

        waitFor(() -> robot.lookup("Released yesterday").tryQuery().isPresent());
        robot.clickOn("Released yesterday");
        TableView<ReleaseLogLine> log = robot.lookup("#postReleaseLog").queryTableView();
        waitFor(() -> log.getItems().size() == 1);
        ReleaseLogLine row = log.getItems().getFirst();
        assertThat(row.entry().unitCode()).isEqualTo("D-SULTANPUR");
        assertThat(row.entry().status()).isEqualTo(ReleaseStatus.PACKED);
        // what the desk sees in the first row, once the table has drawn it
        waitFor(() -> robot.lookup("#postReleaseLog .table-row-cell").tryQuery().map(r -> r.lookupAll(".table-cell").stream()
                .map(c -> ((javafx.scene.control.Labeled) c).getText()).toList()).orElse(List.of())
                .containsAll(List.of("D-SULTANPUR", "PACK", "packed")));
        waitFor(() -> label(robot, "#postLogAcks").equals("Volunteers who acknowledged this slot: 0"));
        // a post not yet released has an empty log
        robot.clickOn("Missed yesterday");
        waitFor(() -> log.getItems().isEmpty() && vm.selectedProperty().get().id() == late.id());
    }

    private Post scheduled(PostService posts, String title, long seat, LocalDate date, int slot) {
        Post p = posts.create(writer.id(), PostDraft.of(title, "नमस्ते", null, "GOVT_WORK", List.of(seat), Set.of(Channel.WHATSAPP)));
        p = posts.submit(p.id(), p.version(), writer.id());
        p = posts.approve(p.id(), p.version(), coordinator.id());
        return posts.schedule(p.id(), p.version(), coordinator.id(), date, slot, false).post();
    }

    // ---- helpers

    private void chooseTarget(FxRobot robot, String query, String code) {
        robot.clickOn("#postTargetSearch").write(query);
        ListView<UnitRow> results = robot.lookup("#postTargetResults").queryListView();
        waitFor(() -> !results.getItems().isEmpty() && results.getItems().getFirst().unit().code().equals(code));
        robot.type(KeyCode.ENTER);
        waitFor(() -> robot.lookup("#target-" + code).tryQuery().isPresent());
    }

    private void chooseSlot(FxRobot robot, LocalDate date, String slot) {
        DatePicker picker = robot.lookup("#postSlotDate").queryAs(DatePicker.class);
        robot.clickOn(picker.getEditor()).eraseText(picker.getEditor().getText().length())
                .write(IndianFormat.date(date)).type(KeyCode.ENTER);
        waitFor(() -> date.equals(vm.composer().slotDateProperty().get()));
        robot.clickOn("#postSlotNo");
        robot.clickOn(slot);
        waitFor(() -> vm.composer().slot() != null && vm.composer().slot().slotNo() == Integer.parseInt(slot.substring(0, 1)));
    }

    private PostStatus status() {
        Post p = vm.selectedProperty().get();
        return p == null ? null : p.status();
    }

    private static String label(FxRobot robot, String query) {
        return Texts.of(robot.lookup(query).query());
    }

    private static String text(TextFlow flow) {
        StringBuilder b = new StringBuilder();
        for (Node n : flow.getChildren()) {
            if (n instanceof Text t) {
                b.append(t.getText());
            }
        }
        return b.toString();
    }

    private static void waitFor(BooleanSupplier condition) {
        org.warroom.testing.Waits.until(10, condition);
    }
}
