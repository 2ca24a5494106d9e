package org.warroom.audit;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.warroom.app.AppContext;
import org.warroom.operators.Operator;
import org.warroom.operators.OperatorRole;
import org.warroom.people.Role;
import org.warroom.people.Volunteer;
import org.warroom.people.VolunteerDraft;
import org.warroom.platform.audit.Actor;
import org.warroom.platform.audit.AuditLog;
import org.warroom.people.PeopleService;
import org.warroom.posts.Channel;
import org.warroom.posts.Post;
import org.warroom.posts.PostDraft;
import org.warroom.reports.ImportMode;
import org.warroom.reports.ImportRequest;
import org.warroom.reports.ImportSummary;
import org.warroom.reports.importers.ImportFormat;

/** A real day's writes through the services, each with its audit row: volunteers, a post approved, reports imported. */
final class AuditWorkload {
    private AuditWorkload() {
    }

    static void run(AppContext ctx, Path dir) throws Exception {
        List<Long> booths = ctx.db().jdbi().withHandle(h -> h.createQuery(
                "SELECT id FROM unit WHERE kind = 'BOOTH' AND code LIKE 'B-187-%' ORDER BY number LIMIT 3").mapTo(Long.class).list());
        Volunteer first = null;
        for (int i = 0; i < booths.size(); i++) {
            Volunteer v = ctx.people().add(new VolunteerDraft(booths.get(i), "ऑडिट Volunteer " + i, "98765 1000" + i, Role.BOOTH_IT, 1,
                    LocalDate.now().minusDays(1), true));
            first = first == null ? v : first;
        }
        ctx.people().update(first.id(), first.version(), new VolunteerDraft(first.unitId(), "Edited Name", "98765 10000", Role.BOOTH_IT, 1,
                LocalDate.now().minusDays(1), true));
        // another person at another desk
        new PeopleService(ctx.db().jdbi(), new AuditLog(ctx.clock()), new Actor("Asha Verma", "sultanpur-desk"), ctx.clock())
                .saveGroup(booths.get(1), "Booth group", 120);

        Operator writer = ctx.operators().add("Writer One", OperatorRole.WRITER);
        Operator approver = ctx.operators().add("Coordinator One", OperatorRole.COORDINATOR);
        long seat = ctx.org().byCode("AC-187").orElseThrow().unit().id();
        Post p = ctx.posts().create(writer.id(), PostDraft.of("Audit post", "लाभार्थी की कहानी", null, "BENEFICIARY_STORY",
                List.of(seat), Set.of(Channel.WHATSAPP)));
        p = ctx.posts().submit(p.id(), p.version(), writer.id());
        ctx.posts().approve(p.id(), p.version(), approver.id());

        List<String> phones = ctx.db().jdbi().withHandle(h -> h.createQuery("SELECT v.phone FROM volunteer v JOIN unit u ON u.id = v.unit_id "
                + "WHERE u.code LIKE 'B-188-%' AND v.active = TRUE AND v.role = 'BOOTH_IT' ORDER BY v.id LIMIT 3").mapTo(String.class).list());
        StringBuilder csv = new StringBuilder("phone,date,forwarded,added,members\n");
        for (String phone : phones) {
            csv.append(phone).append(',').append(ctx.reports().today()).append(",4,2,130\n");
        }
        Path file = Files.writeString(dir.resolve("reports.csv"), csv, StandardCharsets.UTF_8);
        ImportSummary s = ctx.reportImports().importFile(file, new ImportRequest(ImportFormat.AUTO, ImportMode.KEEP_GOOD, false,
                Map.of(), "audit-test", null));
        if (s.reports() != phones.size()) {
            throw new IllegalStateException("reports not imported: " + s.summary());
        }
    }

    /** Plain JDBC on the closed database's file, as someone with the file and a SQL tool would do it. */
    static void sql(Path dataDir, String... statements) throws SQLException {
        org.warroom.testing.TestDb.sql(dataDir, statements);
    }

    static long count(AppContext ctx, String sql) {
        return ctx.db().jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }
}
