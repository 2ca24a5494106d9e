package org.warroom.demo.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warroom.app.AppContext;
import org.warroom.demo.DemoPreset;
import org.warroom.platform.audit.Actor;
import org.warroom.platform.db.DataFolder;
import org.warroom.platform.db.Database;
import org.warroom.platform.i18n.IndianFormat;

/**
 * A replayed day on the Sultanpur demo at two hours a second (15% of the volunteers reporting, to keep it short): the six posts are scheduled, reports arrive in time
 * order through the report service and stop while paused, the day ends by itself, and a restart begins the next
 * day with none.
 */
class ReplayEngineTest {
    @TempDir
    Path dir;

    @Test
    void aDayPlaysPausesEndsAndRestartsOnTheNextDay() throws Exception {
        LocalDate day = LocalDate.now(IndianFormat.IST);
        ReplayClock clock = new ReplayClock(ZonedDateTime.of(day, ReplayDay.MORNING, IndianFormat.IST).toInstant(), 7200,
                IndianFormat.IST);
        try (AppContext ctx = new AppContext(Database.openEmbedded(DataFolder.open(dir)), clock, new Actor("tester", "replay"),
                dir.resolve("media"))) {
            ctx.demo().build(DemoPreset.SULTANPUR, 7, false, (a, b) -> { });
            try (ReplayEngine engine = new ReplayEngine(clock, ctx.db().jdbi(), ctx.reports(), ctx.posts(), ctx.operators(),
                    ctx.org(), 1, 0.15)) {
                engine.start();
                waitUntil(() -> engine.status().reported() > 200);
                engine.pause();
                Thread.sleep(300); // a tick in flight finishes
                int paused = engine.status().reported();
                Thread.sleep(1200);
                assertThat(engine.status().reported()).as("nothing arrives while paused").isEqualTo(paused);
                assertThat(engine.status().postsScheduled()).isEqualTo(6);
                engine.play();
                waitUntil(() -> engine.status().finished());
                ReplayEngine.Status end = engine.status();
                assertThat(end.planned()).isGreaterThan(1_000);
                assertThat(end.reported()).isGreaterThan(end.planned() * 9 / 10);
                assertThat(countReports(ctx, day)).isEqualTo(end.reported());
                int scheduledToday = ctx.db().jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM post WHERE slot_date = :d "
                        + "AND status = 'SCHEDULED'").bind("d", day).mapTo(Integer.class).one());
                assertThat(scheduledToday).isEqualTo(6);

                engine.restart();
                waitUntil(() -> day.plusDays(1).equals(engine.status().day()));
                assertThat(engine.status().reported()).isLessThan(end.reported());
                assertThat(ctx.reports().today()).isEqualTo(day.plusDays(1));
            }
        }
    }

    private static long countReports(AppContext ctx, LocalDate day) {
        return ctx.db().jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM report WHERE report_date = :d")
                .bind("d", day).mapTo(Long.class).one());
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + 90_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("not reached within 90 s");
            }
            Thread.sleep(50);
        }
    }
}
