package org.warroom.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;
import org.warroom.org.OrgService;
import org.warroom.org.TreeMode;
import org.warroom.org.Unit;
import org.warroom.org.UnitKind;
import org.warroom.org.UnitRow;
import org.warroom.people.PeopleService;
import org.warroom.people.Role;
import org.warroom.people.VolunteerDraft;
import org.warroom.platform.audit.Actor;
import org.warroom.platform.audit.AuditLog;
import org.warroom.platform.db.DataFolder;
import org.warroom.platform.db.Database;

/** Measures 2-5 on the built up database, through the same services the window uses. */
final class BrowseMeasures {
    private static final List<UnitKind> LEVELS = List.of(UnitKind.STATE, UnitKind.REGION, UnitKind.DISTRICT,
            UnitKind.ASSEMBLY, UnitKind.MANDAL, UnitKind.SECTOR);
    private final Path dir;
    private final Random rnd = new Random(42);

    BrowseMeasures(Path dir) {
        this.dir = dir;
    }

    /** Measures 2, 3 and 4 over one open database. */
    List<Measure> run(int perLevel, int searches, int adds) {
        try (Database db = Database.openEmbedded(DataFolder.open(dir))) {
            OrgService org = new OrgService(db.jdbi());
            Stats select1 = select1(db.jdbi());
            List<Measure> out = new ArrayList<>();
            out.add(children(db.jdbi(), org, perLevel, select1));
            out.add(search(org, searches, select1));
            out.add(addVolunteer(db, org, adds));
            return out;
        }
    }

    /** The floor: a trivial round trip through the same Jdbi and pool. */
    private static Stats select1(Jdbi jdbi) {
        Supplier<Integer> q = () -> jdbi.withHandle(h -> h.createQuery("SELECT 1").mapTo(Integer.class).one());
        for (int i = 0; i < 200; i++) {
            q.get();
        }
        Stats s = new Stats();
        for (int i = 0; i < 200; i++) {
            long t0 = System.nanoTime();
            q.get();
            s.add(System.nanoTime() - t0);
        }
        return s;
    }

    private Measure children(Jdbi jdbi, OrgService org, int perLevel, Stats select1) {
        Map<UnitKind, List<Unit>> sample = new LinkedHashMap<>();
        for (UnitKind k : LEVELS) {
            List<Long> ids = jdbi.withHandle(h -> h.createQuery("SELECT id FROM unit WHERE kind = :k ORDER BY id")
                    .bind("k", k.name()).mapTo(Long.class).list());
            List<Long> pick = new ArrayList<>(ids);
            Collections.shuffle(pick, rnd);
            sample.put(k, org.units(pick.subList(0, Math.min(perLevel, pick.size()))).stream().map(UnitRow::unit).toList());
        }
        // warm up on other units of the same levels, so the timings are of the steady state, not of the JIT
        for (UnitKind k : LEVELS) {
            sample.get(k).stream().limit(5).forEach(u -> org.children(u, TreeMode.ORGANISATION));
        }
        Stats all = new Stats();
        List<String> details = new ArrayList<>();
        for (UnitKind k : LEVELS) {
            Stats s = new Stats();
            long kids = 0;
            for (Unit u : sample.get(k)) {
                long t0 = System.nanoTime();
                kids += org.children(u, TreeMode.ORGANISATION).size();
                long dt = System.nanoTime() - t0;
                s.add(dt);
                all.add(dt);
            }
            details.add(String.format("%-8s %s (%,d children in all)", k.label(false), s.summary(), kids));
        }
        details.add("all levels: " + all.summary());
        details.add("baseline SELECT 1: " + select1.summary());
        return new Measure(2, "Expand a node (children, DB fetch included), p95", all.p(95), "ms", select1.p(95),
                "SELECT 1 round trip, p95", "≤ 50 ms", all.p(95) <= 50 && all.max() <= 50 * 4, details);
    }

