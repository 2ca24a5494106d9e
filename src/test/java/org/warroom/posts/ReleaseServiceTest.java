package org.warroom.posts;

import org.warroom.testing.BothEngines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warroom.app.AppContext;
import org.warroom.operators.Operator;
import org.warroom.operators.OperatorRole;
import org.warroom.testing.MutableClock;
import org.warroom.testing.TestDb;

/**
 * Release at the slot on a real H2 file (Sultanpur with two more Awadh districts) and a clock the test sets: packs per
 * district, missed slots after a restart, silence at release, and the release log. Each test uses its own days.
 */
@BothEngines
class ReleaseServiceTest {
    @TempDir
    static Path dir;
    static AppContext ctx;
    static Operator asha;
    static Operator meena;

    @BeforeAll
    static void build() {
        ctx = TestDb.sultanpur(dir.resolve("db"));
        ReleaseKit.addAwadhDistricts(ctx);
        ReleaseKit r = kit(MutableClock.ist(2027, 2, 1, 10, 0));
        asha = r.op("Asha Verma", OperatorRole.WRITER);
        meena = r.op("Meena Yadav", OperatorRole.COORDINATOR);
        r.k.calendar.replacePhases(ReleaseKit.phases(), LocalDate.of(2027, 1, 8));
    }

    @AfterAll
    static void close() {
        ctx.close();
    }

    static ReleaseKit kit(MutableClock clock) {
        return new ReleaseKit(ctx, clock, dir.resolve("data"));
    }

