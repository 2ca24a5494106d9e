package org.warroom.people;

import org.warroom.testing.BothEngines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warroom.app.AppContext;
import org.warroom.operators.AccessDeniedException;
import org.warroom.operators.Principal;
import org.warroom.operators.OperatorRole;
import org.warroom.reports.ReportDraft;
import org.warroom.testing.TestDb;

/** Everything about one number, and withdrawing consent: details erased, anonymous counts kept, on a real database. */
@BothEngines
class PersonalDataTest {
    @TempDir
    Path dir;

    @Test
    void exportGivesEverythingAndWithdrawalErasesTheDetailsButKeepsTheCounts() {
        try (AppContext ctx = TestDb.sultanpur(dir)) {
            Object[] v = ctx.db().jdbi().withHandle(h -> h.createQuery("SELECT v.id, v.phone, v.unit_id FROM volunteer v "
                            + "WHERE v.active = TRUE AND v.role = 'BOOTH_IT' ORDER BY v.id LIMIT 1")
                    .map((rs, c) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getLong(3)}).one());
            long id = (Long) v[0];
            String phone = (String) v[1];
            LocalDate day = LocalDate.now(ZoneId.of("Asia/Kolkata")).minusDays(1);
            ctx.reports().add(new ReportDraft(id, (Long) v[2], day, Set.of(1, 2), 5, 3, 140, Set.of(), null,
                    "गाँव में सड़क की शिकायत"));
            long stateVolunteersBefore = stateVolunteers(ctx);

            Map<String, Object> all = ctx.personalData().export(phone.substring(3)).orElseThrow();
            assertThat(((Map<?, ?>) all.get("volunteer")).get("phone")).isEqualTo(phone);
            assertThat((List<?>) all.get("reports")).singleElement()
                    .satisfies(r -> assertThat(((Map<?, ?>) r).get("feedback")).isEqualTo("गाँव में सड़क की शिकायत"));
            assertThat(all).containsKeys("changes", "chat_messages", "booth_feedback", "plan_feedback");

            ctx.access().set(new Principal(99, "Leader", OperatorRole.LEADERSHIP_VIEWER, null, null, null));
            assertThatThrownBy(() -> ctx.personalData().export(phone)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> ctx.personalData().withdraw(phone)).isInstanceOf(AccessDeniedException.class);
            ctx.access().set(Principal.open("tester"));

            assertThat(ctx.personalData().withdraw("+91 " + phone.substring(3))).isGreaterThanOrEqualTo(2);
            Map<String, Object> row = ctx.db().jdbi().withHandle(h -> h.createQuery(
                    "SELECT name, phone, consent_date, active, withdrawn_at FROM volunteer WHERE id = :id").bind("id", id).mapToMap().one());
            assertThat(row.get("name")).isEqualTo("—");
            assertThat(row.get("phone")).isNull();
            assertThat(row.get("consent_date")).isNull();
            assertThat(row.get("active")).isEqualTo(false);
            assertThat(row.get("withdrawn_at")).isNotNull();
            Map<String, Object> report = ctx.db().jdbi().withHandle(h -> h.createQuery(
                    "SELECT forwarded, feedback, original_text FROM report WHERE volunteer_id = :id").bind("id", id).mapToMap().one());
            assertThat(report.get("forwarded")).isEqualTo(5);
            assertThat(report.get("feedback")).isNull();
            // the coverage counts follow, without the person
            assertThat(stateVolunteers(ctx)).isEqualTo(stateVolunteersBefore - 1);
            assertThat(ctx.personalData().export(phone)).isEmpty();
            String audited = ctx.db().jdbi().withHandle(h -> h.createQuery(
                    "SELECT after_value FROM audit_log WHERE action = 'WITHDRAW_CONSENT' AND entity_id = :id").bind("id", id)
                    .mapTo(String.class).one());
            assertThat(audited).doesNotContain(phone.substring(3)).isEqualTo("contact details erased");
            assertThatThrownBy(() -> ctx.personalData().withdraw(phone)).hasMessageContaining("No volunteer has the number");
        }
    }

    private static long stateVolunteers(AppContext ctx) {
        return ctx.db().jdbi().withHandle(h -> h.createQuery(
                "SELECT c.volunteers FROM coverage c JOIN unit u ON u.id = c.unit_id WHERE u.kind = 'STATE'").mapTo(Long.class).one());
    }
}
