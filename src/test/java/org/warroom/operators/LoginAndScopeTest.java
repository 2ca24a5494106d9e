package org.warroom.operators;

import org.warroom.testing.BothEngines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warroom.app.AppContext;
import org.warroom.people.Role;
import org.warroom.people.VolunteerDraft;
import org.warroom.testing.TestDb;

/** Logins and the desk's scope, enforced by the services themselves on a real database. */
@BothEngines
class LoginAndScopeTest {
    private static final char[] ADMIN_PW = "admin password 1".toCharArray();
    private static final char[] DESK_PW = "isauli desk pass".toCharArray();

    @TempDir
    Path dir;
    private AppContext ctx;
    private long isauliBooth;
    private long otherBooth;

    @org.junit.jupiter.api.BeforeEach
    void build() {
        ctx = TestDb.sultanpur(dir);
        isauliBooth = boothUnder("AC-187");
        otherBooth = ctx.db().jdbi().withHandle(h -> h.createQuery("SELECT b.id FROM unit b JOIN unit s ON b.path LIKE s.path || '%' "
                + "WHERE s.code <> 'AC-187' AND s.kind = 'ASSEMBLY' AND b.kind = 'BOOTH' ORDER BY b.id LIMIT 1").mapTo(Long.class).one());
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        ctx.close();
    }

    private long boothUnder(String code) {
        return ctx.db().jdbi().withHandle(h -> h.createQuery("SELECT b.id FROM unit b JOIN unit s ON b.path LIKE s.path || '%' "
                + "WHERE s.code = :c AND b.kind = 'BOOTH' ORDER BY b.id LIMIT 1").bind("c", code).mapTo(Long.class).one());
    }

    private VolunteerDraft draft(long booth, String phone) {
        return new VolunteerDraft(booth, "Test Volunteer", phone, Role.BOOTH_IT, 1, LocalDate.now().minusDays(1), true);
    }

