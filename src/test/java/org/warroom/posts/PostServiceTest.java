package org.warroom.posts;

import org.warroom.testing.BothEngines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warroom.app.AppContext;
import org.warroom.operators.Operator;
import org.warroom.operators.OperatorRole;
import org.warroom.testing.MutableClock;
import org.warroom.testing.TestDb;

/** The post workflow on a real H2 file (Sultanpur: seats 187–191) with a clock the test sets. */
@BothEngines
class PostServiceTest {
    @TempDir
    static Path dir;
    static AppContext ctx;
    static Operator asha;     // writer
    static Operator vikram;   // writer
    static Operator meena;    // coordinator
    static Operator rahul;    // coordinator
    static Operator viewer;

    @BeforeAll
    static void build() {
        ctx = TestDb.sultanpur(dir.resolve("db"));
        PostsKit k = kit(MutableClock.ist(2027, 2, 10, 10, 0));
        asha = k.operator("Asha Verma", OperatorRole.WRITER);
        vikram = k.operator("Vikram Singh", OperatorRole.WRITER);
        meena = k.operator("Meena Yadav", OperatorRole.COORDINATOR);
        rahul = k.operator("Rahul Mishra", OperatorRole.COORDINATOR);
        viewer = k.operator("Neeraj Gupta", OperatorRole.LEADERSHIP_VIEWER);
        k.calendar.replacePhases(PostsKit.twoPhases(), LocalDate.of(2027, 1, 8));
    }

    @AfterAll
    static void close() {
        ctx.close();
    }

    static PostsKit kit(MutableClock clock) {
        return new PostsKit(ctx, clock, dir.resolve("media"), PostsKit.slotsWithSix());
    }

    static PostsKit kit() {
        return kit(MutableClock.ist(2027, 2, 10, 10, 0));
    }

    @Test
    void theAuthorNeverApprovesAndAWriterCannotApprove() {
        PostsKit k = kit();
        Post p = k.posts.create(meena.id(), k.draft("Coordinator's own", "AC-187"));
        Post submitted = k.posts.submit(p.id(), p.version(), meena.id());
        assertThatThrownBy(() -> k.posts.approve(submitted.id(), submitted.version(), meena.id()))
                .isInstanceOf(PostValidationException.class)
                .hasMessageContaining("Meena Yadav wrote post #" + p.id()).hasMessageContaining("another coordinator");
        assertThatThrownBy(() -> k.posts.approve(submitted.id(), submitted.version(), asha.id()))
                .hasMessageContaining("Asha Verma is a writer; only a coordinator or an admin can approve");
        assertThatThrownBy(() -> k.posts.create(viewer.id(), k.draft("Viewer", "AC-187")))
                .hasMessageContaining("leadership viewer");
        // whoever made the last edit is the author of that text, and may not pass it either
        Post edited = k.posts.edit(submitted.id(), submitted.version(), rahul.id(),
                k.draft("Coordinator's own, tightened", "AC-187"));
        assertThatThrownBy(() -> k.posts.approve(edited.id(), edited.version(), rahul.id()))
                .hasMessageContaining("Rahul Mishra made the last edit");
        assertThatThrownBy(() -> k.posts.reject(edited.id(), edited.version(), meena.id(), "no"))
                .hasMessageContaining("wrote post");
        Post passed = k.posts.approve(p.id(), edited.version(), k.operator("Sunita Rawat", OperatorRole.ADMIN).id());
        assertThat(passed.status()).isEqualTo(PostStatus.APPROVED);
    }

