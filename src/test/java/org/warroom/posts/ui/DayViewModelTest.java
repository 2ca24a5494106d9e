package org.warroom.posts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.warroom.app.AppContext;
import org.warroom.operators.Operator;
import org.warroom.operators.OperatorRole;
import org.warroom.platform.fx.FxTasks;
import org.warroom.platform.i18n.IndianFormat;
import org.warroom.posts.Channel;
import org.warroom.posts.DayCard;
import org.warroom.posts.Post;
import org.warroom.posts.PostCalendar;
import org.warroom.posts.PostDraft;
import org.warroom.posts.SlotRef;
import org.warroom.testing.SultanpurDb;

/**
 * The day's view model without a window (same-thread tasks): it loads only while shown, refuses to move with nobody
 * at the desk, moves in the operator's name, tells its owner, and Undo takes the move back once.
 */
class DayViewModelTest {
    @RegisterExtension
    static final SultanpurDb DB = new SultanpurDb();

    @Test
    void loadsWhenShownMovesInTheOperatorsNameAndUndoesOnce() {
        AppContext ctx = DB.ctx();
        Operator writer = ctx.operators().add("VM Writer", OperatorRole.WRITER);
        Operator boss = ctx.operators().add("VM Coordinator", OperatorRole.COORDINATOR);
        LocalDate day = LocalDate.now(IndianFormat.IST).plusDays(2);
        Post p = ctx.posts().create(writer.id(), PostDraft.of("VM test", "दिन की जाँच", null, "ODOP",
                List.of(ctx.org().byCode("AC-190").orElseThrow().unit().id()), Set.of(Channel.WHATSAPP)));
        p = ctx.posts().submit(p.id(), p.version(), writer.id());
        p = ctx.posts().approve(p.id(), p.version(), boss.id());
        long id = ctx.posts().schedule(p.id(), p.version(), boss.id(), day, 3, false).post().id();
        PostCalendar calendar = new PostCalendar(ctx.db().jdbi(), ctx.posts(), ctx.calendar(), ctx.org());
        DayViewModel vm = new DayViewModel(ctx.posts(), calendar, new FxTasks(Runnable::run, Runnable::run), ctx.clock());
        List<Post> told = new ArrayList<>();
        vm.setOnMoved(told::add);

        vm.dateProperty().set(day);
        assertThat(vm.planProperty().get()).as("hidden: nothing is read").isNull();
        vm.setShown(true);
        DayCard card = vm.planProperty().get().card(id);
        assertThat(card).isNotNull();
        assertThat(vm.planProperty().get().moveRefusal()).startsWith("Choose who is at this desk");
        assertThat(vm.dropRefusal(card, 1)).startsWith("Choose who is at this desk");
        assertThat(vm.isOwnSlot(card, 3)).isTrue();
        assertThat(vm.dropRefusal(card, 3)).as("its own slot is no refusal: nothing happens there").isNull();
        vm.move(card, new SlotRef(day, 1), false, text -> { });
        assertThat(vm.noticeProperty().get().key()).isEqualTo("calendar.day.noOperator");

        vm.operatorProperty().set(boss);
        card = vm.planProperty().get().card(id);
        assertThat(vm.dropRefusal(card, 1)).isNull();
        vm.move(card, new SlotRef(day, 1), false, text -> { });
        assertThat(vm.noticeProperty().get().error()).isFalse();
        assertThat(vm.lastMoveProperty().get().from()).isEqualTo(new SlotRef(day, 3));
        assertThat(vm.planProperty().get().slot(1).cards()).extracting(c -> c.post().id()).contains(id);
        assertThat(told).extracting(Post::slotNo).containsExactly(1);

        vm.undo(text -> { });
        assertThat(vm.noticeProperty().get().key()).isEqualTo("calendar.day.undone");
        assertThat(vm.lastMoveProperty().get()).isNull();
        assertThat(ctx.posts().post(id).orElseThrow().slotNo()).isEqualTo(3);
        assertThat(told).extracting(Post::slotNo).containsExactly(1, 3);

        // a stale card (the version from before the move and back) is refused in the service's words
        vm.move(card, new SlotRef(day, 2), false, text -> { });
        assertThat(vm.noticeProperty().get().error()).isTrue();
        assertThat(vm.noticeProperty().get().args().getFirst().toString()).startsWith("Someone else changed post #" + id);
    }
}
