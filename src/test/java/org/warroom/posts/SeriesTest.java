package org.warroom.posts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.warroom.app.AppContext;
import org.warroom.operators.Operator;
import org.warroom.operators.OperatorRole;
import org.warroom.platform.i18n.IndianFormat;

/**
 * A recurring series: an approved post repeated in its slot on chosen days; each repeat is its own post by the same
 * author, approved by the coordinator and scheduled; the dates inside the seat's silence period are refused by name
 * and leave no post; the author may not approve a series; a bad request is refused with the reason.
 */
@org.warroom.testing.BothEngines
class SeriesTest {
    @org.junit.jupiter.api.extension.RegisterExtension
    static final org.warroom.testing.SultanpurDb DB = new org.warroom.testing.SultanpurDb();
    static AppContext ctx;

    @org.junit.jupiter.api.BeforeEach
    void open() {
        ctx = DB.ctx();
    }

    @Test
    void aPostRepeatsOnItsDaysAndSilenceIsRefusedByName() {
        Operator writer = ctx.operators().add("Series Writer", OperatorRole.WRITER);
        Operator boss = ctx.operators().add("Series Coordinator", OperatorRole.COORDINATOR);
        long seat = ctx.org().byCode("AC-187").orElseThrow().unit().id();
        LocalDate first = LocalDate.now(IndianFormat.IST).plusDays(2);
        Post p = ctx.posts().create(writer.id(), PostDraft.of("Series test", "हर दिन की कहानी", null, "GOVT_WORK",
                List.of(seat), Set.of(Channel.WHATSAPP)));
        p = ctx.posts().submit(p.id(), p.version(), writer.id());
        p = ctx.posts().approve(p.id(), p.version(), boss.id());
        p = ctx.posts().schedule(p.id(), p.version(), boss.id(), first, 2, false).post();
        // seat 187 polls eight days after the first date, closing at 18:00: silent from 18:00 two days before
        LocalDate poll = first.plusDays(8);
        ctx.calendar().replacePhases(List.of(new PollPhase(187, poll, LocalTime.of(18, 0))), first.minusDays(30));

        Series.Outcome o = new Series(ctx.posts()).repeat(p.id(), boss.id(), first.plusDays(10), EnumSet.allOf(DayOfWeek.class));

        // slot 2 (09:30) of poll day - 1 and of poll day fall in the silence; the other 8 days are scheduled
        assertThat(o.refused()).extracting(Series.Refusal::date).containsExactly(poll.minusDays(1), poll);
        assertThat(o.refused().getFirst().reason()).contains("187");
        assertThat(o.scheduled()).hasSize(8).allSatisfy(q -> {
            assertThat(q.status()).isEqualTo(PostStatus.SCHEDULED);
            assertThat(q.authorId()).isEqualTo(writer.id());
            assertThat(q.slotNo()).isEqualTo(2);
            assertThat(q.bodyHi()).isEqualTo("हर दिन की कहानी");
        });
        assertThat(o.scheduled()).extracting(Post::slotDate).doesNotContain(poll.minusDays(1), poll).contains(first.plusDays(1));
        int inSilence = ctx.db().jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM post WHERE title = 'Series test' "
                + "AND slot_date IN (:a, :b)").bind("a", poll.minusDays(1)).bind("b", poll).mapTo(Integer.class).one());
        assertThat(inSilence).as("a refused date leaves no post").isZero();

        // only on Mondays: fewer repeats; the author may not approve a series of their own post
        Post original = p;
        assertThatThrownBy(() -> new Series(ctx.posts()).repeat(original.id(), writer.id(), first.plusDays(10),
                EnumSet.of(DayOfWeek.MONDAY))).hasMessageContaining("approve");
        assertThatThrownBy(() -> new Series(ctx.posts()).repeat(original.id(), boss.id(), first, EnumSet.of(DayOfWeek.MONDAY)))
                .hasMessageContaining("must end after");
        assertThatThrownBy(() -> new Series(ctx.posts()).repeat(original.id(), boss.id(), first.plusDays(200),
                EnumSet.allOf(DayOfWeek.class))).hasMessageContaining("at most " + Series.MAX);
        assertThatThrownBy(() -> new Series(ctx.posts()).repeat(original.id(), boss.id(), first.plusDays(5), Set.of()))
                .hasMessageContaining("at least one day");
    }
}