    private long volunteersAt(long booth) {
        return ctx.db().jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM volunteer WHERE unit_id = :b")
                .bind("b", booth).mapTo(Long.class).one());
    }

    @Test
    void theFirstAdministratorTurnsLoginsOnAndADeskOperatorChangesOnlyTheirSeat() {
        OperatorService ops = ctx.operators();
        Access access = ctx.access();
        assertThat(ops.hasAccounts()).isFalse();
        assertThat(access.current().isOpen()).isTrue();

        Principal admin = ops.createFirstAdministrator("Asha Admin", ADMIN_PW);
        assertThat(admin.role()).isEqualTo(OperatorRole.ADMIN);
        assertThat(ops.hasAccounts()).isTrue();
        assertThatThrownBy(() -> ops.createFirstAdministrator("Someone Else", ADMIN_PW))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("already exists");
        String stored = ctx.db().jdbi().withHandle(h -> h.createQuery("SELECT password_hash FROM operator WHERE name = 'Asha Admin'")
                .mapTo(String.class).one());
        assertThat(stored).startsWith("$argon2id$").doesNotContain("admin password");

        access.set(ops.login("asha admin", ADMIN_PW));
        ops.addAccount("Isauli Desk", OperatorRole.DESK_OPERATOR, "ac-187", DESK_PW);
        ops.addAccount("Leader", OperatorRole.LEADERSHIP_VIEWER, null, "leadership pass".toCharArray());
        assertThatThrownBy(() -> ops.addAccount("Nowhere Desk", OperatorRole.DESK_OPERATOR, "AC-999", DESK_PW))
                .hasMessageContaining("no unit with the code AC-999");
        assertThat(ops.byName("Nowhere Desk")).isEmpty();

        Principal desk = ops.login("Isauli Desk", DESK_PW);
        assertThat(desk.scopeName()).isEqualTo("Isauli");
        access.set(desk);
        long before = volunteersAt(otherBooth);
        ctx.people().add(draft(isauliBooth, "+91 91234 56701"));
        assertThat(volunteersAt(isauliBooth)).isPositive();
        assertThatThrownBy(() -> ctx.people().add(draft(otherBooth, "+91 91234 56702")))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("Isauli Desk works for Isauli and may not change");
        assertThat(volunteersAt(otherBooth)).isEqualTo(before);
        assertThatThrownBy(() -> ctx.people().saveGroup(otherBooth, null, 40)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> ops.add("Sneaky", OperatorRole.ADMIN)).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("may not add operators");

        access.set(ops.login("Leader", "leadership pass".toCharArray()));
        assertThatThrownBy(() -> ctx.people().add(draft(isauliBooth, "+91 91234 56703")))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("may look but not change");
        assertThat(access.current().seesPhones()).isFalse();

        access.set(Principal.notLoggedIn());
        assertThatThrownBy(() -> ctx.people().add(draft(isauliBooth, "+91 91234 56704")))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("Log in first");

        long logins = ctx.db().jdbi().withHandle(h -> h.createQuery(
                "SELECT COUNT(*) FROM audit_log WHERE action = 'LOGIN' AND entity = 'operator'").mapTo(Long.class).one());
        assertThat(logins).isEqualTo(3);
    }

    @Test
    void wrongPasswordsAreOneAnswerAndFiveOfThemLockTheAccount() {
        OperatorService ops = ctx.operators();
        ops.createFirstAdministrator("Asha Admin", ADMIN_PW);
        ctx.access().set(ops.login("Asha Admin", ADMIN_PW));
        ops.addAccount("Forgetful", OperatorRole.WRITER, null, "forgetful pass".toCharArray());
        assertThatThrownBy(() -> ops.login("Nobody At All", "whatever12".toCharArray()))
                .isInstanceOf(AccessDeniedException.class).hasMessage("The name or the password is wrong.");
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> ops.login("Forgetful", "wrong password".toCharArray()))
                    .isInstanceOf(AccessDeniedException.class).hasMessage("The name or the password is wrong.");
        }
        assertThatThrownBy(() -> ops.login("Forgetful", "forgetful pass".toCharArray()))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("locked until");
        ops.resetPassword("Forgetful", "a brand new pass".toCharArray());
        Principal back = ops.login("Forgetful", "a brand new pass".toCharArray());
        assertThat(back.role()).isEqualTo(OperatorRole.WRITER);
        assertThatThrownBy(() -> ops.changePassword(back.operatorId(), "not the old one".toCharArray(), "another new one".toCharArray()))
                .hasMessageContaining("current password is wrong");
        ops.changePassword(back.operatorId(), "a brand new pass".toCharArray(), "another new one".toCharArray());
        assertThat(ops.login("Forgetful", "another new one".toCharArray()).name()).isEqualTo("Forgetful");
        long leaked = ctx.db().jdbi().withHandle(h -> h.createQuery(
                "SELECT COUNT(*) FROM audit_log WHERE before_value LIKE '%pass%' OR after_value LIKE '%new one%'").mapTo(Long.class).one());
        assertThat(leaked).isZero();
    }

    @Test
    void aDeskOperatorsImportRefusesTheRowsOutsideTheirSeatByLine() throws Exception {
        OperatorService ops = ctx.operators();
        ops.createFirstAdministrator("Asha Admin", ADMIN_PW);
        ctx.access().set(ops.login("Asha Admin", ADMIN_PW));
        ops.addAccount("Isauli Desk", OperatorRole.DESK_OPERATOR, "AC-187", DESK_PW);
        ctx.access().set(ops.login("Isauli Desk", DESK_PW));
        String[] inside = boothVolunteer("s.code = 'AC-187'");
        String[] outside = boothVolunteer("s.code <> 'AC-187'");
        String day = LocalDate.now(java.time.ZoneId.of("Asia/Kolkata")).minusDays(1)
                .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        Path csv = dir.resolve("reports.csv");
        java.nio.file.Files.writeString(csv, "booth,phone,date,forwarded,added,members\n"
                + inside[0] + "," + inside[1] + "," + day + ",3,2,120\n"
                + outside[0] + "," + outside[1] + "," + day + ",3,2,120\n");
        var s = ctx.reportImports().importFile(csv, org.warroom.reports.ImportRequest.of(
                org.warroom.reports.importers.ImportFormat.AUTO, org.warroom.reports.ImportMode.KEEP_GOOD, false));
        assertThat(s.reports()).isEqualTo(1);
        assertThat(s.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.reason()).contains("is outside Isauli");
        });
        long saved = ctx.db().jdbi().withHandle(h -> h.createQuery(
                "SELECT COUNT(*) FROM report r JOIN unit b ON b.id = r.booth_id WHERE b.code = :c").bind("c", outside[0])
                .mapTo(Long.class).one());
        assertThat(saved).isZero();
    }

    /** {booth code, phone without +91} of an active booth volunteer in a seat matching the condition. */
    private String[] boothVolunteer(String seatCondition) {
        return ctx.db().jdbi().withHandle(h -> h.createQuery("SELECT b.code, v.phone FROM volunteer v JOIN unit b ON b.id = v.unit_id "
                        + "JOIN unit s ON b.path LIKE s.path || '%' WHERE s.kind = 'ASSEMBLY' AND " + seatCondition
                        + " AND v.active = TRUE AND v.role = 'BOOTH_IT' ORDER BY v.id LIMIT 1")
                .map((rs, c) -> new String[] {rs.getString(1), rs.getString(2).replace("+91", "")}).one());
    }
}
