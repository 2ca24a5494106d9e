package org.warroom.geography;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;
import org.warroom.geography.GeographyCatalog.Assembly;
import org.warroom.geography.GeographyCatalog.Station;
import org.warroom.org.NameSource;
import org.warroom.org.SearchTokens;
import org.warroom.org.UnitKind;

/**
 * Builds the organisation tree from the public geography, deterministically: state → party region → district →
 * assembly seat → generated mandals → generated sectors → booths, plus the Lok Sabha seats beside it. Writes with
 * JDBC batches inside the caller's transaction.
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
    private long nextId = 1;
    private long rows;
    private Writer w;

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

    /** Writes the whole tree; progress gets (done, total) in booths. */
    public Result build(Handle h, java.util.function.BiConsumer<Long, Long> progress) {
        List<Assembly> seats = geo.assembly().values().stream()
                .filter(a -> plan.seats() == null || plan.seats().contains(a.no()))
                .sorted(Comparator.comparingInt(Assembly::no)).toList();
        if (seats.isEmpty()) {
            throw new GeographyException("No assembly seats were chosen.");
        }
        Set<Integer> seatNos = new TreeSet<>();
        seats.forEach(a -> seatNos.add(a.no()));
        Map<Integer, List<Station>> stations = geo.stationsOf(seatNos);
        Map<Integer, Integer> boothQuota = quotas(seats, stations);
        int boothTotal = boothQuota.values().stream().mapToInt(Integer::intValue).sum();
        Map<Integer, Integer> mandalQuota = mandalQuotas(seats, boothQuota, boothTotal);

        try {
            w = new Writer(h.getConnection());
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
                w.seat(seat, a.type(), a.electors(), list.size(), complete);
                if (!complete) {
                    notes.add("Seat " + a.no() + " " + a.name() + ": the public 2014 booth list is truncated (only "
                            + list.size() + " booths listed); "
                            + (quota > list.size() ? (quota - list.size()) + " more are generated as new parts." : "the rest are missing."));
                }
                done += seatBooths(a, seat, distPath + seat + "/", dist[0], list, quota, mandalQuota.get(a.no()));
                progress.accept(done, (long) boothTotal);
            }
            w.flush();
            return new Result(nextId - 1, regions.size(), districts.size(), pcs.size(), seats.size(), mandalSeat.size(),
                    sectorCount, booths.size(), syntheticBooths, List.copyOf(notes), rows + w.rows);
        } catch (SQLException e) {
            throw new GeographyException("Writing the organisation failed: " + e.getMessage(), e);
        }
    }

    private int sectorCount;
    private int syntheticBooths;

    private int seatBooths(Assembly a, long seat, String seatPath, long districtId, List<Station> list, int quota,
                           int mandalCount) throws SQLException {
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
                    w.booth(booth, st, synthetic);
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
        try {
            w.unit(id, parent, kind, code, number, en, hi, src, confidence, lokSabha, parentPath + id + "/", depth);
            w.tokens(id, kind, number, en, hi, altHi);
        } catch (SQLException e) {
            throw new GeographyException("Writing unit " + code + " failed: " + e.getMessage(), e);
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

    /** Batched inserts over one connection; flushed every few thousand rows. */
    private static final class Writer {
        private static final int BATCH = 5000;
        private final PreparedStatement unit;
        private final PreparedStatement token;
        private final PreparedStatement booth;
        private final PreparedStatement seat;
        private int pending;
        private long rows;

        Writer(Connection c) throws SQLException {
            unit = c.prepareStatement("INSERT INTO unit (id, parent_id, kind, code, number, name_en, name_hi, name_hi_source, "
                    + "name_hi_confidence, lok_sabha_id, path, depth) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            token = c.prepareStatement("INSERT INTO unit_search (token, unit_id) VALUES (?, ?)");
            booth = c.prepareStatement("INSERT INTO booth_detail (unit_id, part_no, ps_name, electors_total, electors_male, "
                    + "electors_female, electors_other) VALUES (?, ?, ?, ?, ?, ?, ?)");
            seat = c.prepareStatement("INSERT INTO seat_detail (unit_id, ac_type, electors_2014, booths_2014, booth_list_complete) "
                    + "VALUES (?, ?, ?, ?, ?)");
        }

        void unit(long id, Long parent, UnitKind kind, String code, Integer number, String en, String hi, NameSource src,
                  String conf, Long ls, String path, int depth) throws SQLException {
            unit.setLong(1, id);
            unit.setObject(2, parent);
            unit.setString(3, kind.name());
            unit.setString(4, code);
            unit.setObject(5, number);
            unit.setString(6, en);
            unit.setString(7, hi);
            unit.setString(8, src.name());
            unit.setString(9, conf);
            unit.setObject(10, ls);
            unit.setString(11, path);
            unit.setInt(12, depth);
            unit.addBatch();
            tick();
        }

        void tokens(long id, UnitKind kind, Integer number, String en, String hi, String altHi) throws SQLException {
            // booths are found by part number within a seat ("Isauli 117"), so only their words are indexed
            Set<String> tokens = kind == UnitKind.SECTOR ? Set.of() : SearchTokens.index(en, hi, altHi == null ? null : altHi.replace(';', ' '));
            if (kind == UnitKind.ASSEMBLY && number != null) {
                tokens = new java.util.LinkedHashSet<>(tokens);
                tokens.add(String.valueOf(number));
            }
            for (String t : tokens) {
                if (kind == UnitKind.BOOTH && (t.length() < 3 || t.chars().allMatch(Character::isDigit))) {
                    continue;
                }
                token.setString(1, t);
                token.setLong(2, id);
                token.addBatch();
                tick();
            }
        }

        void booth(long id, Station st, boolean synthetic) throws SQLException {
            booth.setLong(1, id);
            booth.setInt(2, st.partNo());
            booth.setString(3, st.name());
            booth.setObject(4, synthetic ? null : st.total());
            booth.setObject(5, synthetic ? null : st.male());
            booth.setObject(6, synthetic ? null : st.female());
            booth.setObject(7, synthetic ? null : st.other());
            booth.addBatch();
            tick();
        }

        void seat(long id, String type, long electors, int booths, boolean complete) throws SQLException {
            seat.setLong(1, id);
            seat.setString(2, type);
            seat.setLong(3, electors);
            seat.setInt(4, booths);
            seat.setBoolean(5, complete);
            seat.addBatch();
            tick();
        }

        private void tick() throws SQLException {
            rows++;
            if (++pending >= BATCH) {
                flush();
            }
        }

        void flush() throws SQLException {
            // parents first: units before the rows that reference them
            unit.executeBatch();
            seat.executeBatch();
            booth.executeBatch();
            token.executeBatch();
            pending = 0;
        }
    }
}
