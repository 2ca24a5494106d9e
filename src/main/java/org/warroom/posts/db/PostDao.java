package org.warroom.posts.db;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
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
import org.warroom.posts.Post;
import org.warroom.posts.PostHistoryEntry;
import org.warroom.posts.StoredAttachment;

/** Posts and what hangs off them: targets, channels, attachments, excluded seats, history. */
@RegisterConstructorMapper(Post.class)
@RegisterConstructorMapper(StoredAttachment.class)
@RegisterConstructorMapper(PostHistoryEntry.class)
@RegisterConstructorMapper(PostDao.ClashRow.class)
@RegisterConstructorMapper(PostDao.PostRef.class)
@RegisterConstructorMapper(PostDao.PostChannel.class)
@RegisterConstructorMapper(PostDao.PostFile.class)
public interface PostDao {
    String COLS = "id, title, body_hi, body_en, category, author_id, editor_id, status, slot_date, slot_no, scheduled_at, "
            + "released_at, paid, precert_no, precert_date, version, created_at, updated_at";

    /** A post's text and settings as the service has checked them. */
    record Text(String title, String bodyHi, String bodyEn, String category, LocalDate slotDate, Integer slotNo,
                boolean paid, String precertNo, LocalDate precertDate) {
        public Text withCategory(String code) {
            return new Text(title, bodyHi, bodyEn, code, slotDate, slotNo, paid, precertNo, precertDate);
        }
    }

    /** Another post sharing a slot and a target unit. */
    record ClashRow(long postId, String title, LocalDate slotDate, int slotNo, long unitId) {
    }

    @SqlUpdate("INSERT INTO post (title, body_hi, body_en, category, author_id, editor_id, status, slot_date, slot_no, "
            + "paid, precert_no, precert_date, version, created_at, updated_at) VALUES (:t.title, :t.bodyHi, :t.bodyEn, "
            + ":t.category, :author, :author, :status, :t.slotDate, :t.slotNo, :t.paid, :t.precertNo, :t.precertDate, 0, :now, :now)")
    @GetGeneratedKeys("id")
    long insert(@BindMethods("t") Text text, @Bind("author") long authorId, @Bind("status") String status,
                @Bind("now") Instant now);

    @SqlQuery("SELECT " + COLS + " FROM post WHERE id = :id")
    Optional<Post> byId(@Bind("id") long id);

    @SqlQuery("SELECT " + COLS + " FROM post ORDER BY COALESCE(slot_date, CAST(created_at AS DATE)), COALESCE(slot_no, 0), id")
    List<Post> all();

    @SqlQuery("SELECT " + COLS + " FROM post WHERE status = :status "
            + "ORDER BY COALESCE(slot_date, CAST(created_at AS DATE)), COALESCE(slot_no, 0), id")
    List<Post> withStatus(@Bind("status") String status);

    @SqlQuery("SELECT " + COLS + " FROM post WHERE status = 'SCHEDULED' AND scheduled_at <= :now ORDER BY scheduled_at, id")
    List<Post> scheduledBy(@Bind("now") Instant now);

    /** Saves an edit; scheduling is undone (the status says whether it must be approved again). */
    @SqlUpdate("UPDATE post SET title = :t.title, body_hi = :t.bodyHi, body_en = :t.bodyEn, category = :t.category, "
            + "slot_date = :t.slotDate, slot_no = :t.slotNo, paid = :t.paid, precert_no = :t.precertNo, "
            + "precert_date = :t.precertDate, status = :status, editor_id = :editor, scheduled_at = NULL, "
            + "version = version + 1, updated_at = :now WHERE id = :id AND version = :version")
    int updateText(@Bind("id") long id, @Bind("version") int version, @BindMethods("t") Text text,
                   @Bind("status") String status, @Bind("editor") long editorId, @Bind("now") Instant now);

