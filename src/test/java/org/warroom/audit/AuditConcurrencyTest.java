package org.warroom.audit;

import org.warroom.testing.BothEngines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warroom.app.AppContext;
import org.warroom.platform.audit.Actor;
import org.warroom.platform.audit.AuditLog;
import org.warroom.testing.TestDb;

/** Many writers at once — threads of this process and another process on the same file — still make one unbroken chain. */
@BothEngines
class AuditConcurrencyTest {
    static final int THREADS = 4;
    static final int PER_THREAD = 40;
    static final int CHILD = 80;

    @TempDir
    Path dir;

    /** The other process: appends {@code n} rows, each in its own transaction, through the database this test serves. */
    public static void main(String[] args) {
        Path data = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        try (AppContext ctx = TestDb.open(data)) {
            AuditLog audit = new AuditLog(Clock.systemDefaultZone());
            System.out.println("ready");
            System.out.flush();
            for (int i = 0; i < n; i++) {
                long id = i;
                ctx.db().jdbi().useTransaction(h -> audit.record(h, new Actor("child process", "desk-2"), "ADD", "probe", id, null, "child " + id));
            }
        }
        System.out.println("done");
    }

    @Test
    void concurrentWritersMakeOneChain() throws Exception {
        try (AppContext ctx = TestDb.open(dir)) {
            long before = AuditWorkload.count(ctx, "SELECT COUNT(*) FROM audit_log");
            Process child = startChild(dir, CHILD);
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            assertThat(readUntil(out, "ready")).as("the child started").isTrue();

            AuditLog audit = new AuditLog(ctx.clock());
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                Actor actor = new Actor("thread " + t, "desk-1");
                done.add(pool.submit(() -> {
                    go.await();
                    for (int i = 0; i < PER_THREAD; i++) {
                        long id = i;
                        ctx.db().jdbi().useTransaction(h -> {
                            // some work of the change itself before its audit row, as services do
                            h.createQuery("SELECT COUNT(*) FROM app_setting").mapTo(Long.class).one();
                            audit.record(h, actor, "EDIT", "probe", id, "before " + id, "after " + id);
                        });
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> f : done) {
                f.get(120, TimeUnit.SECONDS);
            }
            pool.shutdown();
            assertThat(readUntil(out, "done")).as("the child finished").isTrue();
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();

            long rows = AuditWorkload.count(ctx, "SELECT COUNT(*) FROM audit_log");
            assertThat(rows).isEqualTo(before + THREADS * PER_THREAD + CHILD);
            assertThat(AuditWorkload.count(ctx, "SELECT COUNT(DISTINCT seq) FROM audit_log")).isEqualTo(rows);
            assertThat(AuditWorkload.count(ctx, "SELECT MAX(seq) FROM audit_log")).isEqualTo(rows);
            VerifyResult r = ctx.audit().verify((a, b) -> { });
            assertThat(r.ok()).as(r.message()).isTrue();
            assertThat(r.rowsChecked()).isEqualTo(rows);
        }
    }

    @Test
    void aRolledBackChangeLeavesNoTraceInTheChain() {
        try (AppContext ctx = TestDb.open(dir)) {
            AuditLog audit = new AuditLog(ctx.clock());
            VerifyResult before = ctx.audit().verify((a, b) -> { });
            assertThatThrownBy(() -> ctx.db().jdbi().useTransaction(h -> {
                audit.record(h, ctx.actor(), "ADD", "probe", 1L, null, "never");
                throw new IllegalStateException("the change failed after its audit row");
            })).isInstanceOf(IllegalStateException.class);
            ctx.db().jdbi().useTransaction(h -> audit.record(h, ctx.actor(), "ADD", "probe", 2L, null, "kept"));
            VerifyResult after = ctx.audit().verify((a, b) -> { });
            assertThat(after.ok()).as(after.message()).isTrue();
            assertThat(after.headSeq()).isEqualTo(before.headSeq() + 1);
            // outside a transaction, record makes its own
            ctx.db().jdbi().useHandle(h -> audit.record(h, ctx.actor(), "ADD", "probe", 3L, null, "own transaction"));
            assertThat(ctx.audit().verify((a, b) -> { }).headSeq()).isEqualTo(before.headSeq() + 2);
        }
    }

    private static Process startChild(Path data, int n) throws Exception {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", cp));
        command.addAll(TestDb.childJvmOptions(data));
        command.addAll(List.of(AuditConcurrencyTest.class.getName(), data.toString(), String.valueOf(n)));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    private static boolean readUntil(BufferedReader r, String line) throws Exception {
        for (String l = r.readLine(); l != null; l = r.readLine()) {
            if (l.trim().equals(line)) {
                return true;
            }
        }
        return false;
    }
}
