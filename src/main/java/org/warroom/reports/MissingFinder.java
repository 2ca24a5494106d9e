package org.warroom.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.warroom.org.Unit;
import org.warroom.platform.db.InLists;

/**
 * Who has not reported: the active booth volunteers under a unit (its booths found by path prefix on an index)
 * less the day's reporters among them (read as runs of volunteer ids on the report(report_date, volunteer_id)
 * index). Then one query for the mandals and districts above them and one for their teams, to group the list
 * for the convenors who will call.
 */
final class MissingFinder {
    // no "b.kind = 'BOOTH'": only booths hold BOOTH_IT volunteers, and with it H2 picks the kind index and scans
    // every booth of the state instead of the district's range of the path index
    private static final String VOLUNTEERS = "SELECT v.id, v.name, v.phone, b.id AS booth_id, b.code, b.name_en, b.path "
            + "FROM unit b JOIN volunteer v ON v.unit_id = b.id "
            + "WHERE b.path LIKE :prefix AND v.active = TRUE AND v.role = 'BOOTH_IT'";
    /**
     * The day's reporters among a run of volunteer ids, on report(report_date, volunteer_id, ...): the day's entries
     * in that run and no others. A district's booth volunteers were mostly added together, so their ids fall in a few
     * runs. (Joined to the unit by path, H2 read the day's every report — 6.5 lakh at up — and looked each booth up;
     * with the booths in an IN list it read every day of each booth and checked each row against the whole list.)
     */
    private static final String REPORTED = "SELECT volunteer_id FROM report WHERE report_date = :day "
            + "AND volunteer_id BETWEEN :lo AND :hi";
    /** Ids closer than this share a run: a run reads at most this many other volunteers' entries per gap. */
    private static final long GAP = 200;

    private MissingFinder() {
    }

    private record Row(long id, String name, String phone, long boothId, String code, String boothName, String path) {
    }

    private record Named(long id, String kind, String name) {
    }

    static MissingList find(Handle h, long unitId, LocalDate day) {
        UnitInfo unit = UnitInfo.of(h, unitId);
        List<Row> rows = new ArrayList<>();
        for (UnitInfo root : UnitInfo.pathRoots(h, unit)) {
            List<Row> all = h.createQuery(VOLUNTEERS).bind("prefix", root.path() + "%")
                    .map((rs, ctx) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5),
                            rs.getString(6), rs.getString(7)))
                    .list();
            Set<Long> reported = new java.util.HashSet<>();
            for (long[] run : InLists.runs(all.stream().map(Row::id).toList(), GAP)) {
                h.createQuery(REPORTED).bind("day", day).bind("lo", run[0]).bind("hi", run[1]).mapTo(Long.class).forEach(reported::add);
            }
            all.stream().filter(r -> !reported.contains(r.id())).forEach(rows::add);
        }
        rows.sort(java.util.Comparator.comparing(Row::path).thenComparing(Row::name).thenComparingLong(Row::id));
        Set<Long> ancestors = new LinkedHashSet<>();
        rows.forEach(r -> ancestors.addAll(Unit.parsePath(r.path())));
        Map<Long, Named> named = new HashMap<>();
        List<Long> ids = List.copyOf(ancestors);
        for (int i = 0; i < ids.size(); i += 1000) {
            h.createQuery("SELECT id, kind, name_en FROM unit WHERE kind IN ('MANDAL', 'DISTRICT') AND id IN (<ids>)")
                    .bindList("ids", ids.subList(i, Math.min(ids.size(), i + 1000)))
                    .map((rs, ctx) -> new Named(rs.getLong(1), rs.getString(2), rs.getString(3)))
                    .forEach(n -> named.put(n.id(), n));
        }
        Map<Long, List<String>> teams = new HashMap<>();
        if (!named.isEmpty()) {
            h.createQuery("SELECT unit_id, name FROM volunteer WHERE active = TRUE AND role IN ('IT_CONVENOR', 'MANDAL_IT') "
                            + "AND unit_id IN (<ids>) ORDER BY role, name")
                    .bindList("ids", List.copyOf(named.keySet()))
                    .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getString(2)))
                    .forEach(e -> teams.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        }
        Map<Long, MissingGroup> groups = new LinkedHashMap<>();
        Map<Long, List<MissingVolunteer>> members = new LinkedHashMap<>();
        for (Row r : rows) {
            Named mandal = null;
            Named district = null;
            for (long id : Unit.parsePath(r.path())) {
                Named n = named.get(id);
                if (n != null && n.kind().equals("MANDAL")) {
                    mandal = n;
                } else if (n != null && n.kind().equals("DISTRICT")) {
                    district = n;
                }
            }
            long mandalId = mandal == null ? 0 : mandal.id();
            Named m = mandal;
            Named d = district;
            groups.computeIfAbsent(mandalId, k -> new MissingGroup(d == null ? 0 : d.id(), d == null ? "" : d.name(),
                    d == null ? List.of() : teams.getOrDefault(d.id(), List.of()), k, m == null ? "" : m.name(),
                    m == null ? List.of() : teams.getOrDefault(m.id(), List.of()), List.of()));
            members.computeIfAbsent(mandalId, k -> new ArrayList<>()).add(new MissingVolunteer(r.id(), r.name(), r.phone(),
                    r.boothId(), r.code(), r.boothName(), mandalId, m == null ? "" : m.name()));
        }
        List<MissingGroup> out = new ArrayList<>();
        groups.forEach((id, g) -> out.add(new MissingGroup(g.districtId(), g.districtName(), g.districtConvenors(), g.mandalId(),
                g.mandalName(), g.mandalTeam(), members.get(id))));
        out.sort(java.util.Comparator.comparing(MissingGroup::districtName).thenComparing(MissingGroup::mandalName));
        return new MissingList(unitId, unit.nameEn(), day, Expected.of(h, unit), out);
    }
}