    @Test
    void atItsSlotARegionsPostIsPackedForEachOfItsDistricts() throws Exception {
        MutableClock clock = MutableClock.ist(2027, 2, 2, 10, 0);
        ReleaseKit r = kit(clock);
        Path photo = ReleaseKit.jpeg(dir.resolve("in"), "लाभार्थी photo.jpg", 5000);
        Post p = r.scheduled(asha, meena, LocalDate.of(2027, 2, 3), 2, false,
                r.k.draft("Region story", "R-AWADH").withText("Region story", "आवास योजना की कहानी", "A housing story")
                        .withAttachments(List.of(photo)));

        clock.set(PostsKit.ist(2, 3, 9, 29));
        ReleaseRun early = r.releases.releaseDue(true);
        assertThat(early.released()).isEmpty();
        assertThat(r.log(p.id())).isEmpty();
        assertThat(dir.resolve("data/packs/2027-02-03")).doesNotExist();

        clock.set(PostsKit.ist(2, 3, 9, 30));
        ReleaseRun run = r.releases.releaseDue(true);
        assertThat(run.released()).extracting(o -> o.post().id()).containsExactly(p.id());
        assertThat(r.posts().post(p.id()).orElseThrow().status()).isEqualTo(PostStatus.RELEASED);
        List<ReleaseLogEntry> log = r.log(p.id());
        assertThat(log).extracting(ReleaseLogEntry::unitCode).containsExactly("D-AMETHI", "D-AYODHYA", "D-SULTANPUR");
        assertThat(log).allSatisfy(e -> {
            assertThat(e.channel()).isEqualTo("PACK");
            assertThat(e.status()).isEqualTo(ReleaseStatus.PACKED);
            assertThat(e.attempts()).isEqualTo(1);
            assertThat(e.idempotencyKey()).startsWith("wr-" + p.id() + "-");
        });
        assertThat(log.get(0).seats()).isEqualTo("184,185");
        assertThat(log.get(2).seats()).isEqualTo("187,188,189,190,191");

        Path pack = r.pack("2027-02-03", "2-09.30", "D-AMETHI", p.id());
        assertThat(log.get(0).packPath()).isEqualTo("packs/2027-02-03/2-09.30/D-AMETHI/post-" + p.id());
        assertThat(Files.readString(pack.resolve("hi.txt"), StandardCharsets.UTF_8)).isEqualTo("आवास योजना की कहानी\n");
        assertThat(Files.readString(pack.resolve("en.txt"))).isEqualTo("A housing story\n");
        Path media = pack.resolve("1-लाभार्थी_photo.jpg");
        assertThat(Files.readAllBytes(media)).isEqualTo(Files.readAllBytes(photo));
        JsonNode m = new ObjectMapper().readTree(pack.resolve("manifest.json").toFile());
        assertThat(m.get("post").get("id").asLong()).isEqualTo(p.id());
        assertThat(m.get("post").get("title").asText()).isEqualTo("Region story");
        assertThat(m.get("post").get("category").asText()).isEqualTo("BENEFICIARY_STORY");
        assertThat(m.get("post").get("author").asText()).isEqualTo("Asha Verma");
        assertThat(m.get("post").get("approver").asText()).isEqualTo("Meena Yadav");
        assertThat(m.get("slot").get("no").asInt()).isEqualTo(2);
        assertThat(m.get("slot").get("at").asText()).isEqualTo("2027-02-03T09:30:00+05:30");
        assertThat(m.get("district").get("code").asText()).isEqualTo("D-AMETHI");
        assertThat(m.get("targets").get(0).get("code").asText()).isEqualTo("R-AWADH");
        assertThat(m.get("seats").toString()).isEqualTo("[184,185]");
        assertThat(m.get("channels").toString()).isEqualTo("[\"WHATSAPP\",\"X\"]");
        assertThat(m.get("texts").get("hi").asText()).isEqualTo("hi.txt");
        JsonNode file = m.get("attachments").get(0);
        assertThat(file.get("file").asText()).isEqualTo("1-लाभार्थी_photo.jpg");
        assertThat(file.get("bytes").asLong()).isEqualTo(5000);
        assertThat(file.get("sha256").asText()).isEqualTo(Attachments.inspect(photo).sha256());
        // one folder per post in each district of the region, and no temporary folder left behind
        try (Stream<Path> s = Files.list(dir.resolve("data/packs/2027-02-03/2-09.30"))) {
            assertThat(s.map(x -> x.getFileName().toString()).sorted()).containsExactly("D-AMETHI", "D-AYODHYA", "D-SULTANPUR");
        }
        try (Stream<Path> s = Files.walk(dir.resolve("data/packs/2027-02-03"))) {
            assertThat(s.filter(x -> x.getFileName().toString().contains(".tmp-"))).isEmpty();
        }

        // running again releases and sends nothing twice
        ReleaseRun again = r.releases.releaseDue(true);
        assertThat(again.released()).isEmpty();
        assertThat(again.deliveries().attempts()).isZero();
        assertThat(r.log(p.id())).extracting(ReleaseLogEntry::attempts).containsOnly(1);
        // the release and every delivery are in the audit log
        long audited = ctx.db().jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM audit_log WHERE action = 'DELIVER' "
                + "AND entity = 'release_log' AND entity_id IN (<ids>)").bindList("ids", log.stream().map(ReleaseLogEntry::id).toList())
                .mapTo(Long.class).one());
        assertThat(audited).isEqualTo(3);
    }

    @Test
    void aSlotMissedWhileTheConsoleWasClosedIsListedAndNotSentUntilAPersonDecides() {
        MutableClock before = MutableClock.ist(2027, 2, 4, 10, 0);
        Post p = kit(before).scheduled(asha, meena, LocalDate.of(2027, 2, 5), 2, false, kit(before).k.draft("Morning", "AC-189"));

        // the console was closed over the slot; a new instance starts at 12:40
        MutableClock later = MutableClock.ist(2027, 2, 5, 12, 40);
        ReleaseKit restarted = kit(later);
        ReleaseRun run = restarted.releases.releaseDue(true);
        assertThat(run.missed()).extracting(Post::id).contains(p.id());
        assertThat(run.released()).extracting(o -> o.post().id()).doesNotContain(p.id());
        assertThat(restarted.posts().post(p.id()).orElseThrow().status()).isEqualTo(PostStatus.SCHEDULED);
        assertThat(restarted.log(p.id())).isEmpty();
        assertThat(dir.resolve("data/packs/2027-02-05")).doesNotExist();

        // the scheduler's pass does the same: listed, not released
        ReleaseRun tick = new ReleaseScheduler(restarted.releases, java.time.Duration.ofSeconds(5)).tick();
        assertThat(tick.missed()).extracting(Post::id).contains(p.id());
        assertThat(restarted.posts().post(p.id()).orElseThrow().status()).isEqualTo(PostStatus.SCHEDULED);

        // a coordinator decides to send it late: then it is packed
        Post cur = restarted.posts().post(p.id()).orElseThrow();
        assertThatThrownBy(() -> restarted.releases.release(cur.id(), cur.version(), meena.id(), false, false, true))
                .hasMessageContaining("missed its slot");
        ReleaseOutcome o = restarted.releases.release(cur.id(), cur.version(), meena.id(), false, true, true);
        assertThat(o.released()).isTrue();
        assertThat(restarted.log(p.id())).singleElement().satisfies(e -> {
            assertThat(e.status()).isEqualTo(ReleaseStatus.PACKED);
            assertThat(e.unitCode()).isEqualTo("D-SULTANPUR");
        });
        assertThat(restarted.pack("2027-02-05", "2-09.30", "D-SULTANPUR", p.id()).resolve("manifest.json")).exists();
    }

    @Test
    void silenceIsCheckedAgainAtReleaseAndASilentDistrictGetsNothing() {
        MutableClock clock = MutableClock.ist(2027, 2, 10, 10, 0);
        ReleaseKit r = kit(clock);
        // at 18:00 on 18 Feb seats 184, 185 (all of Amethi) and 187, 188 are silent: confirmed when scheduling
        Post p = r.scheduled(asha, meena, LocalDate.of(2027, 2, 18), 5, true, r.k.draft("Region, polling week", "R-AWADH"));
        assertThat(r.posts().detail(p.id()).excludedSeats()).containsExactly(184, 185, 187, 188);

        clock.set(PostsKit.ist(2, 18, 18, 0));
        ReleaseRun run = r.releases.releaseDue(true);
        assertThat(run.released()).extracting(o -> o.post().id()).containsExactly(p.id());
        assertThat(run.released().getFirst().seats()).containsExactly(189, 190, 191, 275);
        List<ReleaseLogEntry> log = r.log(p.id());
        assertThat(log).extracting(ReleaseLogEntry::unitCode, ReleaseLogEntry::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("D-AMETHI", ReleaseStatus.EXCLUDED_SILENT),
                org.assertj.core.groups.Tuple.tuple("D-AYODHYA", ReleaseStatus.PACKED),
                org.assertj.core.groups.Tuple.tuple("D-SULTANPUR", ReleaseStatus.PACKED));
        assertThat(log.get(0).reason()).contains("184,185").contains("silence period");
        assertThat(log.get(0).attempts()).isZero();
        assertThat(log.get(2).seats()).isEqualTo("189,190,191");
        assertThat(log.get(2).excludedSeats()).isEqualTo("187,188");
        assertThat(r.pack("2027-02-18", "5-18.00", "D-AMETHI", p.id())).doesNotExist();
        assertThat(r.pack("2027-02-18", "5-18.00", "D-SULTANPUR", p.id()).resolve("manifest.json")).content()
                .contains("\"excluded_silent_seats\" : [ 187, 188 ]");

        // a seat that fell silent after scheduling (a new calendar) holds the post for a coordinator: nothing is sent
        clock.set(PostsKit.ist(2, 10, 10, 0));
        Post q = r.scheduled(asha, meena, LocalDate.of(2027, 2, 12), 3, false, r.k.draft("District, moved poll", "D-SULTANPUR"));
        List<PollPhase> moved = new java.util.ArrayList<>(ReleaseKit.phases());
        moved.set(2, new PollPhase(189, LocalDate.of(2027, 2, 13), java.time.LocalTime.of(18, 0)));
        r.k.calendar.replacePhases(moved, null);
        try {
            clock.set(PostsKit.ist(2, 12, 12, 30));
            ReleaseRun held = r.releases.releaseDue(true);
            assertThat(held.held()).extracting(o -> o.post().id()).containsExactly(q.id());
            assertThat(held.held().getFirst().silent().silent()).containsExactly(189);
            assertThat(r.log(q.id())).isEmpty();
            assertThat(r.pack("2027-02-12", "3-12.30", "D-SULTANPUR", q.id())).doesNotExist();
            Post cur = r.posts().post(q.id()).orElseThrow();
            ReleaseOutcome confirmed = r.releases.release(q.id(), cur.version(), meena.id(), true, false, true);
            assertThat(confirmed.seats()).containsExactly(187, 188, 190, 191);
            assertThat(r.log(q.id())).singleElement().satisfies(e -> {
                assertThat(e.seats()).isEqualTo("187,188,190,191");
                assertThat(e.excludedSeats()).isEqualTo("189");
            });
        } finally {
            r.k.calendar.replacePhases(ReleaseKit.phases(), null);
        }
    }

    @Test
    void aPackIsWholeOrAbsentAndWritingItAgainChangesNothing() throws Exception {
        MutableClock clock = MutableClock.ist(2027, 2, 6, 10, 0);
        ReleaseKit r = kit(clock);
        Path first = ReleaseKit.jpeg(dir.resolve("in6"), "one.jpg", 3000);
        Path second = ReleaseKit.jpeg(dir.resolve("in6"), "two.jpg", 4000);
        PostDraft d = r.k.draft("Two photos", "AC-190").withAttachments(List.of(first));
        Post p = r.scheduled(asha, meena, LocalDate.of(2027, 2, 7), 1, false, d);
        Post q = r.scheduled(asha, meena, LocalDate.of(2027, 2, 7), 1, false,
                r.k.draft("Photo gone", "AC-190").withAttachments(List.of(second)));
        // the second post's stored photo disappears from the media folder before release
        StoredAttachment gone = r.posts().detail(q.id()).attachments().getFirst();
        Files.delete(r.posts().mediaFile(gone));

        clock.set(PostsKit.ist(2, 7, 7, 1));
        r.releases.releaseDue(true);
        Path ok = r.pack("2027-02-07", "1-07.00", "D-SULTANPUR", p.id());
        assertThat(ok.resolve("manifest.json")).exists();
        assertThat(ok.resolve("1-one.jpg")).exists();
        // the failed pack left no folder at all, not even the texts written before the missing file
        Path bad = r.pack("2027-02-07", "1-07.00", "D-SULTANPUR", q.id());
        assertThat(bad).doesNotExist();
        try (Stream<Path> s = Files.list(bad.getParent())) {
            assertThat(s.map(x -> x.getFileName().toString())).containsExactly("post-" + p.id());
        }
        assertThat(r.log(q.id())).singleElement().satisfies(e -> {
            assertThat(e.status()).isEqualTo(ReleaseStatus.FAILED);
            assertThat(e.attempts()).isEqualTo(1);
            assertThat(e.reason()).contains("1-two.jpg is missing from the media folder");
        });

        // a pack already there is not written again (a retry after a crash)
        var stamp = Files.getLastModifiedTime(ok.resolve("manifest.json"));
        ReleaseLogEntry row = r.log(p.id()).getFirst();
        ctx.db().jdbi().useHandle(h -> h.createUpdate("UPDATE release_log SET status = 'PENDING' WHERE id = :id")
                .bind("id", row.id()).execute());
        Thread.sleep(20);
        assertThat(r.releases.deliver(true).packed()).isEqualTo(1);
        assertThat(Files.getLastModifiedTime(ok.resolve("manifest.json"))).isEqualTo(stamp);
        assertThat(r.log(p.id()).getFirst().status()).isEqualTo(ReleaseStatus.PACKED);
    }

    @Test
    void aDeliveryNotMadeWithinTheGraceFailsForAPersonToRedeliver() {
        MutableClock clock = MutableClock.ist(2027, 2, 8, 10, 0);
        ReleaseKit r = kit(clock);
        Post p = r.scheduled(asha, meena, LocalDate.of(2027, 2, 9), 4, false, r.k.draft("Afternoon", "AC-191"));
        clock.set(PostsKit.ist(2, 9, 15, 30));
        Post cur = r.posts().post(p.id()).orElseThrow();
        // released, then the console stops before delivering; it comes back an hour later
        assertThat(r.posts().releaseOnTime(cur.id(), cur.version()).released()).isTrue();
        assertThat(r.log(p.id())).singleElement().extracting(ReleaseLogEntry::status).isEqualTo(ReleaseStatus.PENDING);
        clock.set(PostsKit.ist(2, 9, 16, 30));
        r.releases.deliver(true);
        assertThat(r.log(p.id())).singleElement().satisfies(e -> {
            assertThat(e.status()).isEqualTo(ReleaseStatus.FAILED);
            assertThat(e.reason()).contains("not delivered by 09/02/2027 15:45 IST").contains("Nothing is sent late on its own")
                    .doesNotContain("null");
        });
        assertThat(r.pack("2027-02-09", "4-15.30", "D-SULTANPUR", p.id())).doesNotExist();
        // a writer may not decide that; a coordinator may
        assertThatThrownBy(() -> r.releases.redeliver(p.id(), asha.id(), true)).hasMessageContaining("writer");
        assertThat(r.releases.redeliver(p.id(), meena.id(), true)).isEqualTo(1);
        assertThat(r.log(p.id())).singleElement().extracting(ReleaseLogEntry::status).isEqualTo(ReleaseStatus.PACKED);
    }

    @Test
    void anAcknowledgementSetsTheSlotInTheVolunteersReportAndCountsForThePost() {
        MutableClock clock = MutableClock.ist(2027, 2, 14, 10, 0);
        ReleaseKit r = kit(clock);
        Post p = r.scheduled(asha, meena, LocalDate.of(2027, 2, 15), 2, false, r.k.draft("Acknowledged", "AC-187"));
        Post other = r.scheduled(asha, meena, LocalDate.of(2027, 2, 15), 2, false, r.k.draft("Elsewhere", "AC-275"));
        clock.set(PostsKit.ist(2, 15, 9, 30));
        r.releases.releaseDue(true);
        long[] vols = ctx.db().jdbi().withHandle(h -> h.createQuery("SELECT v.id FROM volunteer v JOIN unit u ON u.id = v.unit_id "
                + "WHERE u.path LIKE (SELECT path FROM unit WHERE code = 'AC-187') || '%' AND u.kind = 'BOOTH' "
                + "AND v.active = TRUE AND v.role = 'BOOTH_IT' ORDER BY v.id FETCH FIRST 2 ROWS ONLY").mapTo(Long.class).list())
                .stream().mapToLong(Long::longValue).toArray();
        LocalDate day = LocalDate.of(2027, 2, 15);
        clock.set(PostsKit.ist(2, 15, 11, 0));
        var saved = r.reports.acknowledge(vols[0], day, 2);
        assertThat(saved.report().slots()).containsExactly(2);
        assertThat(saved.report().forwarded()).isNull();
        // a later report of the day keeps the slot; a second acknowledgement adds its slot without losing the first
        r.reports.add(org.warroom.reports.ReportDraft.numbers(vols[0], day, 6, 2, 140));
        var both = r.reports.acknowledge(vols[0], day, 4);
        assertThat(both.report().slots()).containsExactly(2, 4);
        assertThat(both.report().forwarded()).isEqualTo(6);
        assertThat(r.reports.acknowledge(vols[0], day, 4).report().slots()).containsExactly(2, 4);
        r.reports.acknowledge(vols[1], day, 2);
        long seat = r.k.unit("AC-187");
        assertThat(r.reports.slotTotals(seat, day).slot(2)).isEqualTo(2);
        assertThat(r.reports.slotTotals(r.k.unit("D-SULTANPUR"), day).slot(4)).isEqualTo(1);
        assertThat(r.reports.slotTotals(r.k.unit("UP"), day).slot(2)).isEqualTo(2);

        assertThat(r.releases.log(p.id())).singleElement().extracting(ReleaseLogLine::acknowledgements).isEqualTo(2);
        assertThat(r.releases.acknowledgements(p.id())).isEqualTo(2);
        assertThat(r.releases.acknowledgements(other.id())).isZero();
        assertThatThrownBy(() -> r.reports.acknowledge(vols[0], day, 7)).hasMessageContaining("Slots are numbered 1 to 6");
        assertThatThrownBy(() -> r.reports.acknowledge(vols[0], day.plusDays(1), 1)).hasMessageContaining("in the future");
        assertThat(Set.of(vols[0], vols[1])).hasSize(2);
    }
}