    @Test
    void illegalMovesAreRefusedAndSayWhatCanHappen() {
        PostsKit k = kit();
        Post d = k.posts.create(asha.id(), k.draft("A draft", "AC-188"));
        assertThatThrownBy(() -> k.posts.approve(d.id(), d.version(), meena.id()))
                .hasMessageContaining("is draft, so it cannot be approved").hasMessageContaining("submitted");
        assertThatThrownBy(() -> k.posts.schedule(d.id(), d.version(), meena.id(), LocalDate.of(2027, 2, 12), 2, false))
                .hasMessageContaining("cannot be scheduled");
        assertThatThrownBy(() -> k.posts.release(d.id(), d.version(), meena.id(), false, false))
                .hasMessageContaining("cannot be released");
        Post s = k.posts.submit(d.id(), d.version(), asha.id());
        assertThatThrownBy(() -> k.posts.submit(s.id(), s.version(), asha.id())).hasMessageContaining("cannot be submitted");
        assertThatThrownBy(() -> k.posts.reject(s.id(), s.version(), meena.id(), "  "))
                .hasMessageContaining("Say why");
        Post r = k.posts.reject(s.id(), s.version(), meena.id(), "Numbers need a source");
        assertThat(r.status()).isEqualTo(PostStatus.REJECTED);
        assertThatThrownBy(() -> k.posts.approve(r.id(), r.version(), rahul.id())).hasMessageContaining("cannot be approved");
        // a rejected post is edited back into a draft
        Post again = k.posts.edit(r.id(), r.version(), asha.id(), k.draft("A draft, with a source", "AC-188"));
        assertThat(again.status()).isEqualTo(PostStatus.DRAFT);
        Post cancelled = k.posts.cancel(again.id(), again.version(), asha.id(), "duplicate");
        assertThatThrownBy(() -> k.posts.edit(cancelled.id(), cancelled.version(), asha.id(), k.draft("x", "AC-188")))
                .hasMessageContaining("can no longer be edited");
        assertThatThrownBy(() -> k.posts.submit(cancelled.id(), cancelled.version(), asha.id()))
                .hasMessageContaining("nothing more can happen");
        assertThat(k.posts.history(d.id())).extracting(PostHistoryEntry::toStatus).containsExactly(PostStatus.DRAFT,
                PostStatus.SUBMITTED, PostStatus.REJECTED, PostStatus.DRAFT, PostStatus.CANCELLED);
        assertThat(k.posts.history(d.id()).get(2).note()).isEqualTo("Numbers need a source");
    }

    @Test
    void anotherWriterCannotCancelButTheAuthorAndACoordinatorCan() {
        PostsKit k = kit();
        Post d = k.posts.create(asha.id(), k.draft("Cancel me", "AC-189"));
        assertThatThrownBy(() -> k.posts.cancel(d.id(), d.version(), vikram.id(), null))
                .hasMessageContaining("Only the post's author or a coordinator");
        assertThat(k.posts.cancel(d.id(), d.version(), meena.id(), null).status()).isEqualTo(PostStatus.CANCELLED);
    }

    @Test
    void editingAnApprovedOrScheduledPostSendsItBackToReview() {
        PostsKit k = kit();
        Post a = k.approved(asha, meena, "Approved then edited", "AC-190");
        Post edited = k.posts.edit(a.id(), a.version(), asha.id(), k.draft("Approved then edited (v2)", "AC-190"));
        assertThat(edited.status()).isEqualTo(PostStatus.SUBMITTED);
        assertThat(k.posts.history(a.id()).getLast().note()).isEqualTo("edited after approval: back to review");

        Post b = k.approved(asha, meena, "Scheduled then edited", "AC-190");
        ScheduleOutcome o = k.posts.schedule(b.id(), b.version(), meena.id(), LocalDate.of(2027, 2, 12), 2, false);
        assertThat(o.scheduled()).isTrue();
        Post e = k.posts.edit(b.id(), o.post().version(), vikram.id(), k.draft("Scheduled then edited (v2)", "AC-190"));
        assertThat(e.status()).isEqualTo(PostStatus.SUBMITTED);
        assertThat(e.scheduledAt()).isNull();
        assertThat(k.posts.due(PostsKit.ist(2, 12, 10, 0)).onTime()).extracting(Post::id).doesNotContain(b.id());
    }

