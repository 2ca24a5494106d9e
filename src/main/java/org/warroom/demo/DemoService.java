package org.warroom.demo;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.BiConsumer;
import org.jdbi.v3.core.Handle;
import org.warroom.geography.GeographyCatalog;
import org.warroom.geography.GeographyService;
import org.warroom.geography.OrgBuilder;
import org.warroom.geography.OrgPlan;
import org.warroom.org.CoverageRollup;
import org.warroom.people.PhoneNumbers;
import org.warroom.people.Role;
import org.warroom.platform.audit.Actor;
import org.warroom.platform.audit.AuditLog;
import org.warroom.platform.db.Database;

/**
 * Builds a demo database: the organisation of a preset and synthetic people on it, with uneven coverage so the
 * tree shows strong and weak seats. Same preset and seed, same data. Phone numbers are from +91 50…, a range
 * that is not allocated in India, so no demo number can reach a person.
 */
public final class DemoService {
    /** What was built. */
    public record Result(OrgBuilder.Result org, long volunteers, long groups, long lists, long rows, long millis) { }

    private final Database db;
    private final AuditLog audit;
    private final Actor actor;

    public DemoService(Database db, AuditLog audit, Actor actor) {
        this.db = db;
        this.audit = audit;
        this.actor = actor;
    }

    public Result build(DemoPreset preset, long seed, boolean replace, BiConsumer<Long, Long> progress) {
        long start = System.nanoTime();
        GeographyCatalog geo = GeographyCatalog.shipped();
        Map<Integer, String[]> orgDistricts = preset.orgDistrictFile() == null ? Map.of() : geo.orgDistricts(preset.orgDistrictFile());
        OrgPlan plan = new OrgPlan(preset.seats(), preset.booths(), preset.mandals(), orgDistricts);
        Result result = db.jdbi().inTransaction(h -> {
            GeographyService.prepare(h, replace);
            OrgBuilder builder = new OrgBuilder(geo, plan);
            // the tree is about a third of the work, the people two thirds
            OrgBuilder.Result org = builder.build(h, (done, total) -> progress.accept(done / 3, total));
            long[] counts = people(h, builder, seed, (done, total) -> progress.accept(total / 3 + done * 2 / 3, total));
            CoverageRollup.rebuild(h);
            CoverageRollup.notice(h, 0);
            h.execute("DELETE FROM app_setting WHERE name = 'demo.preset'");
            h.createUpdate("INSERT INTO app_setting (name, val) VALUES ('demo.preset', :v)")
                    .bind("v", preset.name().toLowerCase() + " seed " + seed).execute();
            audit.record(h, actor, "DEMO", "database", null, null, "preset " + preset + ", seed " + seed + ": "
                    + org.booths() + " booths, " + counts[0] + " synthetic volunteers");
            return new Result(org, counts[0], counts[1], counts[2], org.rows() + counts[3], 0);
        });
        db.checkpoint();
        return new Result(result.org(), result.volunteers(), result.groups(), result.lists(), result.rows(),
                (System.nanoTime() - start) / 1_000_000);
    }

