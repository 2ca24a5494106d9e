package org.warroom.people;

import org.warroom.testing.BothEngines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warroom.app.AppContext;
import org.warroom.org.Coverage;
import org.warroom.org.UnitRow;
import org.warroom.testing.TestDb;

@BothEngines
class PeopleServiceTest {
    @TempDir
    static Path dir;
    static AppContext ctx;

    @BeforeAll
    static void build() {
        ctx = TestDb.sultanpur(dir);
    }

    @AfterAll
    static void close() {
        ctx.close();
    }

    /** A booth that has no volunteer yet (each test takes the next one). */
    private static long emptyBooth() {
        return ctx.db().jdbi().withHandle(h -> h.createQuery("SELECT c.unit_id FROM coverage c JOIN unit u ON u.id = c.unit_id "
                        + "WHERE u.kind = 'BOOTH' AND c.booths_any = 0 ORDER BY u.id FETCH FIRST 1 ROWS ONLY")
                .mapTo(Long.class).one());
    }

    private static List<Coverage> chain(long unitId) {
        UnitRow u = ctx.org().unit(unitId).orElseThrow();
        return ctx.org().ancestry(u.unit()).stream().map(UnitRow::coverage).toList();
    }

    private static VolunteerDraft draft(long unit, String phone) {
        return new VolunteerDraft(unit, "Kavita Maurya", phone, Role.BOOTH_IT, 1, LocalDate.now().minusDays(3), true);
    }

    @Test
    void aNewVolunteerIsCountedAtEveryLevelAbove() {
        long booth = emptyBooth();
        List<Coverage> before = chain(booth);
        Volunteer v = ctx.people().add(draft(booth, "+91 91234 56780"));
        assertThat(v.phone()).isEqualTo("+919123456780");
        List<Coverage> after = chain(booth);
        assertThat(after).hasSameSizeAs(before).hasSize(7);
        for (int i = 0; i < before.size(); i++) {
            assertThat(after.get(i).boothsAny()).as("level " + i).isEqualTo(before.get(i).boothsAny() + 1);
            assertThat(after.get(i).volunteers()).as("level " + i).isEqualTo(before.get(i).volunteers() + 1);
            assertThat(after.get(i).teamFilled()).as("level " + i).isEqualTo(before.get(i).teamFilled() + 1);
        }
        // deactivating takes it back out
        ctx.people().setActive(v, false);
        assertThat(chain(booth)).isEqualTo(before);
    }

    @Test
    void theLokSabhaSeatIsCountedToo() {
        long booth = emptyBooth();
        UnitRow seat = ctx.org().ancestry(ctx.org().unit(booth).orElseThrow().unit()).get(3);
        UnitRow ls = ctx.org().unit(seat.unit().lokSabhaId()).orElseThrow();
        ctx.people().add(draft(booth, "9123456781"));
        UnitRow after = ctx.org().unit(ls.unit().id()).orElseThrow();
        assertThat(after.coverage().boothsAny()).isEqualTo(ls.coverage().boothsAny() + 1);
    }

