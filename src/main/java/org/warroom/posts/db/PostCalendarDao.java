package org.warroom.posts.db;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.UseRowMapper;
import org.warroom.posts.Post;
import org.warroom.posts.SlotCount;

/** The calendar's reads: posts counted per slot and category in one grouped query, the posts of one slot or one day. */
@RegisterConstructorMapper(SlotCount.class)
@RegisterConstructorMapper(Post.class)
@RegisterConstructorMapper(PostDao.PostRef.class)
public interface PostCalendarDao {
    // uses the post_slot (slot_date, slot_no) index; cancelled and rejected posts fill nothing
    @SqlQuery("SELECT slot_date, slot_no, category, status, COUNT(*) AS posts FROM post "
            + "WHERE slot_date BETWEEN :from AND :to AND slot_no IS NOT NULL AND status NOT IN ('CANCELLED', 'REJECTED') "
            + "GROUP BY slot_date, slot_no, category, status")
    List<SlotCount> counts(@Bind("from") LocalDate from, @Bind("to") LocalDate to);

    @SqlQuery("SELECT " + PostDao.COLS + " FROM post WHERE slot_date = :date AND slot_no = :slot ORDER BY id")
    List<Post> inSlot(@Bind("date") LocalDate date, @Bind("slot") int slotNo);

    /** A live post of a day with one of its target units (null when it has none): one row per post and target. */
    record DayRow(Post post, Long targetId) {
    }

    /** The day view's one query: the day's live posts with their targets, by slot and id, over the post_slot index. */
    @SqlQuery("SELECT p.*, t.unit_id AS target_id FROM (SELECT " + PostDao.COLS + " FROM post WHERE slot_date = :date "
            + "AND slot_no IS NOT NULL AND status NOT IN ('CANCELLED', 'REJECTED')) p "
            + "LEFT JOIN post_target t ON t.post_id = p.id ORDER BY p.slot_no, p.id, t.unit_id")
    @UseRowMapper(DayRowMapper.class)
    List<DayRow> day(@Bind("date") LocalDate date);

    /** Seats left out of the day's scheduled posts by a confirmation (usually none). */
    @SqlQuery("SELECT e.post_id, e.ac_no AS ref FROM post_excluded_seat e JOIN post p ON p.id = e.post_id "
            + "WHERE p.slot_date = :date ORDER BY e.post_id, e.ac_no")
    List<PostDao.PostRef> excludedOn(@Bind("date") LocalDate date);

    /** Maps a day row: the post as the constructor mapper reads it, and the target's id. */
    final class DayRowMapper implements RowMapper<DayRow> {
        private final RowMapper<Post> post = ConstructorMapper.of(Post.class);

        @Override
        public DayRow map(ResultSet rs, StatementContext ctx) throws SQLException {
            return specialize(rs, ctx).map(rs, ctx);
        }

        @Override
        public RowMapper<DayRow> specialize(ResultSet rs, StatementContext ctx) throws SQLException {
            RowMapper<Post> posts = post.specialize(rs, ctx);
            return (r, c) -> {
                long target = r.getLong("target_id");
                return new DayRow(posts.map(r, c), r.wasNull() ? null : target);
            };
        }
    }
}
