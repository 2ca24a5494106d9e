package org.warroom.dashboard.db;

import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transaction;

/** The dashboard's daily snapshots (dashboard_day): read a fortnight, replace one day. */
@RegisterConstructorMapper(DayValue.class)
public interface DashboardDayDao {
    @SqlQuery("SELECT snap_day, measure, part, whole FROM dashboard_day WHERE unit_id = :unitId "
            + "AND snap_day BETWEEN :from AND :to ORDER BY snap_day")
    List<DayValue> between(@Bind("unitId") long unitId, @Bind("from") LocalDate from, @Bind("to") LocalDate to);

    @SqlUpdate("DELETE FROM dashboard_day WHERE unit_id = :unitId AND snap_day = :day")
    void clear(@Bind("unitId") long unitId, @Bind("day") LocalDate day);

    @SqlBatch("INSERT INTO dashboard_day (unit_id, snap_day, measure, part, whole) VALUES (:unitId, :snapDay, :measure, :part, :whole)")
    void insert(@Bind("unitId") long unitId, @BindMethods List<DayValue> values);

    /** Replaces the unit's values of one day, in one transaction. */
    @Transaction
    default void replace(long unitId, LocalDate day, List<DayValue> values) {
        clear(unitId, day);
        insert(unitId, values);
    }
}
