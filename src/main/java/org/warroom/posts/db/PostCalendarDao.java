package org.warroom.posts.db;

import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.warroom.posts.Post;
import org.warroom.posts.SlotCount;

/** The calendar's reads: posts counted per slot and category in one grouped query, and the posts of one slot. */
@RegisterConstructorMapper(SlotCount.class)
@RegisterConstructorMapper(Post.class)
public interface PostCalendarDao {
    // uses the post_slot (slot_date, slot_no) index; cancelled and rejected posts fill nothing
    @SqlQuery("SELECT slot_date, slot_no, category, status, COUNT(*) AS posts FROM post "
            + "WHERE slot_date BETWEEN :from AND :to AND slot_no IS NOT NULL AND status NOT IN ('CANCELLED', 'REJECTED') "
            + "GROUP BY slot_date, slot_no, category, status")
    List<SlotCount> counts(@Bind("from") LocalDate from, @Bind("to") LocalDate to);

    @SqlQuery("SELECT " + PostDao.COLS + " FROM post WHERE slot_date = :date AND slot_no = :slot ORDER BY id")
    List<Post> inSlot(@Bind("date") LocalDate date, @Bind("slot") int slotNo);
}
