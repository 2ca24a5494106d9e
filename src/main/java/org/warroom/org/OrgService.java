package org.warroom.org;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.warroom.org.db.UnitDao;

/** The organisation tree: its units, their coverage, search and change notices. */
public final class OrgService {
    private static final int SEARCH_CANDIDATES = 400;

    private final Jdbi jdbi;

    public OrgService(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public List<UnitRow> roots() {
        return jdbi.withExtension(UnitDao.class, UnitDao::roots);
    }

    /** The children of a unit as the tree shows them in the given mode. */
    public List<UnitRow> children(Unit parent, TreeMode mode) {
        return jdbi.withExtension(UnitDao.class, dao -> {
            if (mode == TreeMode.LOK_SABHA && parent.kind() == UnitKind.STATE) {
                return dao.lokSabhaSeats(parent.id());
            }
            if (parent.kind() == UnitKind.LOK_SABHA) {
                return dao.seatsOfLokSabha(parent.id());
            }
            return dao.children(parent.id());
        });
    }

    public Optional<UnitRow> unit(long id) {
        return jdbi.withExtension(UnitDao.class, dao -> dao.byId(id));
    }

    public List<UnitRow> units(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbi.withExtension(UnitDao.class, dao -> dao.byIds(ids));
    }

    /** The units from the root down to this one, for a breadcrumb or for revealing it in the tree. */
    public List<UnitRow> ancestry(Unit unit) {
        List<UnitRow> rows = new ArrayList<>(units(unit.pathIds()));
        rows.sort(Comparator.comparingInt(r -> r.unit().depth()));
        return rows;
    }

    public Optional<BoothDetail> boothDetail(long unitId) {
        return jdbi.withExtension(UnitDao.class, dao -> dao.boothDetail(unitId));
    }

    public Optional<SeatDetail> seatDetail(long unitId) {
        return jdbi.withExtension(UnitDao.class, dao -> dao.seatDetail(unitId));
    }

    /** A district (or any unit) by English or Hindi name or code, for `--desk Sultanpur`. */
    public Optional<UnitRow> findDesk(String name) {
        for (UnitKind kind : List.of(UnitKind.DISTRICT, UnitKind.REGION, UnitKind.ASSEMBLY, UnitKind.STATE)) {
            List<UnitRow> rows = jdbi.withExtension(UnitDao.class, dao -> dao.byKindAndName(kind.name(), name.trim()));
            if (!rows.isEmpty()) {
                return Optional.of(rows.getFirst());
            }
        }
        return Optional.empty();
    }

    /** A booth by its assembly-seat number and part number, as volunteers' lists name it. */
    public Optional<UnitRow> booth(int seatNo, int partNo) {
        List<UnitRow> rows = jdbi.withExtension(UnitDao.class, dao -> dao.byKindAndName(UnitKind.BOOTH.name(), "B-" + seatNo + "-" + partNo));
        return rows.stream().findFirst();
    }

    /** The numbers of the assembly seats under a unit, in one indexed query. */
    public List<Integer> seatNumbersUnder(Unit unit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT number FROM unit WHERE kind = 'ASSEMBLY' AND path LIKE :p ORDER BY number")
                .bind("p", unit.path() + "%").mapTo(Integer.class).list());
    }

    /** A unit by its code (B-187-117, M-187-2, D-SULTANPUR, AC-187). */
    public Optional<UnitRow> byCode(String code) {
        return jdbi.withExtension(UnitDao.class, dao -> dao.byCode(code.trim().toUpperCase(Locale.ROOT)));
    }

    /** Every district (for choosing a desk's scope), by English name. */
    public List<UnitRow> districts() {
        return jdbi.withExtension(UnitDao.class, dao -> dao.byKind(UnitKind.DISTRICT.name()));
    }

    /** Every assembly seat, with its path (which names its district). */
    public List<UnitRow> seats() {
        return jdbi.withExtension(UnitDao.class, dao -> dao.byKind(UnitKind.ASSEMBLY.name()));
    }

    /** Every unit of one kind with its coverage (the map colours them), by English name. */
    public List<UnitRow> ofKind(UnitKind kind) {
        return jdbi.withExtension(UnitDao.class, dao -> dao.byKind(kind.name()));
    }

