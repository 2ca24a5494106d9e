package org.warroom.reports;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.warroom.app.AppContext;
import org.warroom.org.CoverageRollup;
import org.warroom.org.Unit;
import org.warroom.platform.audit.Actor;
import org.warroom.platform.audit.AuditLog;

/** A fixed clock (25 May 2024, 6 pm in India) and lookups into the Sultanpur demo database for report tests. */
final class ReportFixtures {
    static final LocalDate TODAY = LocalDate.of(2024, 5, 25);
    static final Clock CLOCK = Clock.fixed(Instant.parse("2024-05-25T12:30:00Z"), ZoneId.of("UTC"));
    static final Actor ACTOR = new Actor("tester", "test-desk");

    /** A booth volunteer of the demo database. */
    record Vol(long id, String name, String phone, long boothId, String boothCode, int part) {
    }

    private ReportFixtures() {
    }

    static ReportService reports(AppContext ctx) {
        return new ReportService(ctx.db().jdbi(), new AuditLog(CLOCK), ACTOR, CLOCK);
    }

    static ReportImportService importer(AppContext ctx) {
        return new ReportImportService(ctx.db().jdbi(), new AuditLog(CLOCK), ACTOR, CLOCK);
    }

    static Vol vol(AppContext ctx, long id) {
        return ctx.db().jdbi().withHandle(h -> h.createQuery("SELECT v.id, v.name, v.phone, u.id AS booth, u.code, u.number "
                        + "FROM volunteer v JOIN unit u ON u.id = v.unit_id WHERE v.id = :id").bind("id", id)
                .map((rs, c) -> new Vol(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5), rs.getInt(6)))
                .one());
    }

    /** Active booth volunteers of one booth, by id. */
    static List<Vol> atBooth(AppContext ctx, String boothCode) {
        return ctx.db().jdbi().withHandle(h -> h.createQuery("SELECT v.id FROM volunteer v JOIN unit u ON u.id = v.unit_id "
                        + "WHERE u.code = :c AND v.active = TRUE AND v.role = 'BOOTH_IT' ORDER BY v.id").bind("c", boothCode)
                .mapTo(Long.class).list()).stream().map(id -> vol(ctx, id)).toList();
    }

    static Unit unit(AppContext ctx, long id) {
        return ctx.db().jdbi().withHandle(h -> CoverageRollup.unit(h, id).orElseThrow());
    }

    /** The booth, every unit above it and its Lok Sabha seat. */
    static List<Long> chain(AppContext ctx, long boothId) {
        return ctx.db().jdbi().withHandle(h -> CoverageRollup.targets(h, CoverageRollup.unit(h, boothId).orElseThrow()));
    }

    static long count(AppContext ctx, String table) {
        return ctx.db().jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one());
    }

    /** Every roll-up row, to show that something changed nothing. */
    static List<Map<String, Object>> rollups(AppContext ctx) {
        return ctx.db().jdbi().withHandle(h -> h.createQuery("SELECT * FROM report_rollup ORDER BY unit_id, report_day").mapToMap().list());
    }

    static long unitId(AppContext ctx, String code) {
        return ctx.org().byCode(code).orElseThrow().unit().id();
    }
}
