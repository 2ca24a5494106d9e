package org.warroom.geography;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.warroom.geography.GeographyCatalog.Assembly;
import org.warroom.geography.GeographyCatalog.Station;
import org.warroom.org.CoverageRollup;
import org.warroom.org.NameSource;
import org.warroom.org.SearchTokens;
import org.warroom.org.UnitKind;

/**
 * Builds the organisation tree from the public geography, deterministically: state → party region → district →
 * assembly seat → generated mandals → generated sectors → booths, plus the Lok Sabha seats beside it. Writes with
 * JDBC batches inside the caller's transaction, or, for a bulk load, into side tables committing each batch.
 */
public final class OrgBuilder {
    /** What was built, for the report and for the people generator. */
    public record Result(long units, int regions, int districts, int lokSabha, int seats, int mandals, int sectors,
                         int booths, int syntheticBooths, List<String> notes, long rows) { }

    /** A booth as the people generator needs it. */
    public record BuiltBooth(long id, int seatNo, long districtId, long mandalId) { }

    private final GeographyCatalog geo;
    private final OrgPlan plan;
    private final List<BuiltBooth> booths = new ArrayList<>();
    private final Map<Long, Integer> mandalSeat = new LinkedHashMap<>();
    private final List<Long> districtIds = new ArrayList<>();
    private final List<Long> seatIds = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final List<CoverageRollup.Node> units = new ArrayList<>();
    private String tableSuffix = "";
    private Connection commitEach;
    private final List<TokenRow> heldTokens = new ArrayList<>();
    private Consumer<Row> out;
    private long nextId = 1;

    public OrgBuilder(GeographyCatalog geo, OrgPlan plan) {
        this.geo = geo;
        this.plan = plan;
    }

    public List<BuiltBooth> booths() {
        return booths;
    }

    public Map<Long, Integer> mandals() {
        return mandalSeat;
    }

    public List<Long> districtIds() {
        return districtIds;
    }

    public List<Long> seatIds() {
        return seatIds;
    }

    /** Every unit written, children after parents, for rolling coverage up without reading the tree back. */
    public List<CoverageRollup.Node> units() {
        return units;
    }

    /**
     * Writes into the side tables of a bulk load ({@code unit + suffix}, ...) and commits after each batch on
     * {@code c}: the load itself guarantees all-or-nothing, so batches need not share one huge transaction.
     */
    public OrgBuilder bulk(String suffix, Connection c) {
        this.tableSuffix = suffix;
        this.commitEach = c;
        return this;
    }

    /** Writes the whole tree; progress gets (done, total) in booths. */
    public Result build(Handle h, BiConsumer<Long, Long> progress) {
        List<Assembly> seats = geo.assembly().values().stream()
                .filter(a -> plan.seats() == null || plan.seats().contains(a.no()))
                .sorted(Comparator.comparingInt(Assembly::no)).toList();
        if (seats.isEmpty()) {
            throw new GeographyException("No assembly seats were chosen.");
        }
        // the rows are made on a second thread while this one writes them, so parsing the station list and
        // splitting names into search tokens overlap H2's work instead of adding to it
        Result[] result = new Result[1];
        try (Feed<Row> feed = new Feed<>("org-rows", Writer.BATCH, out -> result[0] = generate(seats, out))) {
            Writer w = new Writer(h.getConnection(), tableSuffix, commitEach);
            for (List<Row> chunk = feed.next(); chunk != null; chunk = feed.next()) {
                w.write(chunk, progress);
            }
            w.close();
            Result r = result[0];
            return new Result(r.units(), r.regions(), r.districts(), r.lokSabha(), r.seats(), r.mandals(), r.sectors(),
                    r.booths(), r.syntheticBooths(), r.notes(), w.rows);
        } catch (SQLException e) {
            throw new GeographyException("Writing the organisation failed: " + e.getMessage(), e);
        }
    }

