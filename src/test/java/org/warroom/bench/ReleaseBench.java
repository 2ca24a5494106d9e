package org.warroom.bench;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.warroom.app.AppContext;
import org.warroom.demo.DemoPreset;
import org.warroom.operators.Operator;
import org.warroom.operators.OperatorRole;
import org.warroom.operators.OperatorService;
import org.warroom.org.OrgService;
import org.warroom.org.UnitRow;
import org.warroom.platform.audit.Actor;
import org.warroom.platform.audit.AuditLog;
import org.warroom.platform.db.DataFolder;
import org.warroom.platform.db.Database;
import org.warroom.platform.i18n.IndianFormat;
import org.warroom.posts.AckCounts;
import org.warroom.posts.AuthoredDraft;
import org.warroom.posts.Channel;
import org.warroom.posts.DailySlots;
import org.warroom.posts.ElectionCalendarService;
import org.warroom.posts.PollPhase;
import org.warroom.posts.Post;
import org.warroom.posts.PostDraft;
import org.warroom.posts.PostService;
import org.warroom.posts.ReleaseRun;
import org.warroom.posts.ReleaseService;
import org.warroom.posts.SilencePeriods;
import org.warroom.posts.dispatch.WebhookConfig;
import org.warroom.testing.MutableClock;

/**
 * Issue 4's release numbers, a program rather than a test ({@code mvn -B -q -Pbench test-compile
 * exec:exec@release-bench -Dbench.data=DIR}, DIR a built {@code up} folder, copied; without it the preset is built):
 * <ul>
 * <li>41: releasing one slot's posts for all 75 districts (six posts each with a photo, so 450 district packs) at
 * the slot, packs written, against copying the same bytes with Files.copy;</li>
 * <li>42: checking a state-wide post against the silence windows of 403 seats, p95, against one indexed lookup.</li>
 * </ul>
 * Writes bench/results/issue-4-release-DATE.md. Reports; never fails.
 */
public final class ReleaseBench {
    static final String COMMAND = "mvn -B -q -Pbench test-compile exec:exec@release-bench -Dbench.data=DIR";
    private static final LocalDate DAY = LocalDate.of(2027, 1, 11);

    private ReleaseBench() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("warroom-release-bench");
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        int runs = Integer.getInteger("bench.runs", 3);
        int perDistrict = Integer.getInteger("bench.perDistrict", 6);
        int photoKb = Integer.getInteger("bench.photoKb", 150);
        System.out.println("War Room Console release bench (issue 4); working in " + work);
        List<Measure> results = new ArrayList<>();
        try {
            prepare(work.resolve("up"));
            MutableClock clock = new MutableClock(at(DAY.minusDays(1), LocalTime.of(10, 0)), IndianFormat.IST);
            try (Database db = Database.openEmbedded(DataFolder.open(work.resolve("up")))) {
                Actor actor = new Actor("bench", "bench-desk");
                AuditLog audit = new AuditLog(clock);
                OrgService org = new OrgService(db.jdbi());
                OperatorService operators = new OperatorService(db.jdbi(), audit, actor);
                ElectionCalendarService calendar = new ElectionCalendarService(db.jdbi(), audit, actor);
                PostService posts = new PostService(db.jdbi(), audit, actor, clock, org, operators, calendar,
                        work.resolve("up/media"), DailySlots::defaults);
                ReleaseService releases = new ReleaseService(posts, org, clock, work.resolve("up/packs"), AckCounts.NONE,
                        clock::advance);
                Operator writer = operators.add("Bench Writer", OperatorRole.WRITER);
                Operator approver = operators.add("Bench Coordinator", OperatorRole.COORDINATOR);
                Bench41 b = new Bench41(work, posts, releases, org, clock, writer, approver, photoKb);
                results.add(b.run(runs, perDistrict));
                print(results.getLast());
                results.add(silence(db, posts, calendar, org));
                print(results.getLast());
            }
        } finally {
            if (!Boolean.getBoolean("bench.keep")) {
                BuildMeasure.delete(work);
            }
        }
        String load = String.format("system load average %.1f at start, %.1f at end (on %d cores): other work on the machine "
                        + "slows both sides of each ratio", loadBefore, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        String table = Bench.table(results);
        System.out.println();
        System.out.println(table);
        System.out.println(load);
        write(results, table, load, Path.of(System.getProperty("bench.out", "bench/results")));
        System.exit(0);
    }

