package org.warroom.posts.db;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.warroom.posts.ReleaseLogEntry;

/** The release log: one row per released post, district and channel, claimed by one dispatcher at a time. */
@RegisterConstructorMapper(ReleaseLogEntry.class)
public interface ReleaseLogDao {
    String COLS = "id, post_id, unit_id, unit_code, channel, status, attempts, reason, idempotency_key, slot_date, slot_no, "
            + "seats, excluded_seats, target_units, reach_units, pack_path, created_at, next_attempt_at, deliver_by, "
            + "last_attempt_at, done_at";

    /** A row as planned in the release's transaction. */
    record Planned(long postId, long unitId, String unitCode, String channel, String status, String reason,
                   String idempotencyKey, java.time.LocalDate slotDate, int slotNo, String seats, String excludedSeats,
                   String targetUnits, String reachUnits, Instant createdAt, Instant deliverBy, Instant doneAt) {
    }

    /** What an attempt left: the new status, attempts so far, reason, pack folder and times. */
    record Result(long id, String status, String reason, String packPath, String seats, String excludedSeats,
                  Instant nextAttemptAt, Instant doneAt, boolean attempted) {
        public Result(long id, String status, String reason, String packPath, String seats, String excludedSeats,
                      Instant nextAttemptAt, Instant doneAt) {
            this(id, status, reason, packPath, seats, excludedSeats, nextAttemptAt, doneAt, true);
        }

        /** The same result, reached without an attempt (the row was past its deadline). */
        public Result unattempted() {
            return new Result(id, status, reason, packPath, seats, excludedSeats, nextAttemptAt, doneAt, false);
        }
    }

    @SqlBatch("INSERT INTO release_log (post_id, unit_id, unit_code, channel, status, attempts, reason, idempotency_key, "
            + "slot_date, slot_no, seats, excluded_seats, target_units, reach_units, created_at, next_attempt_at, deliver_by, "
            + "done_at) VALUES (:p.postId, :p.unitId, :p.unitCode, :p.channel, :p.status, 0, :p.reason, :p.idempotencyKey, "
            + ":p.slotDate, :p.slotNo, :p.seats, :p.excludedSeats, :p.targetUnits, :p.reachUnits, :p.createdAt, :p.createdAt, "
            + ":p.deliverBy, :p.doneAt)")
    void insert(@BindMethods("p") Collection<Planned> rows);

    @SqlQuery("SELECT " + COLS + " FROM release_log WHERE post_id = :post ORDER BY unit_code, channel")
    List<ReleaseLogEntry> ofPost(@Bind("post") long postId);

    @SqlQuery("SELECT " + COLS + " FROM release_log WHERE id = :id")
    Optional<ReleaseLogEntry> byId(@Bind("id") long id);

    /** Rows whose attempt is due, and rows whose attempt was left half-way by a console that stopped (the lease ran out). */
    @SqlQuery("SELECT id FROM release_log WHERE (status = 'PENDING' AND next_attempt_at <= :now) "
            + "OR (status = 'SENDING' AND last_attempt_at < :stale) ORDER BY post_id, channel, unit_code LIMIT :limit")
    List<Long> due(@Bind("now") Instant now, @Bind("stale") Instant stale, @Bind("limit") int limit);

    /**
     * Claims rows for one attempt under a token; a row another dispatcher claimed meanwhile is not taken. The
     * caller then reads back what it holds with {@link #claimed}.
     */
    @SqlUpdate("UPDATE release_log SET status = 'SENDING', claim_token = :token, attempts = attempts + 1, "
            + "last_attempt_at = :now WHERE id IN (<ids>) AND ((status = 'PENDING' AND next_attempt_at <= :now) "
            + "OR (status = 'SENDING' AND last_attempt_at < :stale))")
    int claim(@BindList("ids") Collection<Long> ids, @Bind("token") String token, @Bind("now") Instant now,
              @Bind("stale") Instant stale);

    @SqlQuery("SELECT " + COLS + " FROM release_log WHERE claim_token = :token AND status = 'SENDING' "
            + "ORDER BY post_id, channel, unit_code")
    List<ReleaseLogEntry> claimed(@Bind("token") String token);

    /** Records an attempt's result, only while this dispatcher still holds the row. */
    @SqlBatch("UPDATE release_log SET status = :r.status, reason = :r.reason, pack_path = COALESCE(:r.packPath, pack_path), "
            + "seats = :r.seats, excluded_seats = :r.excludedSeats, next_attempt_at = :r.nextAttemptAt, "
            + "done_at = :r.doneAt, claim_token = NULL WHERE id = :r.id AND claim_token = :token AND status = 'SENDING'")
    int[] finish(@BindMethods("r") Collection<Result> results, @Bind("token") String token);

    /** Gives failed (or stuck) rows of a post another round, as a person decided. */
    @SqlUpdate("UPDATE release_log SET status = 'PENDING', attempts = 0, next_attempt_at = :now, deliver_by = :by, "
            + "reason = :note, claim_token = NULL WHERE post_id = :post AND (status = 'FAILED' OR "
            + "(status = 'PENDING' AND deliver_by < :now))")
    int redeliver(@Bind("post") long postId, @Bind("now") Instant now, @Bind("by") Instant deliverBy, @Bind("note") String note);

    @SqlQuery("SELECT COUNT(*) FROM release_log WHERE status IN ('PENDING', 'SENDING')")
    long unfinished();

    /** The earliest next attempt of a pending row; null when none is pending. */
    @SqlQuery("SELECT MIN(next_attempt_at) FROM release_log WHERE status = 'PENDING'")
    Instant nextAttempt();
}