    private Measure search(OrgService org, int count, Stats select1) {
        List<String> queries = queries(count);
        for (String q : queries.subList(0, Math.min(20, queries.size()))) {
            org.search(q, null, 50);
        }
        Map<String, Stats> byKind = new LinkedHashMap<>();
        Stats all = new Stats();
        long hits = 0;
        int empty = 0;
        for (String q : queries) {
            long t0 = System.nanoTime();
            int n = org.search(q, null, 50).size();
            long dt = System.nanoTime() - t0;
            all.add(dt);
            byKind.computeIfAbsent(kindOf(q), k -> new Stats()).add(dt);
            hits += n;
            empty += n == 0 ? 1 : 0;
        }
        List<String> details = new ArrayList<>();
        byKind.forEach((k, s) -> details.add(String.format("%-22s %s", k, s.summary())));
        details.add(String.format("all: %s; %,d results, %d queries found nothing", all.summary(), hits, empty));
        details.add("baseline SELECT 1: " + select1.summary());
        return new Measure(3, "Search, p95 of " + queries.size() + " queries", all.p(95), "ms", select1.p(95),
                "SELECT 1 round trip, p95", "≤ 50 ms", all.p(95) <= 50, details);
    }

    private static String kindOf(String q) {
        if (q.chars().allMatch(Character::isDigit)) {
            return "seat number";
        }
        if (q.matches(".* \\d+")) {
            return "seat name + part no";
        }
        return q.chars().anyMatch(c -> c >= 0x0900 && c <= 0x097F) ? "Hindi name" : "English prefix";
    }

    /** English name prefixes, Hindi seat and district names, seat numbers and "Seat partNo" pairs. */
    private List<String> queries(int count) {
        List<String[]> seats = csv("up_assembly_constituencies.csv", "ac_no", "ac_name_title", "district");
        List<String[]> seatsHi = csv("up_assembly_constituencies_hi.csv", "name_hi");
        List<String[]> districtsHi = csv("up_districts_hi.csv", "name_hi");
        List<String> q = new ArrayList<>();
        int quarter = count / 4;
        for (int i = 0; i < quarter; i++) {
            String[] s = seats.get(rnd.nextInt(seats.size()));
            String name = i % 2 == 0 ? s[1] : s[2];
            q.add(name.substring(0, Math.min(name.length(), 3 + rnd.nextInt(4))).toLowerCase());
        }
        for (int i = 0; i < quarter; i++) {
            List<String[]> from = i % 3 == 0 ? districtsHi : seatsHi;
            q.add(from.get(rnd.nextInt(from.size()))[0]);
        }
        for (int i = 0; i < quarter; i++) {
            q.add(String.valueOf(1 + rnd.nextInt(403)));
        }
        while (q.size() < count) {
            String[] s = seats.get(rnd.nextInt(seats.size()));
            q.add(s[1] + " " + (1 + rnd.nextInt(300)));
        }
        return q;
    }

