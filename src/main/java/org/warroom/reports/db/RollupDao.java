package org.warroom.reports.db;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** The per-unit, per-day report totals: read by charts and the missing list, changed only by deltas. */
@RegisterConstructorMapper(RollupRow.class)
public interface RollupDao {
    String COLS = "unit_id, report_day, reported_volunteers, reporting_booths, forwarded, added, slot1, slot2, slot3, slot4, slot5, slot6";

    @SqlQuery("SELECT unit_id FROM report_rollup WHERE report_day = :day AND unit_id IN (<ids>)")
    List<Long> existing(@Bind("day") LocalDate day, @BindList("ids") Collection<Long> unitIds);

    @SqlBatch("INSERT INTO report_rollup (" + COLS + ") VALUES (:unitId, :reportDay, :reportedVolunteers, :reportingBooths, "
            + ":forwarded, :added, :slot1, :slot2, :slot3, :slot4, :slot5, :slot6)")
    void insert(@BindMethods List<RollupRow> rows);

    @SqlBatch("UPDATE report_rollup SET reported_volunteers = reported_volunteers + :reportedVolunteers, "
            + "reporting_booths = reporting_booths + :reportingBooths, forwarded = forwarded + :forwarded, added = added + :added, "
            + "slot1 = slot1 + :slot1, slot2 = slot2 + :slot2, slot3 = slot3 + :slot3, slot4 = slot4 + :slot4, "
            + "slot5 = slot5 + :slot5, slot6 = slot6 + :slot6 WHERE unit_id = :unitId AND report_day = :reportDay")
    void add(@BindMethods List<RollupRow> deltas);

    @SqlQuery("SELECT " + COLS + " FROM report_rollup WHERE unit_id = :unitId AND report_day = :day")
    Optional<RollupRow> one(@Bind("unitId") long unitId, @Bind("day") LocalDate day);

    @SqlQuery("SELECT " + COLS + " FROM report_rollup WHERE unit_id = :unitId AND report_day BETWEEN :from AND :to ORDER BY report_day")
    List<RollupRow> series(@Bind("unitId") long unitId, @Bind("from") LocalDate from, @Bind("to") LocalDate to);

    @SqlQuery("SELECT " + COLS + " FROM report_rollup WHERE unit_id IN (<ids>) AND report_day BETWEEN :from AND :to")
    List<RollupRow> of(@BindList("ids") Collection<Long> unitIds, @Bind("from") LocalDate from, @Bind("to") LocalDate to);

    @SqlQuery("SELECT unit_id FROM report_rollup WHERE report_day = :day AND reporting_booths > 0 AND unit_id IN (<ids>)")
    List<Long> reporting(@Bind("day") LocalDate day, @BindList("ids") Collection<Long> unitIds);
}