    @Test
    void aStaleVersionIsRefusedAndNothingIsOverwritten() {
        PostsKit k = kit();
        Post p = k.posts.create(asha.id(), k.draft("Stale", "AC-191"));
        k.posts.edit(p.id(), p.version(), vikram.id(), k.draft("Stale, edited by Vikram", "AC-191"));
        assertThatThrownBy(() -> k.posts.edit(p.id(), p.version(), asha.id(), k.draft("Stale, edited by Asha", "AC-191")))
                .isInstanceOf(PostConflictException.class).hasMessageContaining("Someone else changed post #" + p.id());
        assertThatThrownBy(() -> k.posts.submit(p.id(), p.version(), asha.id())).isInstanceOf(PostConflictException.class);
        assertThat(k.posts.post(p.id()).orElseThrow().title()).isEqualTo("Stale, edited by Vikram");
    }

    @Test
    void silenceIsRefusedExactlyAtTheFortyEightHourEdgeNamingTheSeatsInIst() {
        PostsKit k = kit();
        Post p = k.approved(asha, meena, "Edge", "AC-187");
        // 18 Feb 18:00 IST is exactly 48 hours before seat 187's poll closes: silent
        assertThatThrownBy(() -> k.posts.schedule(p.id(), p.version(), meena.id(), LocalDate.of(2027, 2, 18), 5, false))
                .isInstanceOf(PostValidationException.class)
                .hasMessageContaining("AC-187")
                .hasMessageContaining("seat 187: from 18/02/2027 18:00 until 20/02/2027 18:00 IST");
        // a minute before the edge it may go
        k.slots.set(k.slots.get().withTime(5, LocalTime.of(17, 59)));
        ScheduleOutcome o = k.posts.schedule(p.id(), p.version(), meena.id(), LocalDate.of(2027, 2, 18), 5, false);
        assertThat(o.scheduled()).isTrue();
        assertThat(o.post().scheduledAt()).isEqualTo(PostsKit.ist(2, 18, 17, 59));
        // the composer refuses a planned slot inside the window too
        assertThatThrownBy(() -> k.posts.create(asha.id(), k.draft("Planned", "AC-188").withSlot(LocalDate.of(2027, 2, 19), 2)))
                .hasMessageContaining("seat 188: from 18/02/2027 18:00 until 20/02/2027 18:00 IST");
    }

    @Test
    void acrossThePhaseBoundaryOneSeatOpensAsTheNextFallsSilent() {
        PostsKit k = kit();
        // 20 Feb 18:00: phase 1 (187, 188) has closed, phase 2 (189–191) falls silent at that very moment
        Post early = k.approved(asha, meena, "Phase 1 seat", "AC-187");
        assertThat(k.posts.schedule(early.id(), early.version(), meena.id(), LocalDate.of(2027, 2, 20), 5, false).scheduled()).isTrue();
        Post late = k.approved(asha, meena, "Phase 2 seat", "AC-189");
        assertThatThrownBy(() -> k.posts.schedule(late.id(), late.version(), meena.id(), LocalDate.of(2027, 2, 20), 5, false))
                .hasMessageContaining("AC-189").hasMessageContaining("seat 189: from 20/02/2027 18:00 until 22/02/2027 18:00 IST");
        // earlier that afternoon it is the other way round
        assertThat(k.posts.schedule(late.id(), late.version(), meena.id(), LocalDate.of(2027, 2, 20), 4, false).scheduled()).isTrue();
        Post other = k.approved(asha, meena, "Phase 1 seat, afternoon", "AC-188");
        assertThatThrownBy(() -> k.posts.schedule(other.id(), other.version(), meena.id(), LocalDate.of(2027, 2, 20), 4, false))
                .hasMessageContaining("seat 188: from 18/02/2027 18:00 until 20/02/2027 18:00 IST");
    }