    @SqlUpdate("UPDATE post SET status = :status, version = version + 1, updated_at = :now WHERE id = :id AND version = :version")
    int setStatus(@Bind("id") long id, @Bind("version") int version, @Bind("status") String status, @Bind("now") Instant now);

    @SqlUpdate("UPDATE post SET status = 'SCHEDULED', slot_date = :date, slot_no = :slot, scheduled_at = :at, "
            + "version = version + 1, updated_at = :now WHERE id = :id AND version = :version")
    int schedule(@Bind("id") long id, @Bind("version") int version, @Bind("date") LocalDate date, @Bind("slot") int slot,
                 @Bind("at") Instant at, @Bind("now") Instant now);

    /** Moves the slot a post still in the workflow plans for; its status stays. */
    @SqlUpdate("UPDATE post SET slot_date = :date, slot_no = :slot, version = version + 1, updated_at = :now "
            + "WHERE id = :id AND version = :version AND status IN ('DRAFT', 'SUBMITTED', 'APPROVED')")
    int plan(@Bind("id") long id, @Bind("version") int version, @Bind("date") LocalDate date, @Bind("slot") int slot,
             @Bind("now") Instant now);

    @SqlUpdate("UPDATE post SET status = 'RELEASED', released_at = :now, version = version + 1, updated_at = :now "
            + "WHERE id = :id AND version = :version")
    int release(@Bind("id") long id, @Bind("version") int version, @Bind("now") Instant now);

    @SqlQuery("SELECT unit_id FROM post_target WHERE post_id = :id ORDER BY unit_id")
    List<Long> targets(@Bind("id") long id);

    @SqlBatch("INSERT INTO post_target (post_id, unit_id) VALUES (:id, :unit)")
    void insertTargets(@Bind("id") long id, @Bind("unit") Collection<Long> units);

    @SqlUpdate("DELETE FROM post_target WHERE post_id = :id")
    void deleteTargets(@Bind("id") long id);

    @SqlQuery("SELECT channel FROM post_channel WHERE post_id = :id ORDER BY channel")
    List<String> channels(@Bind("id") long id);

    @SqlBatch("INSERT INTO post_channel (post_id, channel) VALUES (:id, :channel)")
    void insertChannels(@Bind("id") long id, @Bind("channel") Collection<String> channels);

    @SqlUpdate("DELETE FROM post_channel WHERE post_id = :id")
    void deleteChannels(@Bind("id") long id);

    @SqlQuery("SELECT ordinal, sha256, mime, bytes, stored_path, file_name FROM post_attachment WHERE post_id = :id ORDER BY ordinal")
    List<StoredAttachment> attachments(@Bind("id") long id);

    @SqlUpdate("INSERT INTO post_attachment (post_id, ordinal, sha256, mime, bytes, stored_path, file_name) "
            + "VALUES (:id, :a.ordinal, :a.sha256, :a.mime, :a.bytes, :a.storedPath, :a.fileName)")
    void insertAttachment(@Bind("id") long id, @BindMethods("a") StoredAttachment a);

    @SqlUpdate("DELETE FROM post_attachment WHERE post_id = :id")
    void deleteAttachments(@Bind("id") long id);

    @SqlQuery("SELECT ac_no FROM post_excluded_seat WHERE post_id = :id ORDER BY ac_no")
    List<Integer> excluded(@Bind("id") long id);

    @SqlBatch("INSERT INTO post_excluded_seat (post_id, ac_no, stage) VALUES (:id, :seat, :stage)")
    void insertExcluded(@Bind("id") long id, @Bind("seat") Collection<Integer> seats, @Bind("stage") String stage);

    @SqlUpdate("DELETE FROM post_excluded_seat WHERE post_id = :id")
    void deleteExcluded(@Bind("id") long id);

    @SqlUpdate("INSERT INTO post_history (post_id, at, operator_id, from_status, to_status, note) "
            + "VALUES (:id, :at, :operator, :from, :to, :note)")
    void insertHistory(@Bind("id") long id, @Bind("at") Instant at, @Bind("operator") Long operatorId,
                       @Bind("from") String from, @Bind("to") String to, @Bind("note") String note);

