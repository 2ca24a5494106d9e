package org.warroom.posts.db;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** What paid promotion cost, per post and assembly seat (election expenditure is accounted per constituency). */
@RegisterConstructorMapper(PaidCostDao.CostRow.class)
public interface PaidCostDao {
    /** One post's cost in one seat, with the post's certificate for the report. */
    record CostRow(long postId, String title, String precertNo, java.time.LocalDate precertDate, int acNo, long amountPaise) {
    }

    @SqlUpdate("DELETE FROM paid_cost WHERE post_id = :id")
    void deleteFor(@Bind("id") long postId);

    @SqlUpdate("INSERT INTO paid_cost (post_id, ac_no, amount_paise) VALUES (:id, :seat, :paise)")
    void insert(@Bind("id") long postId, @Bind("seat") int acNo, @Bind("paise") long paise);

    @SqlQuery("SELECT c.post_id, p.title, p.precert_no, p.precert_date, c.ac_no, c.amount_paise FROM paid_cost c "
            + "JOIN post p ON p.id = c.post_id ORDER BY c.post_id, c.ac_no")
    List<CostRow> all();
}
