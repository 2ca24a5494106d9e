package org.warroom.reports.db;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Reports, their source keys, and the volunteers and units reporting needs to look up. */
@RegisterConstructorMapper(ReportRow.class)
@RegisterConstructorMapper(VolunteerRef.class)
public interface ReportDao {
    String COLS = "id, volunteer_id, booth_id, report_date, slots_mask, forwarded, added, group_size, issues_mask, mood, "
            + "feedback, source, original_text, source_key, import_id, version";
    String VOL = "SELECT v.id, v.unit_id, v.name, v.phone, v.role, v.active, u.kind AS unit_kind, u.code AS unit_code, "
            + "u.number AS unit_number, u.path AS unit_path, u.name_en AS unit_name FROM volunteer v JOIN unit u ON u.id = v.unit_id ";

    @SqlQuery("SELECT " + COLS + " FROM report WHERE report_date = :day AND volunteer_id = :volunteerId AND booth_id = :boothId")
    Optional<ReportRow> find(@Bind("day") LocalDate day, @Bind("volunteerId") long volunteerId, @Bind("boothId") long boothId);

    @SqlQuery("SELECT " + COLS + " FROM report WHERE id = :id")
    Optional<ReportRow> byId(@Bind("id") long id);

    @SqlUpdate("INSERT INTO report (volunteer_id, booth_id, report_date, slots_mask, forwarded, added, group_size, issues_mask, "
            + "mood, feedback, source, original_text, source_key, import_id, created_at, updated_at, operator, version) VALUES "
            + "(:r.volunteerId, :r.boothId, :r.reportDate, :r.slotsMask, :r.forwarded, :r.added, :r.groupSize, :r.issuesMask, "
            + ":r.mood, :r.feedback, :r.source, :r.originalText, :r.sourceKey, :r.importId, :at, :at, :operator, 0)")
    @GetGeneratedKeys("id")
    long insert(@BindMethods("r") ReportRow row, @Bind("at") LocalDateTime at, @Bind("operator") String operator);

    @SqlUpdate("UPDATE report SET slots_mask = :r.slotsMask, forwarded = :r.forwarded, added = :r.added, group_size = :r.groupSize, "
            + "issues_mask = :r.issuesMask, mood = :r.mood, feedback = :r.feedback, original_text = :r.originalText, "
            + "updated_at = :at, operator = :operator, version = version + 1 WHERE id = :r.id AND version = :r.version")
    int update(@BindMethods("r") ReportRow row, @Bind("at") LocalDateTime at, @Bind("operator") String operator);

    /** Many new reports at once (an import's batch); their ids are read back by source key. */
    @SqlBatch("INSERT INTO report (volunteer_id, booth_id, report_date, slots_mask, forwarded, added, group_size, issues_mask, "
            + "mood, feedback, source, original_text, source_key, import_id, created_at, updated_at, operator, version) VALUES "
            + "(:r.volunteerId, :r.boothId, :r.reportDate, :r.slotsMask, :r.forwarded, :r.added, :r.groupSize, :r.issuesMask, "
            + ":r.mood, :r.feedback, :r.source, :r.originalText, :r.sourceKey, :r.importId, :at, :at, :operator, 0)")
    void insertAll(@BindMethods("r") List<ReportRow> rows, @Bind("at") LocalDateTime at, @Bind("operator") String operator);

    @SqlBatch("UPDATE report SET slots_mask = :r.slotsMask, forwarded = :r.forwarded, added = :r.added, group_size = :r.groupSize, "
            + "issues_mask = :r.issuesMask, mood = :r.mood, feedback = :r.feedback, original_text = :r.originalText, "
            + "updated_at = :at, operator = :operator, version = version + 1 WHERE id = :r.id AND version = :r.version")
    int[] updateAll(@BindMethods("r") List<ReportRow> rows, @Bind("at") LocalDateTime at, @Bind("operator") String operator);

    @SqlBatch("INSERT INTO report_source (source_key, report_id, import_id) VALUES (:key, :reportId, :importId)")
    void addSources(@Bind("key") List<String> keys, @Bind("reportId") List<Long> reportIds, @Bind("importId") Long importId);