    /** Makes every row of the tree, in the order they must be written; runs on the feed's thread. */
    private Result generate(List<Assembly> seats, Consumer<Row> out) {
        this.out = out;
        Set<Integer> seatNos = new TreeSet<>();
        seats.forEach(a -> seatNos.add(a.no()));
        Map<Integer, List<Station>> stations = geo.stationsOf(seatNos);
        Map<Integer, Integer> boothQuota = quotas(seats, stations);
        int boothTotal = boothQuota.values().stream().mapToInt(Integer::intValue).sum();
        Map<Integer, Integer> mandalQuota = mandalQuotas(seats, boothQuota, boothTotal);

        long state = unit(null, "/", 0, UnitKind.STATE, "UP", null, "Uttar Pradesh", "उत्तर प्रदेश", NameSource.DATA, "confirmed", null, null);
        Map<String, Long> regions = new TreeMap<>();
        Map<String, long[]> districts = new LinkedHashMap<>();
        Map<Integer, Long> pcs = new TreeMap<>();
        for (Assembly a : seats) {
            pcs.computeIfAbsent(a.pcNo(), no -> {
                GeographyCatalog.LokSabha ls = geo.lokSabha().get(no);
                return unit(state, path(state), 1, UnitKind.LOK_SABHA, "PC-" + no, no, ls.name(), ls.nameHi(),
                        ls.nameHi() == null ? NameSource.NONE : NameSource.DATA, ls.confidence(), null, ls.altHi());
            });
        }
        long done = 0;
        for (Assembly a : seats) {
            GeographyCatalog.Region region = geo.regionOf(a.division());
            long regionId = regions.computeIfAbsent(region.name(), n -> unit(state, path(state), 1, UnitKind.REGION,
                    "R-" + n.toUpperCase().replace(' ', '-'), null, n, region.nameHi(), NameSource.DATA, "party", null, null));
            String[] org = plan.orgDistricts().get(a.no());
            GeographyCatalog.District d = geo.districts().get(a.district());
            String dName = org != null ? org[0] : a.district();
            String dHi = org != null ? org[1] : d == null ? null : d.nameHi();
            long[] dist = districts.computeIfAbsent(dName, n -> {
                long id = unit(regionId, path(state, regionId), 2, UnitKind.DISTRICT, "D-" + n.toUpperCase().replace(' ', '-'),
                        null, n, dHi, dHi == null ? NameSource.NONE : org != null ? NameSource.GENERATED : NameSource.DATA,
                        d == null ? null : d.confidence(), null, null);
                districtIds.add(id);
                return new long[] {id, regionId};
            });
            String distPath = path(state, regionId, dist[0]);
            long seat = unit(dist[0], distPath, 3, UnitKind.ASSEMBLY, "AC-" + a.no(), a.no(), a.name(), a.nameHi(),
                    a.nameHi() == null ? NameSource.NONE : NameSource.DATA, a.confidence(), pcs.get(a.pcNo()), a.altHi());
            seatIds.add(seat);
            List<Station> list = stations.getOrDefault(a.no(), List.of());
            int quota = boothQuota.get(a.no());
            boolean complete = a.complete() && list.size() >= a.booths2014();
            out.accept(new SeatRow(seat, a.type(), a.electors(), list.size(), complete));
            if (!complete) {
                notes.add("Seat " + a.no() + " " + a.name() + ": the public 2014 booth list is truncated (only "
                        + list.size() + " booths listed); "
                        + (quota > list.size() ? (quota - list.size()) + " more are generated as new parts." : "the rest are missing."));
            }
            done += seatBooths(a, seat, distPath + seat + "/", dist[0], list, quota, mandalQuota.get(a.no()));
            out.accept(new Progress(done, boothTotal));
        }
        // search tokens last and in primary-key order: H2 then appends to the end of the index instead of
        // touching pages all over it, which in unit order made them the slowest rows of the build (3-4x)
        heldTokens.sort(Comparator.comparing(TokenRow::token).thenComparingLong(TokenRow::unitId));
        heldTokens.forEach(out);
        heldTokens.clear();
        return new Result(nextId - 1, regions.size(), districts.size(), pcs.size(), seats.size(), mandalSeat.size(),
                sectorCount, booths.size(), syntheticBooths, List.copyOf(notes), 0);
    }

