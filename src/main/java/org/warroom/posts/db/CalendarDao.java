package org.warroom.posts.db;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.warroom.posts.PollPhase;

/** The poll calendar: each seat's poll date and closing hour, the MCC's start, and the import revision. */
@RegisterConstructorMapper(PollPhase.class)
public interface CalendarDao {
    @SqlQuery("SELECT ac_no, poll_date, poll_close FROM poll_phase ORDER BY ac_no")
    List<PollPhase> phases();

    @SqlUpdate("DELETE FROM poll_phase")
    int deletePhases();

    @SqlBatch("INSERT INTO poll_phase (ac_no, poll_date, poll_close) VALUES (:p.acNo, :p.pollDate, :p.pollClose)")
    void insertPhases(@BindMethods("p") List<PollPhase> phases);

    @SqlQuery("SELECT start_date FROM mcc")
    Optional<LocalDate> mcc();

    @SqlUpdate("DELETE FROM mcc")
    void deleteMcc();

    @SqlUpdate("INSERT INTO mcc (start_date) VALUES (:d)")
    void insertMcc(@Bind("d") LocalDate start);

    @SqlQuery("SELECT revision FROM calendar_revision WHERE id = 1")
    long revision();

    @SqlUpdate("UPDATE calendar_revision SET revision = revision + 1 WHERE id = 1")
    void bumpRevision();
}
