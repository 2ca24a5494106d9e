package org.warroom.reports.db;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Chat messages kept for an operator to decide on. */
@RegisterConstructorMapper(QueueRow.class)
public interface QueueDao {
    String COLS = "id, source_key, import_id, line, author, author_kind, sent_at, text, reason, booth_id, status, volunteer_id, report_id";

    @SqlUpdate("INSERT INTO review_queue (source_key, import_id, line, author, author_kind, sent_at, text, reason, booth_id, "
            + "status, volunteer_id, updated_at, operator) VALUES (:q.sourceKey, :q.importId, :q.line, :q.author, :q.authorKind, "
            + ":q.sentAt, :q.text, :q.reason, :q.boothId, 'OPEN', :q.volunteerId, :at, :operator)")
    @GetGeneratedKeys("id")
    long insert(@BindMethods("q") QueueRow row, @Bind("at") LocalDateTime at, @Bind("operator") String operator);

    @SqlQuery("SELECT " + COLS + " FROM review_queue WHERE id = :id")
    Optional<QueueRow> byId(@Bind("id") long id);

    @SqlQuery("SELECT " + COLS + " FROM review_queue WHERE status = :status ORDER BY id LIMIT :limit")
    List<QueueRow> byStatus(@Bind("status") String status, @Bind("limit") int limit);

    @SqlQuery("SELECT COUNT(*) FROM review_queue WHERE status = :status")
    long count(@Bind("status") String status);

    @SqlUpdate("UPDATE review_queue SET status = :status, volunteer_id = COALESCE(:volunteerId, volunteer_id), "
            + "report_id = COALESCE(:reportId, report_id), updated_at = :at, operator = :operator WHERE id = :id AND status = 'OPEN'")
    int decide(@Bind("id") long id, @Bind("status") String status, @Bind("volunteerId") Long volunteerId,
               @Bind("reportId") Long reportId, @Bind("at") LocalDateTime at, @Bind("operator") String operator);
}