    private int sectorCount;
    private int syntheticBooths;

    private int seatBooths(Assembly a, long seat, String seatPath, long districtId, List<Station> list, int quota,
                           int mandalCount) {
        // Mandals take contiguous runs of booths in part order; sectors take runs of five inside each mandal.
        int made = 0;
        int lastPart = list.isEmpty() ? 0 : list.getLast().partNo();
        for (int m = 0; m < mandalCount; m++) {
            int from = (int) ((long) quota * m / mandalCount);
            int to = (int) ((long) quota * (m + 1) / mandalCount);
            String nameEn = a.name() + " Mandal " + (m + 1);
            String nameHi = a.nameHi() == null ? null : a.nameHi() + " मंडल " + (m + 1);
            long mandal = unit(seat, seatPath, 4, UnitKind.MANDAL, "M-" + a.no() + "-" + (m + 1), m + 1, nameEn, nameHi,
                    nameHi == null ? NameSource.NONE : NameSource.GENERATED, null, null, null);
            mandalSeat.put(mandal, a.no());
            String mandalPath = seatPath + mandal + "/";
            int sectorNo = 0;
            for (int s = from; s < to; s += OrgPlan.BOOTHS_PER_SECTOR) {
                sectorNo++;
                sectorCount++;
                long sector = unit(mandal, mandalPath, 5, UnitKind.SECTOR, "S-" + a.no() + "-" + (m + 1) + "-" + sectorNo,
                        sectorNo, "Sector " + sectorNo, "सेक्टर " + sectorNo, NameSource.GENERATED, null, null, null);
                String sectorPath = mandalPath + sector + "/";
                for (int b = s; b < Math.min(to, s + OrgPlan.BOOTHS_PER_SECTOR); b++) {
                    Station st;
                    boolean synthetic = b >= list.size();
                    if (!synthetic) {
                        st = list.get(b);
                    } else {
                        // more booths than the 2014 list: new parts, named after an existing station with "(new part)"
                        Station base = list.isEmpty() ? null : list.get(b % list.size());
                        int part = lastPart + (b - list.size()) + 1;
                        String name = base == null ? "Polling station " + part : base.name() + " (NEW PART)";
                        st = new Station(a.no(), part, name, 0, 0, 0, 0);
                        syntheticBooths++;
                    }
                    String name = GeographyCatalog.title(st.name());
                    long booth = unit(sector, sectorPath, 6, UnitKind.BOOTH, "B-" + a.no() + "-" + st.partNo(), st.partNo(),
                            name, null, NameSource.NONE, null, null, null);
                    out.accept(new BoothRow(booth, st, synthetic));
                    booths.add(new BuiltBooth(booth, a.no(), districtId, mandal));
                    made++;
                }
            }
        }
        return made;
    }

    private Map<Integer, Integer> quotas(List<Assembly> seats, Map<Integer, List<Station>> stations) {
        Map<Integer, Integer> weights = new LinkedHashMap<>();
        for (Assembly a : seats) {
            weights.put(a.no(), Math.max(stations.getOrDefault(a.no(), List.of()).size(), a.booths2014()));
        }
        if (plan.boothTotal() == null) {
            Map<Integer, Integer> real = new LinkedHashMap<>();
            seats.forEach(a -> real.put(a.no(), stations.getOrDefault(a.no(), List.of()).size()));
            return real;
        }
        return Apportion.largestRemainder(weights, plan.boothTotal(), 1);
    }

    private Map<Integer, Integer> mandalQuotas(List<Assembly> seats, Map<Integer, Integer> booths, int boothTotal) {
        int total = plan.mandalTotal() != null ? plan.mandalTotal()
                : Math.max(seats.size(), Math.round((float) boothTotal / OrgPlan.BOOTHS_PER_MANDAL));
        Map<Integer, Integer> q = Apportion.largestRemainder(booths, total, 1);
        q.replaceAll((seat, n) -> Math.max(1, Math.min(n, Math.max(1, booths.get(seat)))));
        return q;
    }