    /** The up database: a copy of the one given, or built here (about half a minute). */
    private static void prepare(Path up) throws IOException {
        String given = System.getProperty("bench.data", "");
        Files.createDirectories(up);
        if (!given.isBlank()) {
            try (Stream<Path> files = Files.list(Path.of(given))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".mv.db")).toList()) {
                    Files.copy(f, up.resolve(f.getFileName()));
                }
            }
            return;
        }
        try (AppContext ctx = new AppContext(Database.openEmbedded(DataFolder.open(up)), java.time.Clock.systemDefaultZone(),
                new Actor("bench", "bench"), up.resolve("media"))) {
            ctx.demo().build(DemoPreset.UP, 1, false, (a, b) -> { });
        }
    }

    static Instant at(LocalDate d, LocalTime t) {
        return ZonedDateTime.of(d, t, IndianFormat.IST).toInstant();
    }

    /** Measure 41: one slot's posts for every district, released at the slot with their packs. */
    private static final class Bench41 {
        private final Path work;
        private final PostService posts;
        private final ReleaseService releases;
        private final MutableClock clock;
        private final Operator writer;
        private final Operator approver;
        private final int photoKb;
        private final List<UnitRow> districts;
        private final Random rnd = new Random(4);
        private int photos;

        Bench41(Path work, PostService posts, ReleaseService releases, OrgService org, MutableClock clock, Operator writer,
                Operator approver, int photoKb) {
            this.work = work;
            this.posts = posts;
            this.releases = releases;
            this.clock = clock;
            this.writer = writer;
            this.approver = approver;
            this.photoKb = photoKb;
            this.districts = org.districts();
        }

        Measure run(int runs, int perDistrict) throws Exception {
            List<String> details = new ArrayList<>();
            // slot 1, the same load, warms up the JIT and the caches; slots 2.. are measured
            schedule(1, perDistrict);
            release(1, null);
            for (int r = 0; r < runs; r++) {
                schedule(2 + r, perDistrict);
            }
            List<Double> times = new ArrayList<>();
            List<Double> copies = new ArrayList<>();
            long bytes = 0;
            int packs = 0;
            for (int r = 0; r < runs; r++) {
                int slot = 2 + r;
                double ms = release(slot, details);
                times.add(ms);
                Path dir = slotDir(slot);
                long[] counted = count(dir);
                bytes = counted[0];
                packs = (int) counted[1];
                copies.add(copy(dir, work.resolve("copy-" + slot)));
            }
            // a single state-wide post: 75 packs
            Post state = one(5);
            clock.set(at(DAY, DailySlots.defaults().slot(5).time()));
            long t0 = System.nanoTime();
            ReleaseRun s = releases.releaseDue(true);
            double stateMs = (System.nanoTime() - t0) / 1e6;
            details.add(String.format("one state-wide post (post #%d, %d district packs): %.0f ms", state.id(),
                    s.deliveries().packed(), stateMs));
            // the same slot's load with the webhook too, to a receiver on this machine
            try (Receiver rx = new Receiver()) {
                posts.webhook().save(new WebhookConfig(rx.url(), "bench-secret-0123456789", Duration.ofSeconds(5), 3));
                schedule(6, perDistrict);
                double withHook = release(6, null);
                details.add(String.format("slot 6 with the webhook as well (%d posts to a local receiver, %d requests): %.0f ms",
                        districts.size() * perDistrict, rx.requests, withHook));
                posts.webhook().clear();
            }
            double value = Stats.median(times) / 1000.0;
            double base = Stats.median(copies) / 1000.0;
            details.add(0, String.format("%d districts × %d posts = %d posts, each with a %d KB photo; %d packs, %s bytes "
                    + "per slot; runs (ms): %s; Files.copy of the same files (ms): %s", districts.size(), perDistrict,
                    districts.size() * perDistrict, photoKb, packs, IndianFormat.number(bytes), times, copies));
            details.add("timed from the due query to the last log row: the slot's posts read in bulk, silence checked "
                    + "again for each, their status changes with history, audit and release-log rows in one transaction; "
                    + "per pack: hi.txt, en.txt, the photo hard-linked from media/ (checked against its SHA-256 once), "
                    + "manifest.json, one atomic rename (8 at a time); results and audit rows written 200 rows at a time");
            return new Measure(41, "Release one slot for all 75 districts (packs written)", value, "s", base,
                    "Files.copy of the same bytes into the same folders", "≤ 2 s", value <= 2.0, details);
        }

        private Path slotDir(int slot) {
            String hhmm = DailySlots.defaults().slot(slot).time().toString().replace(':', '.');
            return work.resolve("up/packs/" + DAY + "/" + slot + "-" + hhmm);
        }

        /** Posts for every district in a slot, created and submitted in one transaction, then approved and scheduled. */
        private void schedule(int slot, int perDistrict) throws IOException {
            clock.set(at(DAY.minusDays(1), LocalTime.of(10, 0)));
            List<AuthoredDraft> drafts = new ArrayList<>();
            String[] categories = {"POSITIVE_NEWS", "GOVT_WORK", "RALLY_SOUNDBITE", "BENEFICIARY_STORY", "ODOP", "REBUTTAL"};
            for (UnitRow d : districts) {
                for (int i = 0; i < perDistrict; i++) {
                    String title = d.unit().nameEn() + " " + slot + "/" + i;
                    drafts.add(new AuthoredDraft(writer.id(), new PostDraft(title,
                            "आज " + d.unit().name(true) + " में योजना की कहानी " + i + ": गाँव में नई सड़क बनी।",
                            "Today in " + d.unit().nameEn() + ": a new road in the village (" + i + ").",
                            categories[i % categories.length], List.of(d.unit().id()), Set.of(Channel.WHATSAPP, Channel.FACEBOOK),
                            List.of(photo()), null, null, false, null, null)));
                }
            }
            for (Post p : posts.createSubmitted(drafts)) {
                Post a = posts.approve(p.id(), p.version(), approver.id());
                posts.schedule(a.id(), a.version(), approver.id(), DAY, slot, false);
            }
        }

        private Post one(int slot) {
            clock.set(at(DAY.minusDays(1), LocalTime.of(10, 0)));
            long up = districts.getFirst().unit().pathIds().getFirst();
            Post p = posts.createSubmitted(List.of(new AuthoredDraft(writer.id(), PostDraft.of("State-wide", "पूरे प्रदेश में",
                    null, "GOVT_WORK", List.of(up), Set.of(Channel.WHATSAPP))))).getFirst();
            Post a = posts.approve(p.id(), p.version(), approver.id());
            return posts.schedule(a.id(), a.version(), approver.id(), DAY, slot, false).post();
        }

        private double release(int slot, List<String> details) {
            clock.set(at(DAY, DailySlots.defaults().slot(slot).time()));
            long t0 = System.nanoTime();
            ReleaseRun run = releases.releaseDue(true);
            double ms = (System.nanoTime() - t0) / 1e6;
            if (details != null && (run.deliveries().failed() > 0 || !run.refused().isEmpty())) {
                details.add("slot " + slot + ": " + run.deliveries().failed() + " failed, " + run.refused().size() + " refused");
            }
            System.out.printf("  slot %d: %d released, %d packed, %d sent in %.0f ms%n", slot, run.released().size(),
                    run.deliveries().packed(), run.deliveries().sent(), ms);
            return ms;
        }

        private Path photo() throws IOException {
            byte[] b = new byte[photoKb * 1024];
            rnd.nextBytes(b);
            b[0] = (byte) 0xFF;
            b[1] = (byte) 0xD8;
            b[2] = (byte) 0xFF;
            b[3] = (byte) 0xE0;
            Path dir = Files.createDirectories(work.resolve("in"));
            return Files.write(dir.resolve("photo-" + (++photos) + ".jpg"), b);
        }

        /** Bytes and pack folders under a slot's folder. */
        private static long[] count(Path dir) throws IOException {
            long[] out = new long[2];
            try (Stream<Path> s = Files.walk(dir)) {
                s.forEach(p -> {
                    if (Files.isRegularFile(p)) {
                        out[0] += p.toFile().length();
                    } else if (p.getFileName().toString().startsWith("post-")) {
                        out[1]++;
                    }
                });
            }
            return out;
        }

        /** The baseline: every file of the slot's packs copied with Files.copy into the same layout, in ms. */
        private static double copy(Path from, Path to) throws IOException {
            List<Path> files;
            try (Stream<Path> s = Files.walk(from)) {
                files = s.filter(Files::isRegularFile).toList();
            }
            long t0 = System.nanoTime();
            for (Path f : files) {
                Path target = to.resolve(from.relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.copy(f, target);
            }
            return (System.nanoTime() - t0) / 1e6;
        }
    }

    /** A webhook receiver on this machine that answers every request at once. */
    private static final class Receiver implements AutoCloseable {
        private final HttpServer server;
        private volatile int requests;

        Receiver() throws IOException {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/hook", x -> {
                x.getRequestBody().readAllBytes();
                requests++;
                byte[] out = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
                x.sendResponseHeaders(200, out.length);
                x.getResponseBody().write(out);
                x.close();
            });
            server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
            server.start();
        }

        URI url() {
            return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hook");
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }

    /** Measure 42: a state-wide post's seats against 403 seats' silence windows, as the composer and release ask. */
    private static Measure silence(Database db, PostService posts, ElectionCalendarService calendar, OrgService org) {
        List<Integer> seats = db.jdbi().withHandle(h -> h.createQuery("SELECT number FROM unit WHERE kind = 'ASSEMBLY' ORDER BY number")
                .mapTo(Integer.class).list());
        // seven phases, as Uttar Pradesh voted in 2022, seats spread across them
        List<PollPhase> phases = new ArrayList<>();
        for (int s : seats) {
            phases.add(new PollPhase(s, LocalDate.of(2027, 2, 10).plusDays(4L * (s % 7)), LocalTime.of(18, 0)));
        }
        calendar.replacePhases(phases, LocalDate.of(2027, 1, 8));
        Instant at = at(LocalDate.of(2027, 2, 9), LocalTime.of(18, 0));   // inside the first phase's window
        long state = org.byCode("UP").orElseThrow().unit().id();
        List<Long> target = List.of(state);
        int silent = posts.silence(target, at).silent().size();
        for (int i = 0; i < 1000; i++) {
            posts.silence(target, at);
        }
        Stats check = new Stats();
        for (int i = 0; i < 2000; i++) {
            long t0 = System.nanoTime();
            posts.silence(target, at);
            check.add(System.nanoTime() - t0);
        }
        SilencePeriods periods = calendar.silencePeriods();
        Set<Integer> all = Set.copyOf(seats);
        Stats memory = new Stats();
        for (int i = 0; i < 3000; i++) {
            long t0 = System.nanoTime();
            periods.check(all, at);
            if (i >= 1000) {
                memory.add(System.nanoTime() - t0);
            }
        }
        List<Long> ids = db.jdbi().withHandle(h -> h.createQuery("SELECT id FROM unit WHERE kind = 'BOOTH' ORDER BY id")
                .mapTo(Long.class).list());
        Random rnd = new Random(42);
        Stats lookup = new Stats();
        for (int i = 0; i < 3000; i++) {
            long id = ids.get(rnd.nextInt(ids.size()));
            long t0 = System.nanoTime();
            db.jdbi().withHandle(h -> h.createQuery("SELECT path FROM unit WHERE id = :id").bind("id", id).mapTo(String.class).one());
            if (i >= 1000) {
                lookup.add(System.nanoTime() - t0);
            }
        }
        List<String> details = List.of(
                seats.size() + " seats in 7 phases; at 09/02/2027 18:00 IST " + silent + " seats of the state are silent",
                "PostService.silence(state) — the targets' seats (one unit query, seats cached) and the calendar (one "
                        + "revision query, the windows cached): " + check.summary(),
                "the windows alone (SilencePeriods.check of 403 seats, in memory): " + memory.summary(),
                "baseline, one indexed lookup (SELECT path FROM unit WHERE id = ?, random booths): " + lookup.summary());
        return new Measure(42, "Check a state-wide post against 403 seats' silence windows, p95", check.p(95), "ms",
                lookup.p(95), "one indexed lookup by primary key", "≤ 5 ms", check.p(95) <= 5.0, details);
    }

    private static void print(Measure m) {
        System.out.printf("%n[%d] %s: %.3f %s — baseline (%s) %.3f %s, ratio %.2f, target %s: %s%n", m.no(), m.name(),
                m.value(), m.unit(), m.baselineName(), m.baseline(), m.unit(), m.ratio(), m.target(), m.pass() ? "PASS" : "FAIL");
        m.details().forEach(d -> System.out.println("    " + d));
    }

    private static void write(List<Measure> results, String table, String load, Path dir) throws IOException {
        Files.createDirectories(dir);
        StringBuilder md = new StringBuilder("# Issue 4 release bench, " + ZonedDateTime.now() + "\n\n");
        md.append(String.format("Machine: %d cores, Java %s, max heap %d MB. Run with `%s`.%n%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() / 1048576, COMMAND));
        md.append(table).append('\n').append(load).append(".\n\n");
        for (Measure m : results) {
            md.append("## ").append(m.no()).append(". ").append(m.name()).append("\n\n");
            m.details().forEach(d -> md.append("- ").append(d).append('\n'));
            md.append('\n');
        }
        Path file = dir.resolve("issue-4-release-" + LocalDate.now() + ".md");
        Files.writeString(file, md.toString().stripTrailing() + "\n", StandardCharsets.UTF_8);
        System.out.println("written to " + file);
    }
}