    private long[] people(Handle h, OrgBuilder b, long seed, BiConsumer<Long, Long> progress) {
        SplittableRandom rnd = new SplittableRandom(seed);
        // each seat has a strength, so some seats are well covered and some are not
        Map<Integer, Double> strength = new HashMap<>();
        // and each mandal varies around its seat, so some mandals have gone quiet
        Map<Long, Double> mandalFactor = new HashMap<>();
        LocalDate today = LocalDate.now();
        long volunteers = 0;
        long groups = 0;
        long lists = 0;
        long rows = 0;
        try {
            Connection c = h.getConnection();
            try (PreparedStatement v = c.prepareStatement("INSERT INTO volunteer (id, unit_id, name, phone, role, wing_id, "
                    + "consent_date, active, synthetic, version, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, TRUE, 0, ?)");
                 PreparedStatement g = c.prepareStatement("INSERT INTO whatsapp_group (booth_id, name, members, target, version) "
                         + "VALUES (?, ?, ?, 150, 0)");
                 PreparedStatement l = c.prepareStatement("INSERT INTO broadcast_list (id, seat_id, name, members, version) "
                         + "VALUES (?, ?, ?, ?, 0)")) {
                Timestamp now = Timestamp.from(Instant.now());
                long id = 1;
                int pending = 0;
                List<OrgBuilder.BuiltBooth> booths = b.booths();
                for (int i = 0; i < booths.size(); i++) {
                    OrgBuilder.BuiltBooth booth = booths.get(i);
                    double s = strength.computeIfAbsent(booth.seatNo(), k -> 0.15 + 0.85 * rnd.nextDouble());
                    double mf = mandalFactor.computeIfAbsent(booth.mandalId(), k -> 0.6 + 0.8 * rnd.nextDouble());
                    int n = poisson(rnd, 9.5 * s * mf);
                    for (int k = 0; k < n; k++) {
                        add(v, id, booth.id(), Role.BOOTH_IT, rnd, today, now, s);
                        id++;
                        pending++;
                    }
                    if (rnd.nextDouble() < 0.35 + 0.6 * s) {
                        g.setLong(1, booth.id());
                        g.setString(2, "Booth " + booth.id() + " group");
                        g.setInt(3, (int) Math.max(3, Math.min(256, Math.round(150 * s + rnd.nextGaussian() * 30))));
                        g.addBatch();
                        groups++;
                        pending++;
                    }
                    if (pending >= 5000) {
                        v.executeBatch();
                        g.executeBatch();
                        rows += pending;
                        pending = 0;
                        progress.accept((long) i, (long) booths.size());
                    }
                }
                for (Map.Entry<Long, Integer> m : b.mandals().entrySet()) {
                    double s = strength.getOrDefault(m.getValue(), 0.7);
                    int n = Math.min(7, poisson(rnd, 7.5 * s));
                    for (int k = 0; k < n; k++) {
                        add(v, id++, m.getKey(), Role.MANDAL_IT, rnd, today, now, s);
                        pending++;
                    }
                }
                for (long d : b.districtIds()) {
                    int n = 8 + rnd.nextInt(8);
                    for (int k = 0; k < n; k++) {
                        add(v, id++, d, Role.DISTRICT_IT, rnd, today, now, 0.9);
                        pending++;
                    }
                    add(v, id++, d, Role.IT_CONVENOR, rnd, today, now, 1.0);
                    add(v, id++, d, Role.SOCIAL_MEDIA_CONVENOR, rnd, today, now, 1.0);
                    pending += 2;
                }
                long listId = 1;
                for (long seat : b.seatIds()) {
                    int n = 2 + rnd.nextInt(5);
                    for (int k = 0; k < n; k++) {
                        l.setLong(1, listId++);
                        l.setLong(2, seat);
                        l.setString(3, "List " + (k + 1));
                        l.setInt(4, k < n - 1 ? 256 : 40 + rnd.nextInt(217));
                        l.addBatch();
                        lists++;
                        pending++;
                    }
                }
                v.executeBatch();
                g.executeBatch();
                l.executeBatch();
                rows += pending;
                volunteers = id - 1;
                h.execute("ALTER TABLE volunteer ALTER COLUMN id RESTART WITH " + id);
                h.execute("ALTER TABLE broadcast_list ALTER COLUMN id RESTART WITH " + listId);
                progress.accept((long) booths.size(), (long) booths.size());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Writing demo people failed: " + e.getMessage(), e);
        }
        return new long[] {volunteers, groups, lists, rows};
    }

    private static void add(PreparedStatement v, long id, long unit, Role role, SplittableRandom rnd, LocalDate today,
                            Timestamp now, double strength) throws SQLException {
        v.setLong(1, id);
        v.setLong(2, unit);
        v.setString(3, SyntheticNames.next(rnd));
        v.setString(4, PhoneNumbers.demo(id));
        v.setString(5, role.name());
        v.setInt(6, rnd.nextDouble() < 0.85 ? 1 : 2 + rnd.nextInt(8));
        v.setDate(7, Date.valueOf(today.minusDays(1 + rnd.nextInt(700))));
        v.setBoolean(8, rnd.nextDouble() < 0.8 + 0.2 * strength);
        v.setTimestamp(9, now);
        v.addBatch();
    }

    private static int poisson(SplittableRandom rnd, double lambda) {
        double l = Math.exp(-lambda);
        double p = 1.0;
        int k = 0;
        do {
            k++;
            p *= rnd.nextDouble();
        } while (p > l);
        return k - 1;
    }
}
