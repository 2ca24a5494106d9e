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
 * threads — or, with a fourth argument "import", as a form sync: a CSV of RATE rows imported every second. Arguments:
 * DIR RATE SECONDS [typed|import]. Prints "feeding" when it starts and "fed N in S s" at the end.
 */
public final class ReportFeeder {
    private ReportFeeder() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int rate = Integer.parseInt(args[1]);
        int seconds = Integer.parseInt(args[2]);
        boolean importing = args.length > 3 && args[3].equals("import");
        // -Dbench.serverUrl: a desk of `warroom serve` (its password in bench.serverPassword) instead of the folder
        String url = System.getProperty("bench.serverUrl", "");
        Database db = url.isEmpty() ? Database.openEmbedded(DataFolder.open(dir))
                : Database.open(url, "warroom", System.getProperty("bench.serverPassword", ""));
        try (AppContext ctx = new AppContext(db, Clock.systemDefaultZone(),
                new Actor("feeder", "feeder-desk"), dir.resolve("media"))) {
            List<Long> volunteers = ctx.db().jdbi().withHandle(h -> h.createQuery("SELECT v.id FROM volunteer v JOIN unit u "
                    + "ON u.id = v.unit_id WHERE v.active = TRUE AND v.role = 'BOOTH_IT' AND u.kind = 'BOOTH' ORDER BY v.id")
                    .mapTo(Long.class).list());
            LocalDate today = ctx.reports().today();
            if (importing) {
                System.out.println("feeding");
                System.out.flush();
                System.out.println(importEverySecond(ctx, dir, volunteers, today, rate, seconds));
                return;
            }
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

    /** A form sync: every second a CSV of {@code rate} reports is imported through ReportImportService. */
    private static String importEverySecond(AppContext ctx, Path dir, List<Long> volunteers, LocalDate today, int rate, int seconds)
            throws Exception {
        List<String> phones = ctx.db().jdbi().withHandle(h -> h.createQuery("SELECT phone FROM volunteer WHERE id IN (<ids>) "
                + "ORDER BY id").bindList("ids", volunteers).mapTo(String.class).list());
        long start = System.nanoTime();
        long fed = 0;
        for (int s = 0; s < seconds; s++) {
            StringBuilder b = new StringBuilder("phone,date,forwarded,added,members\n");
            for (int i = 0; i < rate; i++) {
                long n = (long) s * rate + i;
                b.append(phones.get((int) (n % phones.size()))).append(',').append(today.minusDays(n / phones.size())).append(',')
                        .append(n % 7).append(',').append(n % 5).append(',').append(120 + n % 30).append('\n');
            }
            Path f = dir.resolve("feed-" + s + ".csv");
            java.nio.file.Files.writeString(f, b);
            fed += ctx.reportImports().importFile(f, new org.warroom.reports.ImportRequest(org.warroom.reports.importers.ImportFormat.AUTO,
                    org.warroom.reports.ImportMode.KEEP_GOOD, false, java.util.Map.of(), "feed", null)).reports();
            java.nio.file.Files.delete(f);
            long wait = start + (s + 1) * 1_000_000_000L - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000);
            }
        }
        return String.format("fed %d in %.1f s (imports of %d rows every second)", fed, (System.nanoTime() - start) / 1e9, rate);
    }
}
