package org.warroom.audit;

import org.warroom.testing.BothEngines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warroom.app.AppContext;
import org.warroom.audit.VerifyResult.Problem;
import org.warroom.testing.TestDb;

/**
 * `audit verify` on a database after a real workload, then after someone with the file changed it by hand: an
 * edited row, a deleted row, the last row deleted, rows moved, rows slipped in, the whole end rewound.
 */
@BothEngines
class AuditVerifyTest {
    @TempDir
    static Path base;
    @TempDir
    Path dir;

    @BeforeAll
    static void workload() throws Exception {
        try (AppContext ctx = TestDb.sultanpur(base)) {
            AuditWorkload.run(ctx, base);
        }
    }

    /** A copy of the worked database, so each test breaks its own. */
    private AppContext open() throws Exception {
        TestDb.copy(base, dir);
        return TestDb.open(dir);
    }

    private VerifyResult verifyAfter(String... sql) throws Exception {
        TestDb.copy(base, dir);
        String[] all = new String[sql.length + 1];
        all[0] = TestDb.dropAuditGuard();
        System.arraycopy(sql, 0, all, 1, sql.length);
        AuditWorkload.sql(dir, all);
        try (AppContext ctx = TestDb.open(dir)) {
            VerifyResult r = ctx.audit().verify((a, b) -> { });
            assertThat(r.ok()).as(r.message()).isFalse();
            assertThat(r.guard()).isFalse();
            return r;
        }
    }

    private static long idAt(AppContext ctx, long seq) {
        return AuditWorkload.count(ctx, "SELECT id FROM audit_log WHERE seq = " + seq);
    }

    @Test
    void aNormalDatabasePasses() throws Exception {
        try (AppContext ctx = open()) {
            long rows = AuditWorkload.count(ctx, "SELECT COUNT(*) FROM audit_log");
            // the demo build, 3 volunteers, an edit, a group, 2 operators, a post created, submitted and approved, an import
            assertThat(rows).isGreaterThanOrEqualTo(11);
            assertThat(AuditWorkload.count(ctx, "SELECT COUNT(*) FROM audit_log WHERE entity IN ('volunteer', 'post', 'report_import')"))
                    .isGreaterThanOrEqualTo(8);
            VerifyResult r = ctx.audit().verify((a, b) -> { });
            assertThat(r.ok()).as(r.message()).isTrue();
            assertThat(r.rowsChecked()).isEqualTo(rows);
            assertThat(r.headSeq()).isEqualTo(rows);
            assertThat(r.headHash()).isEqualTo(ctx.db().jdbi().withHandle(h -> h.createQuery(
                    "SELECT hash FROM audit_log WHERE seq = " + rows).mapTo(String.class).one()));
            assertThat(r.guard()).isTrue();
            assertThat(ctx.audit().checkAnchor(rows, r.headHash().substring(0, 12))).isEmpty();
        }
    }

