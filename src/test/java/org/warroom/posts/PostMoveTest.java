package org.warroom.posts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.warroom.app.AppContext;
import org.warroom.operators.Operator;
import org.warroom.operators.OperatorRole;
import org.warroom.testing.BothEngines;
import org.warroom.testing.MutableClock;
import org.warroom.testing.SultanpurDb;

/**
 * Moving a post to another slot (the day view's drag, "Move to slot…", Undo) on a real database, Sultanpur's seats
 * 187–188 silent from 18/02/2027 18:00 and 189–191 from 20/02 18:00 (slot 5 is at 18:00, on the edge), with a clock
 * the test sets: who may, where it may go and why not, what happens to the approval, the history and audit rows.
 */
@BothEngines
class PostMoveTest {
    static final LocalDate FEB12 = LocalDate.of(2027, 2, 12);
    static final LocalDate FEB18 = LocalDate.of(2027, 2, 18);
    @RegisterExtension
    static final SultanpurDb DB = new SultanpurDb();
    static AppContext ctx;
    static Operator asha;     // writer
    static Operator meena;    // coordinator
    static Operator rahul;    // coordinator

    @BeforeAll
    static void people() {
        ctx = DB.ctx();
        PostsKit k = kit();
        asha = k.operator("Asha Verma", OperatorRole.WRITER);
        meena = k.operator("Meena Yadav", OperatorRole.COORDINATOR);
        rahul = k.operator("Rahul Mishra", OperatorRole.COORDINATOR);
        k.calendar.replacePhases(PostsKit.twoPhases(), LocalDate.of(2027, 1, 8));
    }

    /** The posts services at 10:00 IST on 10 February 2027, slot 5 at 18:00. */
    static PostsKit kit() {
        return new PostsKit(DB.ctx(), MutableClock.ist(2027, 2, 10, 10, 0), DB.dir().resolve("media"), PostsKit.slotsWithSix());
    }

    static Post scheduled(PostsKit k, String title, LocalDate date, int slot, String... codes) {
        Post p = k.approved(asha, meena, title, codes);
        return k.posts.schedule(p.id(), p.version(), meena.id(), date, slot, true).post();
    }

    @Test
    void aScheduledPostMovesKeepingItsApprovalWithHistoryAuditAndUndo() {
        PostsKit k = kit();
        Post p = scheduled(k, "Move me", FEB12, 2, "AC-187");

        MoveOutcome o = k.posts.move(p.id(), p.version(), rahul.id(), FEB12, 4, false);

        assertThat(o.moved()).isTrue();
        assertThat(o.from()).isEqualTo(new SlotRef(FEB12, 2));
        assertThat(o.to()).isEqualTo(new SlotRef(FEB12, 4));
        Post moved = o.post();
        assertThat(moved.status()).as("a move changes when, not what: the approval stands").isEqualTo(PostStatus.SCHEDULED);
        assertThat(moved.slotNo()).isEqualTo(4);
        assertThat(moved.scheduledAt()).isEqualTo(PostsKit.ist(2, 12, 15, 30));
        assertThat(moved.version()).isEqualTo(p.version() + 1);
        assertThat(o.message()).contains("moved from slot 2 on 12/02/2027 (09:30 IST) to slot 4 on 12/02/2027 (15:30 IST)");
        PostHistoryEntry last = k.posts.history(p.id()).getLast();
        assertThat(last.note()).isEqualTo("moved from slot 2 on 12/02/2027 (09:30 IST) to slot 4 on 12/02/2027 (15:30 IST)");
        assertThat(last.operatorId()).isEqualTo(rahul.id());
        List<String> audit = ctx.db().jdbi().withHandle(h -> h.createQuery("SELECT actor || ' | ' || before_value || ' | ' "
                + "|| after_value FROM audit_log WHERE entity = 'post' AND entity_id = :id AND action = 'MOVE' ORDER BY id")
                .bind("id", p.id()).mapTo(String.class).list());
        assertThat(audit).singleElement().satisfies(row -> assertThat(row).startsWith("Rahul Mishra | ")
                .contains("slot=2027-02-12/2", "slot=2027-02-12/4", "v" + p.version() + " | ", "v" + moved.version() + ";"));

        // a stale move (the version from before) is refused, and nothing changes
        assertThatThrownBy(() -> k.posts.move(p.id(), p.version(), meena.id(), FEB12, 6, false))
                .isInstanceOf(PostConflictException.class)
                .hasMessageContaining("Someone else changed post #" + p.id()).hasMessageContaining("nothing was saved");
        assertThat(k.posts.post(p.id()).orElseThrow().slotNo()).isEqualTo(4);

        // Undo is a move back, through the same rules
        MoveOutcome back = k.posts.move(p.id(), moved.version(), rahul.id(), o.from().date(), o.from().slotNo(), false);
        assertThat(back.post().slotNo()).isEqualTo(2);
        assertThat(back.post().scheduledAt()).isEqualTo(PostsKit.ist(2, 12, 9, 30));
        assertThat(back.post().status()).isEqualTo(PostStatus.SCHEDULED);
    }