    @SqlQuery("SELECT id, post_id, at, operator_id, from_status, to_status, note FROM post_history WHERE post_id = :id ORDER BY id")
    List<PostHistoryEntry> history(@Bind("id") long id);

    // ---- in bulk, for releasing a slot's posts together (ids at most a thousand at a time)

    /** A post and one of its target units, seats or channels. */
    record PostRef(long postId, long ref) {
    }

    /** A post and one of its channels. */
    record PostChannel(long postId, String channel) {
    }

    /** A post's attachment. */
    record PostFile(long postId, int ordinal, String sha256, String mime, long bytes, String storedPath, String fileName) {
        public StoredAttachment attachment() {
            return new StoredAttachment(ordinal, sha256, mime, bytes, storedPath, fileName);
        }
    }

    @SqlQuery("SELECT " + COLS + " FROM post WHERE id IN (<ids>)")
    List<Post> byIds(@BindList("ids") Collection<Long> ids);

    @SqlQuery("SELECT post_id, unit_id AS ref FROM post_target WHERE post_id IN (<ids>) ORDER BY post_id, unit_id")
    List<PostRef> targetsOf(@BindList("ids") Collection<Long> ids);

    @SqlQuery("SELECT post_id, ac_no AS ref FROM post_excluded_seat WHERE post_id IN (<ids>) ORDER BY post_id, ac_no")
    List<PostRef> excludedOf(@BindList("ids") Collection<Long> ids);

    @SqlQuery("SELECT post_id, channel FROM post_channel WHERE post_id IN (<ids>) ORDER BY post_id, channel")
    List<PostChannel> channelsOf(@BindList("ids") Collection<Long> ids);

    @SqlQuery("SELECT post_id, ordinal, sha256, mime, bytes, stored_path, file_name FROM post_attachment "
            + "WHERE post_id IN (<ids>) ORDER BY post_id, ordinal")
    List<PostFile> attachmentsOf(@BindList("ids") Collection<Long> ids);

    /** Who approved each post, last approval last (the operator id; ref 0 never happens, approvals have a person). */
    @SqlQuery("SELECT post_id, operator_id AS ref FROM post_history WHERE to_status = 'APPROVED' AND operator_id IS NOT NULL "
            + "AND post_id IN (<ids>) ORDER BY id")
    List<PostRef> approvalsOf(@BindList("ids") Collection<Long> ids);

    /** Releases many posts, each only at the version read; the counts say which were changed meanwhile. */
    @SqlBatch("UPDATE post SET status = 'RELEASED', released_at = :now, version = version + 1, updated_at = :now "
            + "WHERE id = :id AND version = :version AND status = 'SCHEDULED'")
    int[] releaseAll(@Bind("id") List<Long> ids, @Bind("version") List<Integer> versions, @Bind("now") Instant now);

    @SqlBatch("INSERT INTO post_history (post_id, at, operator_id, from_status, to_status, note) "
            + "VALUES (:id, :at, NULL, 'SCHEDULED', 'RELEASED', :note)")
    void insertReleasedHistory(@Bind("id") List<Long> ids, @Bind("note") List<String> notes, @Bind("at") Instant at);

    @SqlQuery("SELECT p.id AS post_id, p.title, p.slot_date, p.slot_no, t.unit_id FROM post p "
            + "JOIN post_target t ON t.post_id = p.id WHERE p.slot_date = :date AND p.slot_no = :slot AND p.id <> :self "
            + "AND p.status NOT IN ('CANCELLED', 'REJECTED') AND t.unit_id IN (<units>) ORDER BY p.id, t.unit_id")
    List<ClashRow> clashes(@Bind("date") LocalDate date, @Bind("slot") int slot, @Bind("self") long self,
                           @BindList("units") Collection<Long> units);
}
