package org.warroom.posts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.warroom.app.AppContext;
import org.warroom.operators.AccessDeniedException;
import org.warroom.operators.Operator;
import org.warroom.operators.OperatorRole;
import org.warroom.operators.Principal;
import org.warroom.platform.i18n.IndianFormat;
import org.warroom.testing.TestDb;

/**
 * The six slot times kept for every desk: defaults until set, a set is audited with both lists, a scheduled post
 * moves with its slot, bad lists are refused with the reason, and only coordinators and administrators may set them.
 */
@org.warroom.testing.BothEngines
class SlotTimesTest {
    @org.junit.jupiter.api.extension.RegisterExtension
    static final org.warroom.testing.SultanpurDb DB = new org.warroom.testing.SultanpurDb();
    static AppContext ctx;

    @org.junit.jupiter.api.BeforeEach
    void open() {
        ctx = DB.ctx();
    }

    @Test
    void aSetIsKeptAuditedAndMovesThePostsOfTheSlot() {
        assertThat(ctx.slotTimes().current()).isEqualTo(DailySlots.defaults());
        Operator writer = ctx.operators().add("Slot Writer", OperatorRole.WRITER);
        Operator boss = ctx.operators().add("Slot Coordinator", OperatorRole.COORDINATOR);
        long seat = ctx.org().byCode("AC-187").orElseThrow().unit().id();
        Post p = ctx.posts().create(writer.id(), PostDraft.of("Slot test", "स्लॉट की जाँच", null, "BENEFICIARY_STORY",
                java.util.List.of(seat), Set.of(Channel.WHATSAPP)));
        p = ctx.posts().submit(p.id(), p.version(), writer.id());
        p = ctx.posts().approve(p.id(), p.version(), boss.id());
        LocalDate day = LocalDate.now(IndianFormat.IST).plusDays(3);
        assertThat(ctx.posts().schedule(p.id(), p.version(), boss.id(), day, 2, false).scheduled()).isTrue();

        int moved = ctx.slotTimes().set(SlotTimes.parse("07:00, 10:00, 12:30, 15:30, 18:30, 21:00"));

        assertThat(moved).isEqualTo(1);
        assertThat(ctx.slotTimes().current().slot(2).time()).isEqualTo(LocalTime.of(10, 0));
        assertThat(ctx.posts().slotTime(day, 2)).isEqualTo(day.atTime(10, 0).atZone(IndianFormat.IST).toInstant());
        // a second console on the same database reads the stored times
        try (AppContext other = TestDb.open(DB.dir())) {
            assertThat(other.slotTimes().current().slot(2).time()).isEqualTo(LocalTime.of(10, 0));
        }
        String audit = ctx.db().jdbi().withHandle(h -> h.createQuery(
                "SELECT before_value || ' -> ' || after_value FROM audit_log WHERE entity = 'slot_times'").mapTo(String.class).one());
        assertThat(audit).isEqualTo("07:00,09:30,12:30,15:30,18:30,21:00 -> 07:00,10:00,12:30,15:30,18:30,21:00");
        assertThat(ctx.slotTimes().set(SlotTimes.parse("7:00,10:00,12:30,15:30,18:30,21:00"))).isZero();
    }

    @Test
    void badListsAreRefusedWithTheReason() {
        assertThatThrownBy(() -> SlotTimes.parse("07:00,9:x0,12:30,15:30,18:30,21:00"))
                .hasMessageContaining("\"9:x0\" is not a time of day");
        assertThatThrownBy(() -> SlotTimes.parse("07:00,12:30,09:30,15:30,18:30,21:00"))
                .hasMessageContaining("Slot 3 (09:30) must be later than slot 2 (12:30)");
        assertThatThrownBy(() -> SlotTimes.parse("07:00,09:30,12:30,15:30,18:30"))
                .hasMessageContaining("There must be 6 daily slots, not 5");
    }

    @Test
    void aWriterMayNotMoveTheSlots() {
        Principal before = ctx.access().current();
        try {
            ctx.access().set(new Principal(99, "Asha Writer", OperatorRole.WRITER, null, null, null));
            DailySlots now = ctx.slotTimes().current();
            assertThatThrownBy(() -> ctx.slotTimes().set(DailySlots.defaults().withTime(1, LocalTime.of(6, 30))))
                    .isInstanceOf(AccessDeniedException.class).hasMessageContaining("may not change the slot times");
            assertThat(ctx.slotTimes().current()).isEqualTo(now);
        } finally {
            ctx.access().set(before);
        }
    }
}