    @Test
    void refusalsSayWhyAndSaveNothing() {
        long booth = emptyBooth();
        long before = ctx.people().countVolunteers();
        ctx.people().add(draft(booth, "9123456782"));
        assertThatThrownBy(() -> ctx.people().add(draft(booth, "+91 91234 56782")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("already belongs");
        assertThatThrownBy(() -> ctx.people().add(draft(booth, "0522 2234567"))).hasMessageContaining("not a mobile");
        assertThatThrownBy(() -> ctx.people().add(new VolunteerDraft(booth, " ", "9123456783", Role.BOOTH_IT, 1, LocalDate.now(), true)))
                .hasMessageContaining("name");
        assertThatThrownBy(() -> ctx.people().add(new VolunteerDraft(booth, "A B", "9123456783", Role.DISTRICT_IT, 1, LocalDate.now(), true)))
                .hasMessageContaining("does not fit");
        assertThatThrownBy(() -> ctx.people().add(new VolunteerDraft(booth, "A B", "9123456783", Role.BOOTH_IT, 1, LocalDate.now().plusDays(2), true)))
                .hasMessageContaining("future");
        assertThatThrownBy(() -> ctx.people().add(new VolunteerDraft(booth, "A B", "9123456783", Role.BOOTH_IT, 1, null, true)))
                .hasMessageContaining("consent");
        assertThat(ctx.people().countVolunteers()).isEqualTo(before + 1);
    }

    @Test
    void aStaleEditIsRefused() {
        long booth = emptyBooth();
        Volunteer v = ctx.people().add(draft(booth, "9123456784"));
        ctx.people().update(v.id(), v.version(), new VolunteerDraft(booth, "Kavita M.", v.phone(), Role.BOOTH_IT, 1, v.consentDate(), true));
        assertThatThrownBy(() -> ctx.people().update(v.id(), v.version(),
                new VolunteerDraft(booth, "Someone else", v.phone(), Role.BOOTH_IT, 1, v.consentDate(), true)))
                .isInstanceOf(ConflictException.class);
        assertThat(ctx.people().volunteersOf(booth)).extracting(Volunteer::name).containsExactly("Kavita M.");
    }

    @Test
    void everyChangeIsAudited() {
        long booth = emptyBooth();
        ctx.people().add(draft(booth, "9123456785"));
        String after = ctx.db().jdbi().withHandle(h -> h.createQuery("SELECT after_value FROM audit_log WHERE entity = 'volunteer' "
                + "AND action = 'ADD' ORDER BY id DESC FETCH FIRST 1 ROWS ONLY").mapTo(String.class).one());
        assertThat(after).contains("Kavita Maurya").contains("•6785").doesNotContain("9123456785");
    }

    @Test
    void broadcastListsHoldAtMost256() {
        long seat = ctx.org().findDesk("Isauli").orElseThrow().unit().id();
        assertThatThrownBy(() -> ctx.people().addList(seat, "Too big", 257)).hasMessageContaining("at most 256");
        BroadcastList l = ctx.people().addList(seat, "Fresh list", 256);
        assertThat(l.members()).isEqualTo(256);
        assertThatThrownBy(() -> ctx.people().updateList(l, 300)).hasMessageContaining("at most 256");
    }

    @Test
    void aGroupCountsTowardsCoverage() {
        long booth = ctx.db().jdbi().withHandle(h -> h.createQuery("SELECT u.id FROM unit u LEFT JOIN whatsapp_group g ON g.booth_id = u.id "
                + "WHERE u.kind = 'BOOTH' AND g.booth_id IS NULL ORDER BY u.id FETCH FIRST 1 ROWS ONLY").mapTo(Long.class).one());
        List<Coverage> before = chain(booth);
        ctx.people().saveGroup(booth, null, 120);
        List<Coverage> after = chain(booth);
        assertThat(after.getFirst().boothsGroup()).isEqualTo(before.getFirst().boothsGroup() + 1);
        assertThat(after.getFirst().groupMembers()).isEqualTo(before.getFirst().groupMembers() + 120);
        assertThatThrownBy(() -> ctx.people().saveGroup(booth, null, -1)).isInstanceOf(ValidationException.class);
    }

    @Test
    void aStaleGroupCountIsRefusedWithBothNumbersAndNothingChanges() {
        long booth = ctx.db().jdbi().withHandle(h -> h.createQuery("SELECT u.id FROM unit u LEFT JOIN whatsapp_group g ON g.booth_id = u.id "
                + "WHERE u.kind = 'BOOTH' AND g.booth_id IS NULL ORDER BY u.id DESC FETCH FIRST 1 ROWS ONLY").mapTo(Long.class).one());
        // two desks both saw no group; the first creates it, the second is told and saves nothing
        WhatsAppGroup first = ctx.people().saveGroup(booth, null, 90, null);
        assertThatThrownBy(() -> ctx.people().saveGroup(booth, null, 75, null)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("now has 90 members; you entered 75");
        // both saw version 0; one saves, the other's stale count is refused
        ctx.people().saveGroup(booth, null, 110, first.version());
        assertThatThrownBy(() -> ctx.people().saveGroup(booth, null, 95, first.version())).isInstanceOf(ConflictException.class)
                .hasMessageContaining("now has 110 members; you entered 95");
        assertThat(ctx.people().groupOf(booth).orElseThrow().members()).isEqualTo(110);
    }
}
