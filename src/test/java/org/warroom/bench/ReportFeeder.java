package org.warroom.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.warroom.app.AppContext;
import org.warroom.platform.audit.Actor;
import org.warroom.platform.db.DataFolder;
import org.warroom.platform.db.Database;
import org.warroom.reports.ReportDraft;

/**
 * The other process of measure 34: opens the same data folder (H2's AUTO_SERVER connects it to the console's
 * database) and writes typed reports through ReportService at a steady rate, each its own transaction, from four
 * threads. Arguments: DIR RATE SECONDS. Prints "feeding" when it starts and "fed N in S s" at the end.
 */
public final class ReportFeeder {
    private ReportFeeder() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int rate = Integer.parseInt(args[1]);
        int seconds = Integer.parseInt(args[2]);
        try (AppContext ctx = new AppContext(Database.openEmbedded(DataFolder.open(dir)), Clock.systemDefaultZone(),
                new Actor("feeder", "feeder-desk"), dir.resolve("media"))) {
            List<Long> volunteers = ctx.db().jdbi().withHandle(h -> h.createQuery("SELECT v.id FROM volunteer v JOIN unit u "
                    + "ON u.id = v.unit_id WHERE v.active = TRUE AND v.role = 'BOOTH_IT' AND u.kind = 'BOOTH' ORDER BY v.id")
                    .mapTo(Long.class).list());
            LocalDate today = ctx.reports().today();
            AtomicLong next = new AtomicLong();
            AtomicLong fed = new AtomicLong();
            System.out.println("feeding");
            System.out.flush();
            long start = System.nanoTime();
            long end = start + seconds * 1_000_000_000L;
            Runnable work = () -> {
                while (System.nanoTime() < end) {
                    long i = next.getAndIncrement();
                    long due = start + i * 1_000_000_000L / rate;
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        try {
                            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                    long v = volunteers.get((int) (i % volunteers.size()));
                    LocalDate day = today.minusDays(i / volunteers.size()); // each volunteer once a day: no merges
                    ctx.reports().add(ReportDraft.numbers(v, day, (int) (i % 7), (int) (i % 5), 120 + (int) (i % 30)));
                    fed.incrementAndGet();
                }
            };
            List<Thread> threads = java.util.stream.IntStream.range(0, 4).mapToObj(n -> new Thread(work)).toList();
            threads.forEach(Thread::start);
            for (Thread t : threads) {
                t.join();
            }
            System.out.printf("fed %d in %.1f s%n", fed.get(), (System.nanoTime() - start) / 1e9);
        }
    }
}