    @Test
    void theGuardRefusesUpdatesAndDeletes() throws Exception {
        TestDb.copy(base, dir);
        assertThatThrownBy(() -> AuditWorkload.sql(dir, "UPDATE audit_log SET after_value = 'nothing happened' WHERE seq = 2"))
                .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> AuditWorkload.sql(dir, "DELETE FROM audit_log WHERE seq = 2"))
                .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        // a row cannot be re-sealed either: only an empty seq may be filled, once
        assertThatThrownBy(() -> AuditWorkload.sql(dir, "UPDATE audit_log SET hash = NULL WHERE seq = 2"))
                .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        try (AppContext ctx = TestDb.open(dir)) {
            assertThat(ctx.audit().verify((a, b) -> { }).ok()).isTrue();
        }
    }

    @Test
    void aRowAlteredByHandIsNamed() throws Exception {
        long id;
        try (AppContext ctx = open()) {
            id = idAt(ctx, 5);
        }
        VerifyResult r = verifyAfter("UPDATE audit_log SET after_value = REPLACE(after_value, '1', '2') || ' ' WHERE seq = 5");
        assertThat(r.problem()).isEqualTo(Problem.EDITED);
        assertThat(r.seq()).isEqualTo(5);
        assertThat(r.id()).isEqualTo(id);
        assertThat(r.rowsChecked()).isEqualTo(4);
        assertThat(r.message()).contains("seq 5").contains("id " + id).contains("changed");
    }

    @Test
    void aChangedActorOrTimeIsAnEditToo() throws Exception {
        VerifyResult who = verifyAfter("UPDATE audit_log SET actor = 'someone else' WHERE seq = 3");
        assertThat(who.problem()).isEqualTo(Problem.EDITED);
        assertThat(who.seq()).isEqualTo(3);
        VerifyResult when = verifyAfter("UPDATE audit_log SET at = at + INTERVAL '0.000001' SECOND WHERE seq = 6");
        assertThat(when.problem()).isEqualTo(Problem.EDITED);
        assertThat(when.seq()).isEqualTo(6);
    }

    @Test
    void aDeletedRowIsAGap() throws Exception {
        long next;
        try (AppContext ctx = open()) {
            next = idAt(ctx, 8);
        }
        VerifyResult r = verifyAfter("DELETE FROM audit_log WHERE seq = 7");
        assertThat(r.problem()).isEqualTo(Problem.MISSING);
        assertThat(r.seq()).isEqualTo(7);
        assertThat(r.id()).isEqualTo(next);
        assertThat(r.message()).contains("seq 7 is missing").contains("deleted");
    }

    @Test
    void theLastRowDeletedIsAHeadMismatch() throws Exception {
        long last;
        try (AppContext ctx = open()) {
            last = AuditWorkload.count(ctx, "SELECT MAX(seq) FROM audit_log");
        }
        VerifyResult r = verifyAfter("DELETE FROM audit_log WHERE seq = " + last);
        assertThat(r.problem()).isEqualTo(Problem.BAD_HEAD);
        assertThat(r.seq()).isEqualTo(last);
        assertThat(r.rowsChecked()).isEqualTo(last - 1);
        assertThat(r.message()).contains("ends at seq " + (last - 1)).contains("records seq " + last).contains("deleted");
    }

    @Test
    void rowsSwappedInTheChainAreReordered() throws Exception {
        long third;
        try (AppContext ctx = open()) {
            third = idAt(ctx, 3);
        }
        VerifyResult r = verifyAfter("UPDATE audit_log SET seq = -3 WHERE seq = 3", "UPDATE audit_log SET seq = 3 WHERE seq = 6",
                "UPDATE audit_log SET seq = 6 WHERE seq = -3");
        assertThat(r.problem()).isEqualTo(Problem.REORDERED);
        assertThat(r.seq()).isEqualTo(3);
        assertThat(r.id()).isNotEqualTo(third);
        assertThat(r.message()).contains("id " + third).contains("moved");
    }

    @Test
    void rowsSlippedInOutsideTheChainAreFound() throws Exception {
        VerifyResult loose = verifyAfter("INSERT INTO audit_log (at, actor, action, entity) VALUES (CURRENT_TIMESTAMP, 'x', 'ADD', 'volunteer')");
        assertThat(loose.problem()).isEqualTo(Problem.UNCHAINED);
        assertThat(loose.id()).isNotNull();
        VerifyResult beyond = verifyAfter("INSERT INTO audit_log (seq, at, actor, action, entity, hash) VALUES "
                + "((SELECT seq + 1 FROM audit_head), CURRENT_TIMESTAMP, 'x', 'ADD', 'volunteer', 'feed')");
        assertThat(beyond.problem()).isEqualTo(Problem.BEYOND_HEAD);
    }

    @Test
    void aDeletedHeadIsNamed() throws Exception {
        VerifyResult r = verifyAfter("DELETE FROM audit_head");
        assertThat(r.problem()).isEqualTo(Problem.BAD_HEAD);
        assertThat(r.message()).contains("head").contains("missing");
    }

    @Test
    void aRewoundEndPassesTheWalkButNotAnAnchorNotedBefore() throws Exception {
        long last;
        String head;
        try (AppContext ctx = open()) {
            VerifyResult before = ctx.audit().verify((a, b) -> { });
            last = before.headSeq();
            head = before.headHash();
        }
        TestDb.copy(base, dir);
        AuditWorkload.sql(dir, TestDb.dropAuditGuard(), "DELETE FROM audit_log WHERE seq = " + last,
                "UPDATE audit_head SET seq = seq - 1, hash = (SELECT hash FROM audit_log WHERE seq = " + (last - 1) + ")");
        try (AppContext ctx = TestDb.open(dir)) {
            assertThat(ctx.audit().verify((a, b) -> { }).ok()).isTrue();
            assertThat(ctx.audit().checkAnchor(last, head.substring(0, 16))).get().asString().contains("no longer has seq " + last);
            assertThat(ctx.audit().checkAnchor(last - 1, head.substring(0, 16))).get().asString().contains("rewritten");
        }
    }
}