    @Test
    void refusedMovesSayWhyAndChangeNothing() {
        PostsKit k = kit();
        Post p = scheduled(k, "Stay put", FEB12, 3, "AC-187");
        int v = p.version();
        assertThatThrownBy(() -> k.posts.move(p.id(), v, asha.id(), FEB12, 4, false))
                .isInstanceOf(PostValidationException.class)
                .hasMessage("Asha Verma is a writer; only a coordinator or an admin can move posts.");
        assertThatThrownBy(() -> k.posts.move(p.id(), v, meena.id(), LocalDate.of(2027, 2, 10), 1, false))
                .hasMessageContaining("Slot 1 on 10/02/2027 (10/02/2027 07:00 IST) is in the past; it is now 10/02/2027 10:00 IST");
        assertThatThrownBy(() -> k.posts.move(p.id(), v, meena.id(), FEB12, 3, false))
                .hasMessage("Post #" + p.id() + " is already in slot 3 on 12/02/2027.");
        assertThatThrownBy(() -> k.posts.move(p.id(), v, meena.id(), FEB12, 7, false)).hasMessageContaining("There is no slot 7");
        // the silence edge: 18/02 18:00 is exactly 48 hours before seat 187's poll closes; 15:30 that day is still open
        assertThatThrownBy(() -> k.posts.move(p.id(), v, meena.id(), FEB18, 5, false))
                .hasMessageContaining("Nothing can go to AC-187").hasMessageContaining("18/02/2027 18:00 IST")
                .hasMessageContaining("seat 187: from 18/02/2027 18:00 until 20/02/2027 18:00 IST");
        assertThat(k.posts.post(p.id()).orElseThrow().version()).isEqualTo(v);
        MoveOutcome edge = k.posts.move(p.id(), v, meena.id(), FEB18, 4, false);
        assertThat(edge.moved()).isTrue();

        // released and cancelled posts are history
        Post gone = k.posts.cancel(edge.post().id(), edge.post().version(), meena.id(), "not needed");
        assertThatThrownBy(() -> k.posts.move(gone.id(), gone.version(), meena.id(), FEB12, 2, false))
                .hasMessage("Post #" + gone.id() + " is cancelled; it cannot be moved.");
    }

    @Test
    void aCoordinatorWithAScopeMovesOnlyPostsInsideIt() {
        PostsKit k = kit();
        Operator isauli = k.operators.addAccount("Isauli Coordinator", OperatorRole.COORDINATOR, "AC-187",
                "a long enough password".toCharArray());
        Post inside = scheduled(k, "Isauli's own", FEB12, 2, "AC-187");
        Post outside = scheduled(k, "Lambhua's", FEB12, 2, "AC-188");
        Post wide = scheduled(k, "Whole district", FEB12, 2, "D-SULTANPUR");
        assertThat(k.posts.move(inside.id(), inside.version(), isauli.id(), FEB12, 5, false).moved()).isTrue();
        assertThatThrownBy(() -> k.posts.move(outside.id(), outside.version(), isauli.id(), FEB12, 5, false))
                .hasMessageStartingWith("Isauli Coordinator works for").hasMessageContaining("may not move post #" + outside.id())
                .hasMessageContaining("its target AC-188");
        assertThatThrownBy(() -> k.posts.move(wide.id(), wide.version(), isauli.id(), FEB12, 5, false))
                .hasMessageContaining("its target D-SULTANPUR");
    }

    @Test
    void aWiderTargetAsksBeforeItsSilentSeatsAreLeftOutAndAMoveBackClearsThem() {
        PostsKit k = kit();
        Post p = scheduled(k, "District-wide", FEB12, 2, "D-SULTANPUR");
        LocalDate feb19 = FEB18.plusDays(1);

        MoveOutcome ask = k.posts.move(p.id(), p.version(), meena.id(), feb19, 2, false);
        assertThat(ask.moved()).isFalse();
        assertThat(ask.needsConfirmation()).isTrue();
        assertThat(ask.silent().silent()).containsExactly(187, 188);
        assertThat(ask.message()).startsWith("Not moved yet").contains("seats 187, 188");
        assertThat(k.posts.post(p.id()).orElseThrow().slotDate()).isEqualTo(FEB12);

        MoveOutcome done = k.posts.move(p.id(), p.version(), meena.id(), feb19, 2, true);
        assertThat(done.moved()).isTrue();
        assertThat(k.posts.detail(p.id()).excludedSeats()).containsExactly(187, 188);
        assertThat(done.message()).contains("leaving out silent seats 187, 188 (confirmed)");

        Post back = k.posts.move(p.id(), done.post().version(), meena.id(), FEB12, 2, false).post();
        assertThat(k.posts.detail(back.id()).excludedSeats()).as("confirmed for the other moment only").isEmpty();
    }