    @Test
    void aWiderTargetWithSomeSilentSeatsNeedsTheApproversConfirmation() {
        PostsKit k = kit();
        Post p = k.approved(asha, meena, "District-wide", "D-SULTANPUR");
        ScheduleOutcome ask = k.posts.schedule(p.id(), p.version(), meena.id(), LocalDate.of(2027, 2, 19), 3, false);
        assertThat(ask.scheduled()).isFalse();
        assertThat(ask.needsConfirmation()).isTrue();
        assertThat(ask.silent().silent()).containsExactly(187, 188);
        assertThat(ask.message()).contains("seats 187, 188: from 18/02/2027 18:00 until 20/02/2027 18:00 IST");
        assertThat(k.posts.post(p.id()).orElseThrow().status()).isEqualTo(PostStatus.APPROVED);

        ScheduleOutcome done = k.posts.schedule(p.id(), p.version(), meena.id(), LocalDate.of(2027, 2, 19), 3, true);
        assertThat(done.scheduled()).isTrue();
        assertThat(k.posts.detail(p.id()).excludedSeats()).containsExactlyInAnyOrder(187, 188);
        assertThat(k.posts.history(p.id()).getLast().note()).contains("leaving out silent seats 187, 188 (confirmed)");

        // a seat named as a target cannot be confirmed away, even beside a wider target: nothing of it would remain
        Post both = k.approved(asha, meena, "State-wide and Isauli", "UP", "AC-187");
        assertThatThrownBy(() -> k.posts.schedule(both.id(), both.version(), meena.id(), LocalDate.of(2027, 2, 19), 3, true))
                .hasMessageContaining("Nothing can go to AC-187").hasMessageContaining("seat 187: from 18/02/2027 18:00");
        ScheduleOutcome state = k.posts.schedule(both.id(), both.version(), meena.id(), LocalDate.of(2027, 2, 17), 3, false);
        assertThat(state.scheduled()).isTrue();
    }

    @Test
    void aSlotInThePastIsRefused() {
        PostsKit k = kit();
        Post p = k.approved(asha, meena, "Too late", "AC-191");
        assertThatThrownBy(() -> k.posts.schedule(p.id(), p.version(), meena.id(), LocalDate.of(2027, 2, 10), 2, false))
                .hasMessageContaining("Slot 2 on 10/02/2027 (10/02/2027 09:30 IST) is in the past")
                .hasMessageContaining("it is now 10/02/2027 10:00 IST");
        assertThatThrownBy(() -> k.posts.schedule(p.id(), p.version(), meena.id(), LocalDate.of(2027, 2, 11), 7, false))
                .hasMessageContaining("There is no slot 7");
    }