    /**
     * The keys among these that were merged into a report or queued for review. A report's own key (report.source_key)
     * is not indexed — a random 64-character key cost most of an import's writes (decision 0018) — so it is compared
     * with the one report it could belong to: the stored report of the same volunteer and day.
     */
    @SqlQuery("SELECT source_key FROM report_source WHERE source_key IN (<keys>) "
            + "UNION ALL SELECT source_key FROM review_queue WHERE source_key IN (<keys>)")
    List<String> knownKeys(@BindList("keys") List<String> keys);

    /** A day's reports of a run of volunteer ids, on report(report_date, volunteer_id, …): that range and no more. */
    @SqlQuery("SELECT " + COLS + " FROM report WHERE report_date = :day AND volunteer_id BETWEEN :lo AND :hi")
    List<ReportRow> ofVolunteerRun(@Bind("day") LocalDate day, @Bind("lo") long lo, @Bind("hi") long hi);

    /** Booths in a run of ids whose committed roll-up for the day counts a report, on report_rollup(report_day, unit_id). */
    @SqlQuery("SELECT unit_id FROM report_rollup WHERE report_day = :day AND unit_id BETWEEN :lo AND :hi AND reported_volunteers > 0")
    List<Long> boothsReportedInRun(@Bind("day") LocalDate day, @Bind("lo") long lo, @Bind("hi") long hi);

    @SqlQuery(VOL + "WHERE v.phone IN (<phones>)")
    List<VolunteerRef> volunteersByPhone(@BindList("phones") List<String> phones);

    @SqlUpdate("INSERT INTO report_source (source_key, report_id, import_id) VALUES (:key, :reportId, :importId)")
    void addSource(@Bind("key") String key, @Bind("reportId") long reportId, @Bind("importId") Long importId);

    /** Whether the booth's committed roll-up for the day counts a report (the booth is its own roll-up unit). */
    @SqlQuery("SELECT COUNT(*) FROM report_rollup WHERE unit_id = :boothId AND report_day = :day AND reported_volunteers > 0")
    int boothReported(@Bind("boothId") long boothId, @Bind("day") LocalDate day);

    @SqlQuery("SELECT COUNT(*) FROM report")
    long count();

    @SqlQuery("SELECT volunteer_id FROM report WHERE report_date = :day AND volunteer_id IN (<ids>)")
    List<Long> reportedAmong(@Bind("day") LocalDate day, @BindList("ids") List<Long> volunteerIds);

    @SqlQuery(VOL + "WHERE v.id = :id")
    Optional<VolunteerRef> volunteer(@Bind("id") long id);

    @SqlQuery(VOL + "WHERE v.phone = :phone")
    Optional<VolunteerRef> volunteerByPhone(@Bind("phone") String phone);

    /** Active booth volunteers by name (any case) at booths with this part number, inside a path prefix. */
    @SqlQuery(VOL + "WHERE u.kind = 'BOOTH' AND u.number = :part AND u.path LIKE :prefix AND v.active = TRUE "
            + "AND v.role = 'BOOTH_IT' AND LOWER(v.name) = :lowerName ORDER BY v.id LIMIT 20")
    List<VolunteerRef> boothVolunteersNamed(@Bind("part") int part, @Bind("prefix") String pathPrefix,
                                            @Bind("lowerName") String lowerName);

    /** Active booth volunteers by name prefix under a path (no kind test: it would steer H2 off the path index). */
    @SqlQuery(VOL + "WHERE u.path LIKE :prefix AND v.active = TRUE AND v.role = 'BOOTH_IT' "
            + "AND (LOWER(v.name) LIKE :start ESCAPE '!' OR LOWER(v.name) LIKE :word ESCAPE '!') ORDER BY v.name, v.id LIMIT :limit")
    List<VolunteerRef> boothVolunteersByName(@Bind("prefix") String pathPrefix, @Bind("start") String start,
                                             @Bind("word") String word, @Bind("limit") int limit);

    @SqlQuery("SELECT id FROM unit WHERE code = :code")
    Optional<Long> unitIdByCode(@Bind("code") String code);

    @SqlQuery("SELECT number FROM unit WHERE kind = 'ASSEMBLY' AND (LOWER(name_en) = :lower OR name_hi = :name) ORDER BY number")
    List<Integer> seatNumbersNamed(@Bind("lower") String lowerName, @Bind("name") String name);
}
