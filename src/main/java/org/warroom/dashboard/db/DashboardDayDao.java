package org.warroom.dashboard.db;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.jdbi.v3.sqlobject.SqlObject;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transaction;
import org.warroom.platform.db.DuplicateKeys;

/** The dashboard's daily snapshots (dashboard_day): read a fortnight, write one day. */
@RegisterConstructorMapper(DayValue.class)
public interface DashboardDayDao extends SqlObject {
    @SqlQuery("SELECT snap_day, measure, part, whole FROM dashboard_day WHERE unit_id = :unitId "
            + "AND snap_day BETWEEN :from AND :to ORDER BY snap_day")
    List<DayValue> between(@Bind("unitId") long unitId, @Bind("from") LocalDate from, @Bind("to") LocalDate to);

    @SqlUpdate("UPDATE dashboard_day SET part = :part, whole = :whole WHERE unit_id = :unitId AND snap_day = :snapDay "
            + "AND measure = :measure")
    int update(@Bind("unitId") long unitId, @BindMethods DayValue value);

    @SqlUpdate("INSERT INTO dashboard_day (unit_id, snap_day, measure, part, whole) VALUES (:unitId, :snapDay, :measure, :part, :whole)")
    void insert(@Bind("unitId") long unitId, @BindMethods DayValue value);

    @SqlUpdate("DELETE FROM dashboard_day WHERE unit_id = :unitId AND snap_day = :day AND measure NOT IN (<keep>)")
    void clearOthers(@Bind("unitId") long unitId, @Bind("day") LocalDate day, @BindList("keep") List<String> keep);

    @SqlUpdate("DELETE FROM dashboard_day WHERE unit_id = :unitId AND snap_day = :day")
    void clear(@Bind("unitId") long unitId, @Bind("day") LocalDate day);

    /**
     * Writes the unit's values of one day in one transaction. Two desks showing the same unit write the same day's
     * rows at the same moment, so each row is updated, or inserted when missing; when the other desk inserted it first
     * (a duplicate key), the insert is undone to its savepoint and the row updated instead. Every desk writes the
     * measures in the same order, so the two queue row by row and cannot deadlock; the later writer's values stand.
     */
    @Transaction
    default void replace(long unitId, LocalDate day, List<DayValue> values) {
        if (values.isEmpty()) {
            clear(unitId, day);
            return;
        }
        for (DayValue v : values.stream().sorted(Comparator.comparing(DayValue::measure)).toList()) {
            DuplicateKeys.insertMissing(getHandle(), "dashboard_day", () -> update(unitId, v) == 1 ? List.<DayValue>of() : List.of(v),
                    rows -> insert(unitId, rows.getFirst()));
        }
        clearOthers(unitId, day, values.stream().map(DayValue::measure).toList());
    }
}