    @Test
    void missedSlotsAfterARestartAreListedAndNeverReleasedOnTheirOwn() {
        MutableClock clock = MutableClock.ist(2027, 2, 10, 10, 0);
        PostsKit before = kit(clock);
        Post missed = before.approved(asha, meena, "Morning, missed", "AC-189");
        missed = before.posts.schedule(missed.id(), missed.version(), meena.id(), LocalDate.of(2027, 2, 11), 2, false).post();
        Post onTime = before.approved(asha, meena, "Noon, on time", "AC-190");
        onTime = before.posts.schedule(onTime.id(), onTime.version(), meena.id(), LocalDate.of(2027, 2, 11), 3, false).post();

        // the console was closed overnight; a new instance starts at 12:40 the next day
        MutableClock later = MutableClock.ist(2027, 2, 11, 12, 40);
        PostsKit after = kit(later);
        DuePosts due = after.posts.due();
        assertThat(due.missed()).extracting(Post::id).contains(missed.id()).doesNotContain(onTime.id());
        assertThat(due.onTime()).extracting(Post::id).contains(onTime.id());
        assertThat(after.posts.post(missed.id()).orElseThrow().status()).isEqualTo(PostStatus.SCHEDULED);

        long missedId = missed.id();
        int v = missed.version();
        assertThatThrownBy(() -> after.posts.releaseOnTime(missedId, v))
                .hasMessageContaining("missed its slot (slot 2 on 11/02/2027, 11/02/2027 09:30 IST) by 3 h 10 min")
                .hasMessageContaining("never sent late on its own");
        assertThatThrownBy(() -> after.posts.release(missedId, v, meena.id(), false, false)).hasMessageContaining("missed its slot");
        ReleaseOutcome r = after.posts.releaseOnTime(onTime.id(), onTime.version());
        assertThat(r.released()).isTrue();
        assertThat(r.seats()).containsExactly(190);
        assertThat(after.posts.history(onTime.id()).getLast().operatorId()).isNull();

        // a person decides to send it late
        ReleaseOutcome lateRelease = after.posts.release(missedId, v, meena.id(), false, true);
        assertThat(lateRelease.post().status()).isEqualTo(PostStatus.RELEASED);
        assertThat(lateRelease.post().releasedAt()).isEqualTo(later.instant());
        assertThat(after.posts.history(missedId).getLast().note()).contains("3 h 10 min late (decided by a person)");
        assertThat(after.posts.due().missed()).extracting(Post::id).doesNotContain(missedId);

        // not due yet is not released either
        Post future = after.approved(asha, meena, "Evening", "AC-191");
        Post f = after.posts.schedule(future.id(), future.version(), meena.id(), LocalDate.of(2027, 2, 11), 6, false).post();
        assertThatThrownBy(() -> after.posts.releaseOnTime(f.id(), f.version())).hasMessageContaining("not due until 11/02/2027 21:00 IST");
        later.advance(Duration.ofMinutes(8 * 60 + 35));   // 21:15: on time, just
        assertThat(after.posts.due().onTime()).extracting(Post::id).contains(f.id());
        later.advance(Duration.ofMinutes(1));
        assertThat(after.posts.due().missed()).extracting(Post::id).contains(f.id());
    }

    @Test
    void releaseChecksSilenceAgainAtItsMoment() {
        MutableClock clock = MutableClock.ist(2027, 2, 10, 10, 0);
        PostsKit k = kit(clock);
        Post p = k.approved(asha, meena, "District, release day", "D-SULTANPUR");
        p = k.posts.schedule(p.id(), p.version(), meena.id(), LocalDate.of(2027, 2, 18), 5, true).post();
        // scheduled for 18:00 with 187 and 188 excluded; released at 18:10, 189–191 are not yet silent
        clock.set(PostsKit.ist(2, 18, 18, 10));
        ReleaseOutcome r = k.posts.releaseOnTime(p.id(), p.version());
        assertThat(r.seats()).containsExactly(189, 190, 191);

        // a calendar import after scheduling makes a seat silent: the console does not decide, a person does
        clock.set(PostsKit.ist(2, 10, 10, 0));
        Post q = k.approved(asha, meena, "District, moved poll", "D-SULTANPUR");
        q = k.posts.schedule(q.id(), q.version(), meena.id(), LocalDate.of(2027, 2, 12), 2, false).post();
        java.util.List<PollPhase> moved = new java.util.ArrayList<>(PostsKit.twoPhases());
        moved.set(2, new PollPhase(189, LocalDate.of(2027, 2, 13), LocalTime.of(18, 0)));
        k.calendar.replacePhases(moved, null);
        try {
            clock.set(PostsKit.ist(2, 12, 9, 30));
            ReleaseOutcome held = k.posts.releaseOnTime(q.id(), q.version());
            assertThat(held.released()).isFalse();
            assertThat(held.silent().silent()).containsExactly(189);
            ReleaseOutcome confirmed = k.posts.release(q.id(), q.version(), rahul.id(), true, false);
            assertThat(confirmed.seats()).containsExactly(187, 188, 190, 191);
            assertThat(k.posts.detail(q.id()).excludedSeats()).containsExactly(189);
        } finally {
            k.calendar.replacePhases(PostsKit.twoPhases(), null);
        }
    }

