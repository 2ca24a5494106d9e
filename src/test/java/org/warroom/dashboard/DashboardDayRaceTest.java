package org.warroom.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warroom.app.AppContext;
import org.warroom.dashboard.db.DashboardDayDao;
import org.warroom.dashboard.db.DayValue;
import org.warroom.testing.BothEngines;
import org.warroom.testing.TestDb;

/**
 * Two desks showing the same unit write its snapshot of the same day at the same moment, each on its own connection:
 * both writes succeed and the day holds one desk's values whole, never a mix and never a duplicate-key failure.
 */
@BothEngines
class DashboardDayRaceTest {
    private static final long UNIT = 4242;
    @TempDir
    static Path dir;
    static AppContext ctx;
    static Jdbi jdbi;

    @BeforeAll
    static void open() {
        ctx = TestDb.open(dir);
        jdbi = ctx.db().jdbi();
    }

    @AfterAll
    static void close() {
        ctx.close();
    }

    private static List<DayValue> values(LocalDate day, long part) {
        return List.of(new DayValue(day, "volunteers", part, 1000), new DayValue(day, "covered", part + 1, 2000),
                new DayValue(day, "approvals", part + 2, 0));
    }

    private static List<DayValue> stored(LocalDate day) {
        return jdbi.withExtension(DashboardDayDao.class, d -> d.between(UNIT, day, day)).stream()
                .sorted(java.util.Comparator.comparing(DayValue::measure)).toList();
    }

    private static List<DayValue> sorted(List<DayValue> v) {
        return v.stream().sorted(java.util.Comparator.comparing(DayValue::measure)).toList();
    }

    @Test
    void theSecondDeskWritesWhileTheFirstHasInsertedButNotCommitted() throws Exception {
        LocalDate day = LocalDate.of(2027, 2, 1);
        CountDownLatch firstWrote = new CountDownLatch(1);
        CountDownLatch secondStarted = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = pool.submit(() -> {
                jdbi.useTransaction(h -> {
                    h.attach(DashboardDayDao.class).replace(UNIT, day, values(day, 10));
                    firstWrote.countDown();
                    // hold the uncommitted rows while the second desk runs into them
                    secondStarted.await(10, TimeUnit.SECONDS);
                    Thread.sleep(300);
                });
                return null;
            });
            Future<?> second = pool.submit(() -> {
                firstWrote.await(10, TimeUnit.SECONDS);
                secondStarted.countDown();
                jdbi.useExtension(DashboardDayDao.class, d -> d.replace(UNIT, day, values(day, 20)));
                return null;
            });
            first.get(30, TimeUnit.SECONDS);
            second.get(30, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        assertThat(stored(day)).as("the later writer's values, whole").isEqualTo(sorted(values(day, 20)));
    }

    @Test
    void twoDesksRacingDayAfterDayBothSucceedAndOneWinsWhole() throws Exception {
        int rounds = 40;
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Integer>> desks = new ArrayList<>();
        try {
            for (int desk = 0; desk < 2; desk++) {
                long part = desk == 0 ? 100 : 200;
                desks.add(pool.submit(() -> {
                    for (int r = 0; r < rounds; r++) {
                        LocalDate day = LocalDate.of(2027, 3, 1).plusDays(r);
                        together.await(10, TimeUnit.SECONDS);
                        jdbi.useExtension(DashboardDayDao.class, d -> d.replace(UNIT, day, values(day, part)));
                        // and again at once: the second write of a day updates what is there
                        jdbi.useExtension(DashboardDayDao.class, d -> d.replace(UNIT, day, values(day, part + 1)));
                    }
                    return rounds;
                }));
            }
            for (Future<Integer> f : desks) {
                assertThat(f.get(120, TimeUnit.SECONDS)).isEqualTo(rounds);
            }
        } finally {
            pool.shutdownNow();
        }
        for (int r = 0; r < rounds; r++) {
            LocalDate day = LocalDate.of(2027, 3, 1).plusDays(r);
            assertThat(stored(day)).as("day %s", day).isIn(sorted(values(day, 101)), sorted(values(day, 201)));
        }
    }
}