    @Test
    void aPostStillInTheWorkflowHasOnlyItsPlannedSlotMoved() {
        PostsKit k = kit();
        Post draft = k.posts.create(asha.id(), k.draft("Planned draft", "AC-189").withSlot(FEB12, 1));
        MoveOutcome o = k.posts.move(draft.id(), draft.version(), meena.id(), FEB12, 6, false);
        assertThat(o.post().status()).isEqualTo(PostStatus.DRAFT);
        assertThat(o.post().slotNo()).isEqualTo(6);
        assertThat(o.post().scheduledAt()).isNull();
        assertThat(o.post().editorId()).as("the text's last editor is unchanged").isEqualTo(asha.id());

        Post approved = k.approved(asha, meena, "Approved, no slot yet", "D-SULTANPUR");
        // partly silent then: a plan is only moved; scheduling will ask about the seats
        MoveOutcome planned = k.posts.move(approved.id(), approved.version(), rahul.id(), FEB18.plusDays(1), 3, false);
        assertThat(planned.moved()).isTrue();
        assertThat(planned.from()).isNull();
        assertThat(planned.post().status()).isEqualTo(PostStatus.APPROVED);
        assertThat(planned.message()).contains("scheduling will ask to leave them out");
    }

    @Test
    void theDayPlanShowsEachPostsSilenceClashesAndWhereItMayGo() {
        PostsKit k = kit();
        LocalDate feb20 = LocalDate.of(2027, 2, 20);   // 187–188 silent until 18:00, then 189–191
        Post a = scheduled(k, "Day A", feb20.minusDays(9), 2, "AC-189");
        a = k.posts.move(a.id(), a.version(), meena.id(), feb20, 2, false).post();
        Post b = scheduled(k, "Day B", feb20.minusDays(9), 2, "AC-189");
        b = k.posts.move(b.id(), b.version(), meena.id(), feb20, 2, false).post();
        Post c = scheduled(k, "Day C", feb20.minusDays(9), 3, "D-SULTANPUR");
        c = k.posts.move(c.id(), c.version(), meena.id(), feb20, 3, true).post();
        PostCalendar calendar = new PostCalendar(ctx.db().jdbi(), k.posts, k.calendar, ctx.org());
        java.time.Instant now = PostsKit.ist(2, 19, 8, 0);

        DayPlan plan = calendar.day(feb20, "Sultanpur", meena.id(), now);

        assertThat(plan.moveRefusal()).isNull();
        assertThat(plan.posts()).isEqualTo(3);
        assertThat(plan.slot(2).cards()).extracting(card -> card.post().id()).containsExactly(a.id(), b.id());
        DayCard cardA = plan.card(a.id());
        assertThat(cardA.clashesWith()).containsExactly(b.id());
        assertThat(cardA.clashUnit()).isEqualTo("AC-189");
        assertThat(cardA.targets()).extracting(u -> u.code()).containsExactly("AC-189");
        assertThat(cardA.silent()).isFalse();
        assertThat(cardA.refusal(1)).isNull();
        assertThat(cardA.refusal(2)).contains("already in slot 2");
        assertThat(cardA.refusal(5)).contains("Nothing can go to AC-189").contains("20/02/2027 18:00 IST");
        assertThat(cardA.refusal(6)).contains("AC-189");
        DayCard cardC = plan.card(c.id());
        assertThat(cardC.leftOut()).containsExactly(187, 188);
        assertThat(cardC.silentSeats()).as("left out by the confirmation").isEmpty();
        assertThat(cardC.clash()).isFalse();
        assertThat(cardC.refusal(5)).as("a wider target only asks to confirm").isNull();
        // the desk's seats, as the week shows them; empty slots within 48 hours are warned
        assertThat(plan.slot(2).summary().silentSeats()).containsExactly(187, 188);
        assertThat(plan.slot(5).summary().silentSeats()).containsExactly(189, 190, 191);
        assertThat(plan.slot(1).emptySoon()).isTrue();
        assertThat(plan.slot(2).emptySoon()).isFalse();
        assertThat(plan.slot(2).summary().filled()).isEqualTo(2);

        // a writer at the desk may move nothing; nobody at the desk neither; past slots are refused by name
        DayPlan writers = calendar.day(feb20, null, asha.id(), now);
        assertThat(writers.moveRefusal()).isEqualTo("Asha Verma is a writer; only a coordinator or an admin can move posts.");
        assertThat(writers.card(a.id()).refusal(1)).isEqualTo(writers.moveRefusal());
        assertThat(calendar.day(feb20, null, null, now).moveRefusal()).startsWith("Choose who is at this desk");
        DayPlan later = calendar.day(feb20, null, meena.id(), PostsKit.ist(2, 20, 13, 0));
        assertThat(later.card(a.id()).refusal(1)).contains("is in the past");
        assertThat(later.slot(1).emptySoon()).isFalse();
    }
}
