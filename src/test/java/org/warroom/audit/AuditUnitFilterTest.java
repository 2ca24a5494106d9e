package org.warroom.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.warroom.audit.db.AuditQueries;
import org.warroom.audit.db.AuditUnitIndex;
import org.warroom.operators.AccessDeniedException;
import org.warroom.operators.OperatorRole;
import org.warroom.operators.Principal;
import org.warroom.people.Role;
import org.warroom.people.VolunteerDraft;
import org.warroom.testing.BothEngines;
import org.warroom.testing.SultanpurDb;
import org.warroom.testing.TestPostgres;

/**
 * The audit trail by unit and its subtree, read through the unit index: the right rows, rows written since the last
 * read included, one index row per audit row and unit even when desks index at once, a desk operator kept to their
 * unit, and (on H2, where the plan is fixed) a query that reads the index rather than the whole trail.
 */
@BothEngines
class AuditUnitFilterTest {
    @RegisterExtension
    static final SultanpurDb DB = new SultanpurDb();

    @AfterEach
    void everyRightAgain() {
        DB.ctx().access().set(Principal.open("tester"));
    }

    private static long booth(String code) {
        return DB.ctx().org().byCode(code).orElseThrow().unit().id();
    }

    private static void add(String boothCode, String name, String phone) {
        DB.ctx().people().add(new VolunteerDraft(booth(boothCode), name, phone, Role.BOOTH_IT, 1, LocalDate.now().minusDays(1), true));
    }

    private static List<String> names(String unit) {
        return DB.ctx().audit().page(new AuditFilter(null, unit, "volunteer", null, null), null, 500).stream()
                .filter(e -> e.action().equals("ADD")).map(e -> e.after().replaceAll(".*name=([^;]*).*", "$1")).toList();
    }

    @Test
    void aUnitShowsItsSubtreesRowsNewestFirstIncludingOnesWrittenSinceTheLastLook() {
        add("B-187-1", "Isauli One", "98333 00001");
        add("B-188-2", "Seat 188 One", "98333 00002");
        assertThat(names("AC-187")).contains("Isauli One").doesNotContain("Seat 188 One");
        assertThat(names("D-SULTANPUR")).contains("Isauli One", "Seat 188 One");
        add("B-187-3", "Isauli Two", "98333 00003");
        assertThat(names("AC-187")).startsWith("Isauli Two", "Isauli One");
        assertThat(names("B-187-3")).containsExactly("Isauli Two");
        long count = DB.ctx().audit().count(new AuditFilter(null, "AC-187", "volunteer", null, null));
        assertThat(count).isEqualTo(names("AC-187").size());
    }

    @Test
    void desksIndexingAtOnceWriteEachIndexRowOnce() throws Exception {
        for (int i = 0; i < 30; i++) {
            add("B-189-" + (i % 5 + 1), "Batch " + i, String.format("98444 %05d", i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<Long>> all = List.of(pool.submit(() -> AuditUnitIndex.catchUp(DB.ctx().db().jdbi())),
                    pool.submit(() -> AuditUnitIndex.catchUp(DB.ctx().db().jdbi())),
                    pool.submit(() -> AuditUnitIndex.catchUp(DB.ctx().db().jdbi())));
            for (Future<Long> f : all) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        long audited = DB.ctx().db().jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM audit_log WHERE entity = 'volunteer' "
                + "AND after_value LIKE 'name=Batch %'").mapTo(Long.class).one());
        long indexed = DB.ctx().db().jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM audit_unit x JOIN audit_log a "
                + "ON a.id = x.audit_id WHERE a.entity = 'volunteer' AND a.after_value LIKE 'name=Batch %'").mapTo(Long.class).one());
        // booth, sector, mandal, seat, district, region, state: seven units above (and at) each volunteer
        assertThat(audited).isEqualTo(30);
        assertThat(indexed).isEqualTo(30L * 7);
        assertThat(names("AC-189")).hasSizeGreaterThanOrEqualTo(30);
    }

    @Test
    void aDeskOperatorReadsOnlyTheirUnitAndIsToldWhenAskingForAnother() {
        add("B-187-4", "Isauli Three", "98333 00004");
        add("B-190-1", "Seat 190 One", "98333 00005");
        var desk = DB.ctx().operators().addAccount("Isauli Auditing Desk", OperatorRole.DESK_OPERATOR, "AC-187",
                "isauli desk pass".toCharArray());
        DB.ctx().access().set(DB.ctx().operators().principal(desk.id()));
        List<AuditEntry> mine = DB.ctx().audit().page(AuditFilter.ALL, null, 500);
        assertThat(mine).isNotEmpty().allMatch(e -> e.entity().equals("volunteer"));
        assertThat(mine).anyMatch(e -> e.after().contains("Isauli Three")).noneMatch(e -> e.after().contains("Seat 190 One"));
        assertThat(names("B-187-4")).containsExactly("Isauli Three");
        String seat190 = DB.ctx().org().byCode("AC-190").orElseThrow().unit().nameEn();
        assertThatThrownBy(() -> names("AC-190")).isInstanceOf(AccessDeniedException.class)
                .hasMessage("Isauli Auditing Desk works for " + DB.ctx().org().byCode("AC-187").orElseThrow().unit().nameEn()
                        + " and reads the audit trail of it and below only; " + seat190 + " is outside it.");
        assertThatThrownBy(() -> names("D-SULTANPUR")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theUnitQueryReadsTheIndexNotTheTrail() {
        if (TestPostgres.selected()) {
            return; // PostgreSQL chooses its plan by the table's size: measured on 100,000 rows in bench 55 instead
        }
        AuditQueries.Where w = AuditQueries.Where.of(null, booth("AC-187"), null, null, null);
        String plan = DB.ctx().db().jdbi().withHandle(h -> {
            var q = h.createQuery("EXPLAIN " + AuditQueries.pageSql(w, true));
            w.values().forEach(q::bind);
            return q.bind("before", Long.MAX_VALUE).bind("limit", 100).mapTo(String.class).one();
        });
        assertThat(plan).doesNotContainIgnoringCase("AUDIT_LOG.tableScan").doesNotContainIgnoringCase("AUDIT_UNIT.tableScan")
                .containsIgnoringCase("UNIT_ID = ?").containsIgnoringCase("ID = X.AUDIT_ID").containsIgnoringCase("index sorted");
    }
}
