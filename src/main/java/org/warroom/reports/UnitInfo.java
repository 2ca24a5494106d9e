package org.warroom.reports;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.warroom.org.UnitKind;
import org.warroom.people.ValidationException;

/** A unit with the two coverage figures reporting needs: its booths and its active volunteers (subtree totals). */
record UnitInfo(long id, UnitKind kind, String code, String nameEn, String nameHi, String path, int booths, int volunteers) {
    private static final String SELECT = "SELECT u.id, u.kind, u.code, u.name_en, u.name_hi, u.path, "
            + "COALESCE(c.booths, 0) AS booths, COALESCE(c.volunteers, 0) AS volunteers FROM unit u "
            + "LEFT JOIN coverage c ON c.unit_id = u.id ";

    static UnitInfo of(Handle h, long id) {
        return find(h, id).orElseThrow(() -> new ValidationException("unit", "There is no unit with id " + id + "."));
    }

    static Optional<UnitInfo> find(Handle h, long id) {
        return h.createQuery(SELECT + "WHERE u.id = :id").bind("id", id).map((rs, ctx) -> read(rs)).findOne();
    }

    static List<UnitInfo> of(Handle h, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return h.createQuery(SELECT + "WHERE u.id IN (<ids>)").bindList("ids", List.copyOf(ids)).map((rs, ctx) -> read(rs)).list();
    }

    /** Every unit of one kind. */
    static List<UnitInfo> ofKind(Handle h, UnitKind kind) {
        return h.createQuery(SELECT + "WHERE u.kind = :kind ORDER BY u.number, u.name_en").bind("kind", kind.name())
                .map((rs, ctx) -> read(rs)).list();
    }

    /** The tops of the organisation (normally the one state). */
    static List<UnitInfo> roots(Handle h) {
        return h.createQuery(SELECT + "WHERE u.parent_id IS NULL").map((rs, ctx) -> read(rs)).list();
    }

    /** The children the tree shows: a Lok Sabha seat's assembly seats, anything else's units below it. */
    static List<UnitInfo> children(Handle h, UnitInfo parent) {
        String where = parent.kind() == UnitKind.LOK_SABHA ? "WHERE u.lok_sabha_id = :id" : "WHERE u.parent_id = :id AND u.kind <> 'LOK_SABHA'";
        return h.createQuery(SELECT + where + " ORDER BY u.number, u.name_en").bind("id", parent.id())
                .map((rs, ctx) -> read(rs)).list();
    }

    /** Assembly seats grouped under a Lok Sabha seat; used where a subtree is read by path. */
    static List<UnitInfo> pathRoots(Handle h, UnitInfo unit) {
        return unit.kind() == UnitKind.LOK_SABHA ? children(h, unit) : List.of(unit);
    }

    private static UnitInfo read(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new UnitInfo(rs.getLong(1), UnitKind.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getInt(7), rs.getInt(8));
    }

    UnitRate rate(int reported, int expected, int reportingBooths) {
        return new UnitRate(id, kind, code, nameEn, nameHi, reported, expected, reportingBooths, booths);
    }
}