    @Test
    void paidPromotionNeedsItsCertificateAndItsCostIsKeptPerSeat() {
        PostsKit k = kit();
        assertThatThrownBy(() -> k.posts.create(asha.id(), k.draft("Paid", "D-SULTANPUR").withPaid(null, null)))
                .hasMessageContaining("pre-certification number and date");
        assertThatThrownBy(() -> k.posts.create(asha.id(), k.draft("Paid", "D-SULTANPUR").withPaid("MCMC/SLN/12", LocalDate.of(2027, 3, 1))))
                .hasMessageContaining("in the future");
        Post p = k.posts.create(asha.id(), k.draft("Paid", "D-SULTANPUR").withPaid("MCMC/SLN/12", LocalDate.of(2027, 2, 9)));
        assertThat(p.paid()).isTrue();
        assertThatThrownBy(() -> k.posts.recordCosts(p.id(), meena.id(), Map.of(187, 150_000L, 250, 1L)))
                .hasMessageContaining("does not reach seat 250");
        assertThatThrownBy(() -> k.posts.recordCosts(p.id(), asha.id(), Map.of(187, 1L))).hasMessageContaining("coordinator");
        k.posts.recordCosts(p.id(), meena.id(), Map.of(187, 150_000L, 188, 250_050L));
        Post unpaid = k.posts.create(asha.id(), k.draft("Unpaid", "AC-187"));
        assertThatThrownBy(() -> k.posts.recordCosts(unpaid.id(), meena.id(), Map.of(187, 1L))).hasMessageContaining("not paid promotion");
        PaidCostReport report = k.posts.costReport();
        assertThat(report.totalPaise()).isEqualTo(400_050L);
        assertThat(report.paiseBySeat()).containsEntry(187, 150_000L).containsEntry(188, 250_050L);
        assertThat(report.posts()).singleElement().satisfies(c -> assertThat(c.precertNo()).isEqualTo("MCMC/SLN/12"));
        assertThat(PaidCostReport.rupees(report.totalPaise())).isEqualTo("₹4,000.50");
    }

    @Test
    void twoPostsInOneSlotForOneTargetAreAWarningNotARefusal() {
        PostsKit k = kit();
        Post a = k.approved(asha, meena, "First in slot", "AC-188", "AC-189");
        assertThat(k.posts.schedule(a.id(), a.version(), meena.id(), LocalDate.of(2027, 2, 14), 6, false).clashes()).isEmpty();
        Post b = k.approved(vikram, meena, "Second in slot", "AC-189");
        ScheduleOutcome o = k.posts.schedule(b.id(), b.version(), meena.id(), LocalDate.of(2027, 2, 14), 6, false);
        assertThat(o.scheduled()).isTrue();
        assertThat(o.clashes()).singleElement().satisfies(c -> {
            assertThat(c.otherPostId()).isEqualTo(a.id());
            assertThat(c.unitCode()).isEqualTo("AC-189");
            assertThat(c.message()).contains("First in slot").contains("slot 6 on 14/02/2027");
        });
    }