    private long unit(Long parent, String parentPath, int depth, UnitKind kind, String code, Integer number, String en,
                      String hi, NameSource src, String confidence, Long lokSabha, String altHi) {
        long id = nextId++;
        units.add(new CoverageRollup.Node(id, parent, kind, lokSabha, depth));
        out.accept(new UnitRow(id, parent, kind, code, number, en, hi, src, confidence, lokSabha, parentPath + id + "/", depth));
        // booths are found by part number within a seat ("Isauli 117"), so only their words are indexed
        Set<String> tokens = kind == UnitKind.SECTOR ? Set.of() : SearchTokens.index(en, hi, altHi == null ? null : altHi.replace(';', ' '));
        if (kind == UnitKind.ASSEMBLY && number != null) {
            tokens = new LinkedHashSet<>(tokens);
            tokens.add(String.valueOf(number));
        }
        for (String t : tokens) {
            if (kind == UnitKind.BOOTH && (t.length() < 3 || t.chars().allMatch(Character::isDigit))) {
                continue;
            }
            heldTokens.add(new TokenRow(t, id));
        }
        return id;
    }

    private static String path(long... ids) {
        StringBuilder b = new StringBuilder("/");
        for (long id : ids) {
            b.append(id).append('/');
        }
        return b.toString();
    }

    /** A row for the writer, or news of progress. */
    private sealed interface Row permits UnitRow, SeatRow, BoothRow, TokenRow, Progress { }

    private record UnitRow(long id, Long parent, UnitKind kind, String code, Integer number, String en, String hi,
                           NameSource src, String conf, Long lokSabha, String path, int depth) implements Row { }

    private record SeatRow(long id, String type, long electors, int booths, boolean complete) implements Row { }

    private record BoothRow(long id, Station st, boolean synthetic) implements Row { }

    private record TokenRow(String token, long unitId) implements Row { }

    private record Progress(long done, long total) implements Row { }

    /**
     * Batched inserts over one connection, one chunk of rows at a time (5,000 measured best for H2: larger
     * transactions made its commit slower per row); commits after each chunk when loading side tables.
     */
    private static final class Writer {
        static final int BATCH = 5000;
        private final PreparedStatement unit;
        private final PreparedStatement token;
        private final PreparedStatement booth;
        private final PreparedStatement seat;
        private final Connection commitEach;
        private long rows;