    /** Per level: how many units are good (≥80 % of booths with a volunteer), watch (≥50 %) or bad, from the summary. */
    public Map<UnitKind, long[]> coverageBands() {
        Map<UnitKind, long[]> out = new EnumMap<>(UnitKind.class);
        jdbi.useHandle(h -> h.createQuery("SELECT u.kind, "
                        + "SUM(CASE WHEN c.booths > 0 AND c.booths_any * 5 >= c.booths * 4 THEN 1 ELSE 0 END), "
                        + "SUM(CASE WHEN c.booths > 0 AND c.booths_any * 5 < c.booths * 4 AND c.booths_any * 2 >= c.booths THEN 1 ELSE 0 END), "
                        + "SUM(CASE WHEN c.booths > 0 AND c.booths_any * 2 < c.booths THEN 1 ELSE 0 END) "
                        + "FROM unit u JOIN coverage c ON c.unit_id = u.id GROUP BY u.kind")
                .map((rs, ctx) -> Map.entry(UnitKind.valueOf(rs.getString(1)), new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4)}))
                .forEach(e -> out.put(e.getKey(), e.getValue())));
        return out;
    }

    public Map<UnitKind, Long> countsByKind() {
        Map<UnitKind, Long> counts = new EnumMap<>(UnitKind.class);
        for (UnitKind k : UnitKind.values()) {
            counts.put(k, 0L);
        }
        jdbi.withExtension(UnitDao.class, UnitDao::countsByKind)
                .forEach(kc -> counts.put(UnitKind.valueOf(kc.kind()), kc.count()));
        return counts;
    }

    public boolean isEmpty() {
        return jdbi.withExtension(UnitDao.class, UnitDao::countUnits) == 0;
    }

    /**
     * Finds units by name in either script (word prefixes), by assembly-seat number, or by booth part number;
     * "Isauli 117" finds booth 117 of Isauli. Results within {@code scope} come first.
     */
    public List<UnitRow> search(String query, Unit scope, int limit) {
        List<String> words = new ArrayList<>();
        Integer number = null;
        for (String t : SearchTokens.split(query)) {
            if (number == null && t.chars().allMatch(Character::isDigit) && t.length() <= 6) {
                number = Integer.parseInt(SearchTokens.asciiDigits(t));
            } else {
                words.add(t);
            }
        }
        final Integer n = number;
        String scopePath = scope == null ? "/" : scope.path();
        return jdbi.withExtension(UnitDao.class, dao -> {
            Map<Long, UnitRow> hits = new LinkedHashMap<>();
            List<UnitRow> named = words.isEmpty() ? List.of() : byWords(dao, words);
            if (n == null) {
                named.forEach(r -> hits.put(r.unit().id(), r));
            } else if (words.isEmpty()) {
                dao.byKindAndNumber(UnitKind.ASSEMBLY.name(), n).forEach(r -> hits.put(r.unit().id(), r));
                // booths of this number anywhere; the sort below puts the desk's own first
                boothsByPartNo(dao, n, "/", Integer.MAX_VALUE).forEach(r -> hits.putIfAbsent(r.unit().id(), r));
            } else {
                List<UnitRow> numbered = boothsByPartNo(dao, n, "/", Integer.MAX_VALUE);
                for (UnitRow r : named) {
                    if (r.unit().kind() != UnitKind.BOOTH && r.unit().kind() != UnitKind.LOK_SABHA) {
                        numbered.stream().filter(b -> b.unit().path().startsWith(r.unit().path()))
                                .forEach(b -> hits.put(b.unit().id(), b));
                    }
                    if (hits.size() >= limit) {
                        break;
                    }
                }
            }
            List<UnitRow> out = new ArrayList<>(hits.values());
            out.sort(Comparator.<UnitRow>comparingInt(r -> r.unit().path().startsWith(scopePath) ? 0 : 1)
                    .thenComparingInt(r -> r.unit().kind().searchRank())
                    .thenComparing(r -> r.unit().nameEn()));
            return out.size() > limit ? out.subList(0, limit) : out;
        });
    }

    /**
     * Booths numbered {@code partNo} under {@code pathPrefix}. The part-number index gives about one booth per seat;
     * narrowing by path in memory keeps the database from choosing a scan of every unit under the prefix.
     */
    private static List<UnitRow> boothsByPartNo(UnitDao dao, int partNo, String pathPrefix, int limit) {
        List<Long> ids = dao.boothIdsByPartNo(partNo);
        if (ids.isEmpty()) {
            return List.of();
        }
        return dao.byIds(ids).stream().filter(r -> r.unit().path().startsWith(pathPrefix))
                .sorted(Comparator.comparing(r -> r.unit().path())).limit(limit).toList();
    }

    private static List<UnitRow> byWords(UnitDao dao, List<String> words) {
        Set<Long> ids = null;
        for (String w : words) {
            Set<Long> found = new HashSet<>(dao.unitsWithTokenPrefix(SearchTokens.likePrefix(w), SEARCH_CANDIDATES));
            if (ids == null) {
                ids = found;
            } else {
                ids.retainAll(found);
            }
            if (ids.isEmpty()) {
                return List.of();
            }
        }
        return dao.byIds(ids);
    }

    public long lastChangeSeq() {
        return jdbi.withExtension(UnitDao.class, UnitDao::lastChangeSeq);
    }

    /** Units changed by anyone (this process or another) since {@code seq}. */
    public ChangeBatch changesSince(long seq, int max) {
        List<long[]> rows = jdbi.withExtension(UnitDao.class, dao -> dao.changesSince(seq, max + 1));
        boolean overflow = rows.size() > max;
        Set<Long> ids = new HashSet<>();
        long last = seq;
        for (int i = 0; i < Math.min(rows.size(), max); i++) {
            ids.add(rows.get(i)[1]);
            last = rows.get(i)[0];
        }
        if (overflow) {
            last = lastChangeSeq();
        }
        return new ChangeBatch(last, ids, overflow);
    }

    /** Lower-case helper kept here so callers format names the same way. */
    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
