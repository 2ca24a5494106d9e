package org.warroom.people.db;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.warroom.people.BroadcastList;
import org.warroom.people.Volunteer;
import org.warroom.people.VolunteerDraft;
import org.warroom.people.WhatsAppGroup;
import org.warroom.people.Wing;

/** Volunteers, wings, booth groups and seat broadcast lists. */
@RegisterConstructorMapper(Volunteer.class)
@RegisterConstructorMapper(WhatsAppGroup.class)
@RegisterConstructorMapper(BroadcastList.class)
@RegisterConstructorMapper(Wing.class)
public interface VolunteerDao {
    String COLS = "id, unit_id, name, phone, role, wing_id, consent_date, active, synthetic, version";

    @SqlQuery("SELECT " + COLS + " FROM volunteer WHERE unit_id = :unitId ORDER BY active DESC, role, name")
    List<Volunteer> ofUnit(@Bind("unitId") long unitId);

    @SqlQuery("SELECT " + COLS + " FROM volunteer WHERE id = :id")
    Optional<Volunteer> byId(@Bind("id") long id);

    @SqlQuery("SELECT " + COLS + " FROM volunteer WHERE phone = :phone")
    Optional<Volunteer> byPhone(@Bind("phone") String phone);

    @SqlUpdate("INSERT INTO volunteer (unit_id, name, phone, role, wing_id, consent_date, active, synthetic, version, updated_at) "
            + "VALUES (:d.unitId, :d.name, :phone, :d.role, :d.wingId, :d.consentDate, :d.active, FALSE, 0, CURRENT_TIMESTAMP)")
    @GetGeneratedKeys("id")
    long insert(@BindMethods("d") VolunteerDraft draft, @Bind("phone") String phone);

    @SqlUpdate("UPDATE volunteer SET unit_id = :d.unitId, name = :d.name, phone = :phone, role = :d.role, wing_id = :d.wingId, "
            + "consent_date = :d.consentDate, active = :d.active, version = version + 1, updated_at = CURRENT_TIMESTAMP "
            + "WHERE id = :id AND version = :version")
    int update(@Bind("id") long id, @Bind("version") int version, @BindMethods("d") VolunteerDraft draft, @Bind("phone") String phone);

    @SqlQuery("SELECT COUNT(*) FROM volunteer")
    long count();

    @SqlQuery("SELECT COUNT(*) FROM volunteer WHERE active = TRUE")
    long countActive();

    @SqlQuery("SELECT id, code, name_en, name_hi, active FROM wing ORDER BY id")
    List<Wing> wings();

    @SqlQuery("SELECT booth_id, name, members, target, version FROM whatsapp_group WHERE booth_id = :boothId")
    Optional<WhatsAppGroup> group(@Bind("boothId") long boothId);

    @SqlUpdate("INSERT INTO whatsapp_group (booth_id, name, members, target, version) VALUES (:boothId, :name, :members, 150, 0)")
    void insertGroup(@Bind("boothId") long boothId, @Bind("name") String name, @Bind("members") int members);

    @SqlUpdate("UPDATE whatsapp_group SET name = :name, members = :members, version = version + 1 WHERE booth_id = :boothId AND version = :version")
    int updateGroup(@Bind("boothId") long boothId, @Bind("version") int version, @Bind("name") String name, @Bind("members") int members);

    @SqlQuery("SELECT id, seat_id, name, members, version FROM broadcast_list WHERE seat_id = :seatId ORDER BY name")
    List<BroadcastList> lists(@Bind("seatId") long seatId);

    @SqlQuery("SELECT id, seat_id, name, members, version FROM broadcast_list WHERE id = :id")
    Optional<BroadcastList> list(@Bind("id") long id);

    @SqlUpdate("INSERT INTO broadcast_list (seat_id, name, members, version) VALUES (:seatId, :name, :members, 0)")
    @GetGeneratedKeys("id")
    long insertList(@Bind("seatId") long seatId, @Bind("name") String name, @Bind("members") int members);

    @SqlUpdate("UPDATE broadcast_list SET name = :name, members = :members, version = version + 1 WHERE id = :id AND version = :version")
    int updateList(@Bind("id") long id, @Bind("version") int version, @Bind("name") String name, @Bind("members") int members);
}
