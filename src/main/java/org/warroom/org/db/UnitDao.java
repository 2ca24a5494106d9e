package org.warroom.org.db;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.warroom.org.BoothDetail;
import org.warroom.org.SeatDetail;
import org.warroom.org.UnitRow;

/** Reads units with their coverage; every query is an indexed lookup, never a scan of the tree. */
@RegisterRowMapper(UnitRowMapper.class)
public interface UnitDao {
    String COLS = "u.id, u.parent_id, u.kind, u.code, u.number, u.name_en, u.name_hi, u.name_hi_source, "
            + "u.name_hi_confidence, u.lok_sabha_id, u.path, u.depth, "
            + "COALESCE(c.booths, 0) AS booths, COALESCE(c.booths_any, 0) AS booths_any, "
            + "COALESCE(c.booths_full, 0) AS booths_full, COALESCE(c.booths_group, 0) AS booths_group, "
            + "COALESCE(c.group_members, 0) AS group_members, COALESCE(c.group_target, 0) AS group_target, "
            + "COALESCE(c.team_seats, 0) AS team_seats, COALESCE(c.team_filled, 0) AS team_filled, "
            + "COALESCE(c.volunteers, 0) AS volunteers";
    String FROM = " FROM unit u LEFT JOIN coverage c ON c.unit_id = u.id ";
    String ORDER = " ORDER BY COALESCE(u.number, 0), u.name_en";

    @SqlQuery("SELECT " + COLS + FROM + "WHERE u.parent_id IS NULL" + ORDER)
    List<UnitRow> roots();

    @SqlQuery("SELECT " + COLS + FROM + "WHERE u.parent_id = :parentId AND u.kind <> 'LOK_SABHA'" + ORDER)
    List<UnitRow> children(@Bind("parentId") long parentId);

    @SqlQuery("SELECT " + COLS + FROM + "WHERE u.parent_id = :stateId AND u.kind = 'LOK_SABHA'" + ORDER)
    List<UnitRow> lokSabhaSeats(@Bind("stateId") long stateId);

    @SqlQuery("SELECT " + COLS + FROM + "WHERE u.lok_sabha_id = :lsId" + ORDER)
    List<UnitRow> seatsOfLokSabha(@Bind("lsId") long lsId);

    @SqlQuery("SELECT " + COLS + FROM + "WHERE u.id = :id")
    Optional<UnitRow> byId(@Bind("id") long id);

    @SqlQuery("SELECT " + COLS + FROM + "WHERE u.id IN (<ids>)")
    List<UnitRow> byIds(@BindList("ids") Collection<Long> ids);

    @SqlQuery("SELECT " + COLS + FROM + "WHERE u.kind = :kind AND (LOWER(u.name_en) = LOWER(:name) OR u.name_hi = :name OR u.code = :name)")
    List<UnitRow> byKindAndName(@Bind("kind") String kind, @Bind("name") String name);

    @SqlQuery("SELECT " + COLS + FROM + "WHERE u.code = :code")
    Optional<UnitRow> byCode(@Bind("code") String code);

    @SqlQuery("SELECT " + COLS + FROM + "WHERE u.kind = :kind ORDER BY u.name_en")
    List<UnitRow> byKind(@Bind("kind") String kind);

    @SqlQuery("SELECT " + COLS + FROM + "WHERE u.kind = :kind AND u.number = :number")
    List<UnitRow> byKindAndNumber(@Bind("kind") String kind, @Bind("number") int number);

    @SqlQuery("SELECT kind, COUNT(*) FROM unit GROUP BY kind")
    @RegisterRowMapper(KindCountMapper.class)
    List<KindCount> countsByKind();

    @SqlQuery("SELECT COUNT(*) FROM unit")
    long countUnits();

    @SqlQuery("SELECT unit_id, part_no, ps_name, electors_total, electors_male, electors_female, electors_other "
            + "FROM booth_detail WHERE unit_id = :id")
    @RegisterConstructorMapper(BoothDetail.class)
    Optional<BoothDetail> boothDetail(@Bind("id") long id);

    @SqlQuery("SELECT unit_id, ac_type, electors_2014, booths_2014, booth_list_complete FROM seat_detail WHERE unit_id = :id")
    @RegisterConstructorMapper(SeatDetail.class)
    Optional<SeatDetail> seatDetail(@Bind("id") long id);

    /** Prefix match of one search token; the caller intersects several. */
    @SqlQuery("SELECT DISTINCT unit_id FROM unit_search WHERE token LIKE :prefix ESCAPE '!' LIMIT :limit")
    List<Long> unitsWithTokenPrefix(@Bind("prefix") String prefix, @Bind("limit") int limit);

    /** Booths with this part number, statewide (about one per seat); the caller narrows by path. */
    @SqlQuery("SELECT unit_id FROM booth_detail WHERE part_no = :partNo")
    List<Long> boothIdsByPartNo(@Bind("partNo") int partNo);

    @SqlQuery("SELECT COALESCE(MAX(seq), 0) FROM unit_change")
    long lastChangeSeq();

    @SqlQuery("SELECT seq, unit_id FROM unit_change WHERE seq > :since ORDER BY seq LIMIT :limit")
    @RegisterRowMapper(ChangeMapper.class)
    List<long[]> changesSince(@Bind("since") long since, @Bind("limit") int limit);

    /** Kind and number of units of that kind. */
    record KindCount(String kind, long count) {
    }

    final class KindCountMapper implements org.jdbi.v3.core.mapper.RowMapper<KindCount> {
        @Override
        public KindCount map(java.sql.ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx) throws java.sql.SQLException {
            return new KindCount(rs.getString(1), rs.getLong(2));
        }
    }

    final class ChangeMapper implements org.jdbi.v3.core.mapper.RowMapper<long[]> {
        @Override
        public long[] map(java.sql.ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx) throws java.sql.SQLException {
            return new long[] {rs.getLong(1), rs.getLong(2)};
        }
    }
}