    @Test
    void theComposersChecksSayWhatIsWrong() throws Exception {
        PostsKit k = kit();
        List<Long> seat = List.of(k.unit("AC-187"));
        java.util.Set<Channel> x = java.util.Set.of(Channel.X);
        assertThatThrownBy(() -> k.posts.create(asha.id(), PostDraft.of("t", " ", null, "ODOP", seat, x))).hasMessageContaining("no text");
        assertThatThrownBy(() -> k.posts.create(asha.id(), PostDraft.of(" ", "क", null, "ODOP", seat, x))).hasMessageContaining("title");
        assertThatThrownBy(() -> k.posts.create(asha.id(), PostDraft.of("t", "क", null, "ODOP", List.of(), x))).hasMessageContaining("target");
        assertThatThrownBy(() -> k.posts.create(asha.id(), PostDraft.of("t", "क", null, "ODOP", seat, java.util.Set.of())))
                .hasMessageContaining("channel");
        assertThatThrownBy(() -> k.posts.create(asha.id(), PostDraft.of("t", "क", null, "GOSSIP", seat, x))).hasMessageContaining("no category \"GOSSIP\"");
        assertThatThrownBy(() -> k.posts.create(asha.id(), PostDraft.of("t", "क".repeat(281), "ok", "ODOP", seat, x)))
                .hasMessageContaining("X: 281 of 280 weighted characters (Hindi text)");
        // category by its English name, in any case
        assertThat(k.posts.create(asha.id(), PostDraft.of("t", "क", null, "one district one product", seat, x)).category()).isEqualTo("ODOP");

        Path png = dir.resolve("clip.png");
        Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R', 1, 2, 3});
        Post withPic = k.posts.create(asha.id(), k.draft("With a picture", "AC-187").withAttachments(List.of(png)));
        StoredAttachment a = k.posts.detail(withPic.id()).attachments().getFirst();
        assertThat(a.fileName()).isEqualTo("clip.png");
        assertThat(a.storedPath()).isEqualTo(a.sha256() + ".png");
        assertThat(k.posts.mediaFile(a)).exists().hasSameBinaryContentAs(png);
        // passed back from the media folder on an edit, it keeps its name
        Post e = k.posts.edit(withPic.id(), withPic.version(), asha.id(), k.draft("With a picture", "AC-187")
                .withAttachments(List.of(k.posts.mediaFile(a))));
        assertThat(k.posts.detail(e.id()).attachments()).extracting(StoredAttachment::fileName).containsExactly("clip.png");
        assertThatThrownBy(() -> k.posts.create(asha.id(), k.draft("Missing", "AC-187").withAttachments(List.of(dir.resolve("gone.mp4")))))
                .hasMessageContaining("gone.mp4 does not exist");
        Path big = dir.resolve("big.png");
        byte[] bytes = new byte[5_000_001];
        System.arraycopy(Files.readAllBytes(png), 0, bytes, 0, 19);
        Files.write(big, bytes);
        assertThatThrownBy(() -> k.posts.create(asha.id(), k.draft("Big", "AC-187").withAttachments(List.of(big))))
                .hasMessageContaining("WhatsApp: big.png is 5.1 MB, over the 5 MB limit");
    }

    @Test
    void everyStepIsInTheHistoryAndTheAuditLog() {
        MutableClock clock = MutableClock.ist(2027, 2, 10, 10, 0);
        PostsKit k = kit(clock);
        Post p = k.approved(asha, meena, "Audited", "AC-191");
        p = k.posts.schedule(p.id(), p.version(), rahul.id(), LocalDate.of(2027, 2, 15), 1, false).post();
        clock.set(PostsKit.ist(2, 15, 7, 5));
        k.posts.release(p.id(), p.version(), rahul.id(), false, false);
        long id = p.id();
        List<String> audit = ctx.db().jdbi().withHandle(h -> h.createQuery("SELECT action || ' by ' || actor || ' at ' || desk "
                + "FROM audit_log WHERE entity = 'post' AND entity_id = :id ORDER BY id").bind("id", id).mapTo(String.class).list());
        assertThat(audit).containsExactly("CREATE by Asha Verma at content-desk", "SUBMIT by Asha Verma at content-desk",
                "APPROVE by Meena Yadav at content-desk", "SCHEDULE by Rahul Mishra at content-desk",
                "RELEASE by Rahul Mishra at content-desk");
        assertThat(k.posts.history(id)).extracting(PostHistoryEntry::toStatus).containsExactly(PostStatus.DRAFT,
                PostStatus.SUBMITTED, PostStatus.APPROVED, PostStatus.SCHEDULED, PostStatus.RELEASED);
        assertThat(k.posts.history(id).get(3).note()).isEqualTo("scheduled for slot 1 on 15/02/2027 (15/02/2027 07:00 IST)");
        assertThat(k.posts.history(id).getLast().at()).isEqualTo(PostsKit.ist(2, 15, 7, 5));
    }
}
