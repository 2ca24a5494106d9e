package org.warroom.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warroom.app.AppContext;
import org.warroom.platform.audit.Actor;
import org.warroom.platform.audit.AuditLog;
import org.warroom.platform.audit.AuditSetup;
import org.warroom.platform.db.DataFolder;
import org.warroom.testing.TestDb;

/** A database from before the chain: its audit rows are sealed into it once, oldest first, whoever opens it first. */
class AuditLegacyTest {
    @TempDir
    Path dir;

    /** A database at schema version 5 with a few audit rows of the old kind (no seq, no hash). */
    private String legacyDatabase(String target, int rows) throws Exception {
        String url = DataFolder.open(dir).h2Url();
        Flyway.configure().dataSource(url, "warroom", "").locations("classpath:db/migration").target("5").load().migrate();
        try (Connection c = DriverManager.getConnection(url, "warroom", "");
             PreparedStatement ps = c.prepareStatement("INSERT INTO audit_log (at, actor, desk, action, entity, entity_id, before_value, "
                     + "after_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < rows; i++) {
                ps.setTimestamp(1, Timestamp.valueOf(LocalDateTime.of(2026, 3, 1, 9, 0).plusSeconds(i).plusNanos(i * 1_000L)));
                ps.setString(2, i % 2 == 0 ? "old desk" : "पुराना ऑपरेटर");
                ps.setString(3, i % 3 == 0 ? null : "d-" + i);
                ps.setString(4, "EDIT");
                ps.setString(5, "volunteer");
                ps.setObject(6, i % 4 == 0 ? null : (long) i);
                ps.setString(7, i == 1 ? "" : null);
                ps.setString(8, "x".repeat(i == 2 ? 4000 : i));
                ps.executeUpdate();
            }
        }
        if (target != null) {
            Flyway.configure().dataSource(url, "warroom", "").locations("classpath:db/migration").target(target).load().migrate();
        }
        return url;
    }

    private static List<String> hashes(AppContext ctx) {
        return ctx.db().jdbi().withHandle(h -> h.createQuery("SELECT id || ':' || seq || ':' || hash FROM audit_log ORDER BY id")
                .mapTo(String.class).list());
    }

    @Test
    void oldRowsAreSealedInOrderOnceOnOpening() throws Exception {
        legacyDatabase(null, 7);
        List<String> sealed;
        try (AppContext ctx = TestDb.open(dir)) {
            VerifyResult r = ctx.audit().verify((a, b) -> { });
            assertThat(r.ok()).as(r.message()).isTrue();
            assertThat(r.rowsChecked()).isEqualTo(7);
            assertThat(AuditWorkload.count(ctx, "SELECT COUNT(*) FROM audit_log a JOIN audit_log b ON a.id < b.id AND a.seq > b.seq")).isZero();
            assertThat(AuditWorkload.count(ctx, "SELECT COUNT(*) FROM audit_head WHERE legacy_upto IS NULL")).isEqualTo(1);
            ctx.db().jdbi().useHandle(h -> new AuditLog(ctx.clock()).record(h, ctx.actor(), "ADD", "probe", null, null, "after the upgrade"));
            sealed = hashes(ctx);
            assertThat(sealed).hasSize(8).last().asString().contains(":8:");
        }
        try (AppContext again = TestDb.open(dir)) {
            assertThat(hashes(again)).isEqualTo(sealed);
            assertThat(again.audit().verify((a, b) -> { }).rowsChecked()).isEqualTo(8);
        }
    }

    @Test
    void twoOpenersAtOnceSealOnce() throws Exception {
        String url = legacyDatabase("8", 30);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        List<JdbcConnectionPool> pools = List.of(JdbcConnectionPool.create(url, "warroom", ""), JdbcConnectionPool.create(url, "warroom", ""));
        try {
            List<Future<?>> done = pools.stream().<Future<?>>map(p -> pool.submit(() -> {
                go.await();
                AuditSetup.prepare(Jdbi.create(p), true);
                return null;
            })).toList();
            go.countDown();
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdown();
            pools.forEach(JdbcConnectionPool::dispose);
        }
        try (AppContext ctx = TestDb.open(dir)) {
            VerifyResult r = ctx.audit().verify((a, b) -> { });
            assertThat(r.ok()).as(r.message()).isTrue();
            assertThat(r.rowsChecked()).isEqualTo(30);
            assertThat(r.guard()).isTrue();
        }
    }

    @Test
    void aWriteBeforeTheSealingSealsFirst() throws Exception {
        String url = legacyDatabase("8", 5);
        JdbcConnectionPool p = JdbcConnectionPool.create(url, "warroom", "");
        try {
            Jdbi jdbi = Jdbi.create(p);
            jdbi.useTransaction(h -> new AuditLog(java.time.Clock.systemDefaultZone()).record(h, new Actor("early", null), "ADD", "probe",
                    null, null, "the first write after the upgrade"));
        } finally {
            p.dispose();
        }
        try (AppContext ctx = TestDb.open(dir)) {
            VerifyResult r = ctx.audit().verify((a, b) -> { });
            assertThat(r.ok()).as(r.message()).isTrue();
            assertThat(r.rowsChecked()).isEqualTo(6);
            assertThat(ctx.audit().page(AuditFilter.ALL, null, 1).getFirst().seq()).isEqualTo(6);
        }
    }
}