    private static List<String[]> csv(String file, String... cols) {
        List<String[]> rows = new ArrayList<>();
        try (var in = BrowseMeasures.class.getResourceAsStream("/org/warroom/geography/data/" + file);
             var r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> header = List.of(r.readLine().split(","));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split(",", -1);
                String[] row = new String[cols.length];
                for (int i = 0; i < cols.length; i++) {
                    row[i] = f[header.indexOf(cols[i])].strip();
                }
                if (!row[0].isEmpty()) {
                    rows.add(row);
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return rows;
    }

    /** Adds a volunteer to a booth and reads the state's coverage back, which must have moved by one. */
    private Measure addVolunteer(Database db, OrgService org, int count) {
        PeopleService people = new PeopleService(db.jdbi(), new AuditLog(Clock.systemDefaultZone()),
                new Actor("bench", null), Clock.systemDefaultZone());
        List<Long> booths = db.jdbi().withHandle(h -> h.createQuery("SELECT id FROM unit WHERE kind = 'BOOTH'")
                .mapTo(Long.class).list());
        Stats add = new Stats();
        int wrong = 0;
        for (int i = 0; i < count + 3; i++) {
            long booth = booths.get(rnd.nextInt(booths.size()));
            String phone = "98" + String.format("%08d", 10_000_000 + rnd.nextInt(89_999_999));
            int before = org.roots().getFirst().coverage().volunteers();
            long t0 = System.nanoTime();
            people.add(new VolunteerDraft(booth, "Bench Volunteer", phone, Role.BOOTH_IT, 1, LocalDate.now().minusDays(1), true));
            int after = org.roots().getFirst().coverage().volunteers();
            long dt = System.nanoTime() - t0;
            if (i >= 3) {
                add.add(dt);
                wrong += after == before + 1 ? 0 : 1;
            }
        }
        Stats insert = new Stats();
        db.jdbi().useHandle(h -> h.execute("CREATE TABLE bench_probe (id BIGINT PRIMARY KEY, v VARCHAR(20))"));
        for (int i = 0; i < count + 3; i++) {
            long id = i;
            long t0 = System.nanoTime();
            db.jdbi().useHandle(h -> h.execute("INSERT INTO bench_probe (id, v) VALUES (?, ?)", id, "x" + id));
            if (i >= 3) {
                insert.add(System.nanoTime() - t0);
            }
        }
        db.jdbi().useHandle(h -> h.execute("DROP TABLE bench_probe"));
        List<String> details = List.of("add + read back the state row: " + add.summary()
                        + (wrong == 0 ? "; the state's count moved by one every time" : "; WRONG in " + wrong + " cases"),
                "baseline single-row INSERT + commit: " + insert.summary());
        return new Measure(4, "Add a volunteer, seen in the state's coverage, p95", add.p(95), "ms", insert.p(95),
                "single-row INSERT + commit, p95", "≤ 1000 ms", add.max() <= 1000 && wrong == 0, details);
    }

    /** Measure 5: heap after loading children of every unit down to the sectors' booths (or a sample of sectors). */
    Measure heap(int sectorSample) {
        gc();
        try (Database db = Database.openEmbedded(DataFolder.open(dir))) {
            OrgService org = new OrgService(db.jdbi());
            UnitRow root = org.roots().getFirst();
            gc();
            long base = used();
            Map<Long, List<UnitRow>> loaded = new HashMap<>();
            List<UnitRow> frontier = List.of(root);
            List<UnitRow> sectors = new ArrayList<>();
            long t0 = System.nanoTime();
            while (!frontier.isEmpty()) {
                List<UnitRow> next = new ArrayList<>();
                for (UnitRow r : frontier) {
                    if (r.unit().kind() == UnitKind.SECTOR) {
                        sectors.add(r);
                        continue;
                    }
                    List<UnitRow> kids = org.children(r.unit(), TreeMode.ORGANISATION);
                    loaded.put(r.unit().id(), kids);
                    next.addAll(kids);
                }
                frontier = next;
            }
            Collections.shuffle(sectors, rnd);
            List<UnitRow> open = sectorSample <= 0 ? sectors : sectors.subList(0, Math.min(sectorSample, sectors.size()));
            for (UnitRow s : open) {
                loaded.put(s.unit().id(), org.children(s.unit(), TreeMode.ORGANISATION));
            }
            long secs = (System.nanoTime() - t0) / 1_000_000_000;
            long rows = loaded.values().stream().mapToLong(List::size).sum();
            gc();
            long after = used();
            double mb = after / 1048576.0;
            List<String> details = List.of(String.format("%,d units expanded, %,d rows held (%,d of %,d sectors opened) in %d s",
                            loaded.size(), rows, open.size(), sectors.size(), secs),
                    String.format("heap used after GC: %.0f MB right after opening the database, %.0f MB while browsing "
                            + "(max heap %.0f MB)", base / 1048576.0, mb,
                            ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax() / 1048576.0));
            if (loaded.isEmpty()) {
                throw new IllegalStateException("nothing loaded");
            }
            return new Measure(5, "Heap while browsing the state", mb, "MB", base / 1048576.0,
                    "heap right after opening the database", "≤ 512 MB", mb <= 512, details);
        }
    }

    private static long used() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void gc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