        Writer(Connection c, String suffix, Connection commitEach) throws SQLException {
            this.commitEach = commitEach;
            unit = c.prepareStatement("INSERT INTO unit" + suffix + " (id, parent_id, kind, code, number, name_en, name_hi, "
                    + "name_hi_source, name_hi_confidence, lok_sabha_id, path, depth) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            token = c.prepareStatement("INSERT INTO unit_search" + suffix + " (token, unit_id) VALUES (?, ?)");
            booth = c.prepareStatement("INSERT INTO booth_detail" + suffix + " (unit_id, part_no, ps_name, electors_total, "
                    + "electors_male, electors_female, electors_other) VALUES (?, ?, ?, ?, ?, ?, ?)");
            seat = c.prepareStatement("INSERT INTO seat_detail" + suffix + " (unit_id, ac_type, electors_2014, booths_2014, "
                    + "booth_list_complete) VALUES (?, ?, ?, ?, ?)");
        }

        void write(List<Row> chunk, BiConsumer<Long, Long> progress) throws SQLException {
            for (Row r : chunk) {
                switch (r) {
                    case UnitRow u -> unit(u);
                    case SeatRow s -> seat(s);
                    case BoothRow b -> booth(b);
                    case TokenRow t -> {
                        token.setString(1, t.token());
                        token.setLong(2, t.unitId());
                        token.addBatch();
                        rows++;
                    }
                    case Progress p -> progress.accept(p.done(), p.total());
                }
            }
            // parents first: units before the rows that reference them
            unit.executeBatch();
            seat.executeBatch();
            booth.executeBatch();
            token.executeBatch();
            if (commitEach != null) {
                commitEach.commit();
            }
        }

        private void unit(UnitRow u) throws SQLException {
            unit.setLong(1, u.id());
            unit.setObject(2, u.parent());
            unit.setString(3, u.kind().name());
            unit.setString(4, u.code());
            unit.setObject(5, u.number());
            unit.setString(6, u.en());
            unit.setString(7, u.hi());
            unit.setString(8, u.src().name());
            unit.setString(9, u.conf());
            unit.setObject(10, u.lokSabha());
            unit.setString(11, u.path());
            unit.setInt(12, u.depth());
            unit.addBatch();
            rows++;
        }

        private void booth(BoothRow b) throws SQLException {
            Station st = b.st();
            booth.setLong(1, b.id());
            booth.setInt(2, st.partNo());
            booth.setString(3, st.name());
            booth.setObject(4, b.synthetic() ? null : st.total());
            booth.setObject(5, b.synthetic() ? null : st.male());
            booth.setObject(6, b.synthetic() ? null : st.female());
            booth.setObject(7, b.synthetic() ? null : st.other());
            booth.addBatch();
            rows++;
        }

        private void seat(SeatRow s) throws SQLException {
            seat.setLong(1, s.id());
            seat.setString(2, s.type());
            seat.setLong(3, s.electors());
            seat.setInt(4, s.booths());
            seat.setBoolean(5, s.complete());
            seat.addBatch();
            rows++;
        }

        void close() throws SQLException {
            unit.close();
            token.close();
            booth.close();
            seat.close();
        }
    }

    /**
     * Runs a producer of rows on its own thread and hands them over in chunks, so that making rows overlaps
     * writing them (H2 writes on the caller's thread; the machine's second core is otherwise idle). The producer's
     * failure is rethrown to the reader; closing early stops the producer.
     */
    public static final class Feed<T> implements AutoCloseable {
        private static final Object END = new Object();
        private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(8);
        private final int chunkSize;
        private final Thread thread;
        private volatile RuntimeException failure;
        private List<T> chunk;
        private boolean ended;

        public Feed(String name, int chunkSize, Consumer<Consumer<T>> producer) {
            this.chunkSize = chunkSize;
            this.chunk = new ArrayList<>(chunkSize);
            this.thread = Thread.ofPlatform().name(name).daemon().start(() -> {
                try {
                    producer.accept(this::emit);
                    if (!chunk.isEmpty()) {
                        put(chunk);
                    }
                } catch (Stop e) {
                    return;
                } catch (RuntimeException | Error e) {
                    failure = e instanceof RuntimeException r ? r : new IllegalStateException(e);
                }
                try {
                    put(END);
                } catch (Stop e) {
                    // the reader went away
                }
            });
        }

        private void emit(T row) {
            chunk.add(row);
            if (chunk.size() == chunkSize) {
                put(chunk);
                chunk = new ArrayList<>(chunkSize);
            }
        }

        private void put(Object o) {
            try {
                queue.put(o);
            } catch (InterruptedException e) {
                throw new Stop();
            }
        }

        /** The next chunk, or null when the producer is done; rethrows what the producer threw. */
        @SuppressWarnings("unchecked")
        public List<T> next() {
            if (ended) {
                return null;
            }
            Object o;
            try {
                o = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while building", e);
            }
            if (o == END) {
                ended = true;
                if (failure != null) {
                    throw failure;
                }
                return null;
            }
            return (List<T>) o;
        }

        @Override
        public void close() {
            if (!ended) {
                thread.interrupt();
            }
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /** Unwinds the producer when the reader stopped early. */
        private static final class Stop extends RuntimeException {
            Stop() {
                super(null, null, false, false);
            }
        }
    }
}
