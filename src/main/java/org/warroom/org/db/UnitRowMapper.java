package org.warroom.org.db;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.warroom.org.Coverage;
import org.warroom.org.NameSource;
import org.warroom.org.Unit;
import org.warroom.org.UnitKind;
import org.warroom.org.UnitRow;

/** Maps {@link UnitDao#COLS} to a unit with its coverage. */
public final class UnitRowMapper implements RowMapper<UnitRow> {
    @Override
    public UnitRow map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new UnitRow(unit(rs), new Coverage(rs.getInt("booths"), rs.getInt("booths_any"), rs.getInt("booths_full"),
                rs.getInt("booths_group"), rs.getLong("group_members"), rs.getLong("group_target"),
                rs.getInt("team_seats"), rs.getInt("team_filled"), rs.getInt("volunteers")));
    }

    static Unit unit(ResultSet rs) throws SQLException {
        long parent = rs.getLong("parent_id");
        Long parentId = rs.wasNull() ? null : parent;
        int number = rs.getInt("number");
        Integer num = rs.wasNull() ? null : number;
        long ls = rs.getLong("lok_sabha_id");
        Long lsId = rs.wasNull() ? null : ls;
        return new Unit(rs.getLong("id"), parentId, UnitKind.valueOf(rs.getString("kind")), rs.getString("code"), num,
                rs.getString("name_en"), rs.getString("name_hi"), NameSource.valueOf(rs.getString("name_hi_source")),
                rs.getString("name_hi_confidence"), lsId, rs.getString("path"), rs.getInt("depth"));
    }
}
