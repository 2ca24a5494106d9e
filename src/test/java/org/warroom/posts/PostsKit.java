package org.warroom.posts;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.warroom.app.AppContext;
import org.warroom.operators.Operator;
import org.warroom.operators.OperatorRole;
import org.warroom.operators.OperatorService;
import org.warroom.platform.audit.Actor;
import org.warroom.platform.audit.AuditLog;
import org.warroom.platform.i18n.IndianFormat;

/**
 * The posts feature wired on a test database with a test's clock, as AppContext wires it for the window. Slots are
 * the defaults but for slot 5 at 18:00, so that a slot falls exactly on a 48-hour silence edge.
 */
final class PostsKit {
    static final Actor DESK = new Actor("tester", "content-desk");

    final AppContext ctx;
    final Clock clock;
    final OperatorService operators;
    final ElectionCalendarService calendar;
    final PostService posts;
    final AtomicReference<DailySlots> slots;
    final Path media;

    PostsKit(AppContext ctx, Clock clock, Path media, AtomicReference<DailySlots> slots) {
        this.ctx = ctx;
        this.clock = clock;
        this.media = media;
        this.slots = slots;
        AuditLog audit = new AuditLog(clock);
        this.operators = new OperatorService(ctx.db().jdbi(), audit, DESK);
        this.calendar = new ElectionCalendarService(ctx.db().jdbi(), audit, DESK);
        this.posts = new PostService(ctx.db().jdbi(), audit, DESK, clock, ctx.org(), operators, calendar, media, slots::get);
    }

    static AtomicReference<DailySlots> slotsWithSix() {
        return new AtomicReference<>(DailySlots.defaults().withTime(5, LocalTime.of(18, 0)));
    }

    /** Seats 187, 188 poll on 20 Feb 2027 and 189–191 on 22 Feb, both closing at 18:00: their windows abut. */
    static List<PollPhase> twoPhases() {
        return List.of(new PollPhase(187, LocalDate.of(2027, 2, 20), LocalTime.of(18, 0)),
                new PollPhase(188, LocalDate.of(2027, 2, 20), LocalTime.of(18, 0)),
                new PollPhase(189, LocalDate.of(2027, 2, 22), LocalTime.of(18, 0)),
                new PollPhase(190, LocalDate.of(2027, 2, 22), LocalTime.of(18, 0)),
                new PollPhase(191, LocalDate.of(2027, 2, 22), LocalTime.of(18, 0)));
    }

    Operator operator(String name, OperatorRole role) {
        return operators.byName(name).orElseGet(() -> operators.add(name, role));
    }

    long unit(String code) {
        return ctx.org().byCode(code).orElseThrow().unit().id();
    }

    PostDraft draft(String title, String... codes) {
        return PostDraft.of(title, "लाभार्थी की कहानी: " + title, null, "BENEFICIARY_STORY",
                java.util.Arrays.stream(codes).map(this::unit).toList(), Set.of(Channel.WHATSAPP, Channel.X));
    }

    /** A post written by {@code writer}, submitted and approved by {@code approver}. */
    Post approved(Operator writer, Operator approver, String title, String... codes) {
        Post p = posts.create(writer.id(), draft(title, codes));
        p = posts.submit(p.id(), p.version(), writer.id());
        return posts.approve(p.id(), p.version(), approver.id());
    }

    static Instant ist(int month, int day, int hour, int minute) {
        return ZonedDateTime.of(2027, month, day, hour, minute, 0, 0, IndianFormat.IST).toInstant();
    }
}
