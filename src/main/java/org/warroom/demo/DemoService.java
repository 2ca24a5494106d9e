package org.warroom.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 *
 * <p>On H2 the build goes into side tables that are swapped in when complete (see {@link SideTables} and
 * docs/decisions/0002-bulk-load.md): batches commit as they go, yet no one ever sees half an organisation.
 */
public final class DemoService {
    private static final Logger LOG = LoggerFactory.getLogger(DemoService.class);

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

    /**
     * Cleans up after a build that was killed: drops its unfinished side tables, or finishes its swap if it had
     * got that far. Safe to call at any time; does nothing while another live process is building.
     */
    public static void recoverInterrupted(Database db) {
        if (db.isH2()) {
            db.jdbi().useHandle(SideTables::recover);
        }
    }

    public Result build(DemoPreset preset, long seed, boolean replace, BiConsumer<Long, Long> progress) {
        long start = System.nanoTime();
        Phases phases = new Phases(start);
        GeographyCatalog geo = GeographyCatalog.shipped();
        Map<Integer, String[]> orgDistricts = preset.orgDistrictFile() == null ? Map.of() : geo.orgDistricts(preset.orgDistrictFile());
        OrgPlan plan = new OrgPlan(preset.seats(), preset.booths(), preset.mandals(), orgDistricts);
        String what = "preset " + preset + ", seed " + seed;
        Result result = db.isH2() ? buildBeside(preset, seed, replace, plan, geo, what, progress, phases)
                : buildInPlace(preset, seed, replace, plan, geo, what, progress);
        db.checkpoint();
        phases.lap("checkpoint");
        long millis = (System.nanoTime() - start) / 1_000_000;
        LOG.info("demo {} built: {} rows in {} ms ({})", what, result.rows(), millis, phases);
        return new Result(result.org(), result.volunteers(), result.groups(), result.lists(), result.rows(), millis);
    }

    /** H2: load side tables with a commit per batch, then swap them in. */
    private Result buildBeside(DemoPreset preset, long seed, boolean replace, OrgPlan plan, GeographyCatalog geo,
                               String what, BiConsumer<Long, Long> progress, Phases phases) {
        return db.jdbi().withHandle(h -> {
            Connection c = h.getConnection();
            SideTables side = SideTables.begin(h, replace, "demo " + preset.name().toLowerCase() + " seed " + seed);
            try {
                phases.lap("side tables");
                c.setAutoCommit(false);
                OrgBuilder builder = new OrgBuilder(geo, plan).bulk(SideTables.SUFFIX, c);
                OrgBuilder.Result org = builder.build(h, (done, total) -> progress.accept(done / 3, total));
                phases.lap("tree");
                People people = new People(SideTables.SUFFIX, c, true);
                people.write(builder, seed, (done, total) -> progress.accept(total / 3 + done * 2 / 3, total));
                phases.lap("people");
                CoverageRollup.insert(h, "coverage" + SideTables.SUFFIX, people.totals);
                c.commit();
                c.setAutoCommit(true);
                phases.lap("coverage");
                side.finish(h);
                phases.lap("held-back indexes");
                side.swap(h, () -> finish(h, preset, seed, what, org, people.volunteers));
                phases.lap("swap");
                return result(org, people);
            } catch (SQLException e) {
                side.abandon(h);
                throw new IllegalStateException("Building the demo failed: " + e.getMessage(), e);
            } catch (RuntimeException | Error e) {
                side.abandon(h);
                throw e;
            }
        });
    }

    /** Other databases (PostgreSQL): everything in the caller's one transaction, as before. */
    private Result buildInPlace(DemoPreset preset, long seed, boolean replace, OrgPlan plan, GeographyCatalog geo,
                                String what, BiConsumer<Long, Long> progress) {
        return db.jdbi().inTransaction(h -> {
            GeographyService.prepare(h, replace);
            OrgBuilder builder = new OrgBuilder(geo, plan);
            // the tree is about a third of the work, the people two thirds
            OrgBuilder.Result org = builder.build(h, (done, total) -> progress.accept(done / 3, total));
            People people = new People("", h.getConnection(), false);
            people.write(builder, seed, (done, total) -> progress.accept(total / 3 + done * 2 / 3, total));
            CoverageRollup.rebuild(h);
            finish(h, preset, seed, what, org, people.volunteers);
            return result(org, people);
        });
    }

    /** The last, small transaction: the demo mark, the audit row and the notice that makes windows reload. */
    private void finish(Handle h, DemoPreset preset, long seed, String what, OrgBuilder.Result org, long volunteers) {
        CoverageRollup.notice(h, 0);
        h.execute("DELETE FROM app_setting WHERE name = 'demo.preset'");
        h.createUpdate("INSERT INTO app_setting (name, val) VALUES ('demo.preset', :v)")
                .bind("v", preset.name().toLowerCase() + " seed " + seed).execute();
        audit.record(h, actor, "DEMO", "database", null, null, what + ": " + org.booths() + " booths, "
                + volunteers + " synthetic volunteers");
    }

    private static Result result(OrgBuilder.Result org, People p) {
        return new Result(org, p.volunteers, p.groups, p.lists, org.rows() + p.rows, 0);
    }

    /** Synthetic people on a built tree, written in batches; counts what each unit holds for the coverage roll-up. */
    private static final class People {
        private final String suffix;
        private final Connection c;
        private final boolean commitEach;
        /** unit → {active volunteers, of them in team seats}, as {@link CoverageRollup#totals} wants it. */
        private final Map<Long, long[]> own = new HashMap<>();
        private final Map<Long, Integer> groupMembers = new HashMap<>();
        /** Every unit's coverage, summed on the generating thread while the last rows are written. */
        Map<Long, org.warroom.org.Coverage> totals;
        long volunteers;
        long groups;
        long lists;
        long rows;

        People(String suffix, Connection c, boolean commitEach) {
            this.suffix = suffix;
            this.c = c;
            this.commitEach = commitEach;
        }

        /** Makes the people on a second thread (names, phones, dates) while this thread writes them. */
        void write(OrgBuilder b, long seed, BiConsumer<Long, Long> progress) {
            long[] next = new long[2];
            try (Batches out = new Batches(c, suffix, commitEach);
                 OrgBuilder.Feed<Object> feed = new OrgBuilder.Feed<>("people-rows", Batches.BATCH, sink -> generate(b, seed, sink, next))) {
                for (List<Object> chunk = feed.next(); chunk != null; chunk = feed.next()) {
                    for (Object row : chunk) {
                        switch (row) {
                            case Volunteer v -> out.volunteer(v);
                            case Group g -> out.group(g.booth(), g.members());
                            case BroadcastList l -> out.list(l.id(), l.seat(), l.name(), l.members());
                            case long[] p -> progress.accept(p[0], p[1]);
                            default -> throw new IllegalStateException(String.valueOf(row));
                        }
                    }
                    out.flush();
                }
                rows = out.rows;
                out.restartIds(next[0], next[1]);
            } catch (SQLException e) {
                throw new IllegalStateException("Writing demo people failed: " + e.getMessage(), e);
            }
        }

        private void generate(OrgBuilder b, long seed, Consumer<Object> out, long[] next) {
            SplittableRandom rnd = new SplittableRandom(seed);
            // each seat has a strength, so some seats are well covered and some are not
            Map<Integer, Double> strength = new HashMap<>();
            // and each mandal varies around its seat, so some mandals have gone quiet
            Map<Long, Double> mandalFactor = new HashMap<>();
            LocalDate today = LocalDate.now();
            LocalDateTime now = LocalDateTime.now();
            long id = 1;
            List<OrgBuilder.BuiltBooth> booths = b.booths();
            for (int i = 0; i < booths.size(); i++) {
                OrgBuilder.BuiltBooth booth = booths.get(i);
                double s = strength.computeIfAbsent(booth.seatNo(), k -> 0.15 + 0.85 * rnd.nextDouble());
                double mf = mandalFactor.computeIfAbsent(booth.mandalId(), k -> 0.6 + 0.8 * rnd.nextDouble());
                int n = poisson(rnd, 9.5 * s * mf);
                for (int k = 0; k < n; k++) {
                    out.accept(volunteer(id++, booth.id(), Role.BOOTH_IT, rnd, today, now, s));
                }
                if (rnd.nextDouble() < 0.35 + 0.6 * s) {
                    int members = (int) Math.max(3, Math.min(256, Math.round(150 * s + rnd.nextGaussian() * 30)));
                    out.accept(new Group(booth.id(), members));
                    groupMembers.put(booth.id(), members);
                    groups++;
                }
                if (i % 1000 == 999) {
                    out.accept(new long[] {i, booths.size()});
                }
            }
            for (Map.Entry<Long, Integer> m : b.mandals().entrySet()) {
                double s = strength.getOrDefault(m.getValue(), 0.7);
                int n = Math.min(7, poisson(rnd, 7.5 * s));
                for (int k = 0; k < n; k++) {
                    out.accept(volunteer(id++, m.getKey(), Role.MANDAL_IT, rnd, today, now, s));
                }
            }
            for (long d : b.districtIds()) {
                int n = 8 + rnd.nextInt(8);
                for (int k = 0; k < n; k++) {
                    out.accept(volunteer(id++, d, Role.DISTRICT_IT, rnd, today, now, 0.9));
                }
                out.accept(volunteer(id++, d, Role.IT_CONVENOR, rnd, today, now, 1.0));
                out.accept(volunteer(id++, d, Role.SOCIAL_MEDIA_CONVENOR, rnd, today, now, 1.0));
            }
            long listId = 1;
            for (long seat : b.seatIds()) {
                int n = 2 + rnd.nextInt(5);
                for (int k = 0; k < n; k++) {
                    out.accept(new BroadcastList(listId++, seat, "List " + (k + 1), k < n - 1 ? 256 : 40 + rnd.nextInt(217)));
                    lists++;
                }
            }
            volunteers = id - 1;
            totals = CoverageRollup.totals(b.units(), own, groupMembers);
            out.accept(new long[] {booths.size(), booths.size()});
            next[0] = id;
            next[1] = listId;
        }

        private Volunteer volunteer(long id, long unit, Role role, SplittableRandom rnd, LocalDate today, LocalDateTime now,
                                    double strength) {
            String name = SyntheticNames.next(rnd);
            int wing = rnd.nextDouble() < 0.85 ? 1 : 2 + rnd.nextInt(8);
            LocalDate consent = today.minusDays(1 + rnd.nextInt(700));
            boolean active = rnd.nextDouble() < 0.8 + 0.2 * strength;
            if (active) {
                long[] o = own.computeIfAbsent(unit, k -> new long[2]);
                o[0]++;
                if (role == Role.BOOTH_IT || role == Role.MANDAL_IT || role == Role.DISTRICT_IT) {
                    o[1]++;
                }
            }
            return new Volunteer(id, unit, name, PhoneNumbers.demo(id), role.name(), wing, consent, active, now);
        }
    }

    private record Volunteer(long id, long unit, String name, String phone, String role, int wing, LocalDate consent,
                             boolean active, LocalDateTime now) { }

    private record Group(long booth, int members) { }

    private record BroadcastList(long id, long seat, String name, int members) { }

    /** The three people tables' batched inserts; commits after each flush when loading side tables. */
    private static final class Batches implements AutoCloseable {
        static final int BATCH = 5000;
        private final Connection c;
        private final String suffix;
        private final boolean commitEach;
        private final PreparedStatement v;
        private final PreparedStatement g;
        private final PreparedStatement l;
        private int pending;
        long rows;

        Batches(Connection c, String suffix, boolean commitEach) throws SQLException {
            this.c = c;
            this.suffix = suffix;
            this.commitEach = commitEach;
            v = c.prepareStatement("INSERT INTO volunteer" + suffix + " (id, unit_id, name, phone, role, wing_id, "
                    + "consent_date, active, synthetic, version, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, TRUE, 0, ?)");
            g = c.prepareStatement("INSERT INTO whatsapp_group" + suffix + " (booth_id, name, members, target, version) "
                    + "VALUES (?, ?, ?, 150, 0)");
            l = c.prepareStatement("INSERT INTO broadcast_list" + suffix + " (id, seat_id, name, members, version) "
                    + "VALUES (?, ?, ?, ?, 0)");
        }

        void volunteer(Volunteer p) throws SQLException {
            v.setLong(1, p.id());
            v.setLong(2, p.unit());
            v.setString(3, p.name());
            v.setString(4, p.phone());
            v.setString(5, p.role());
            v.setInt(6, p.wing());
            // java.time binds without the time-zone arithmetic java.sql.Date and Timestamp need on every row
            v.setObject(7, p.consent());
            v.setBoolean(8, p.active());
            v.setObject(9, p.now());
            v.addBatch();
            pending++;
        }

        void group(long booth, int members) throws SQLException {
            g.setLong(1, booth);
            g.setString(2, "Booth " + booth + " group");
            g.setInt(3, members);
            g.addBatch();
            pending++;
        }

        void list(long id, long seat, String name, int members) throws SQLException {
            l.setLong(1, id);
            l.setLong(2, seat);
            l.setString(3, name);
            l.setInt(4, members);
            l.addBatch();
            pending++;
        }

        void flush() throws SQLException {
            v.executeBatch();
            g.executeBatch();
            l.executeBatch();
            rows += pending;
            pending = 0;
            if (commitEach) {
                c.commit();
            }
        }

        /** Generated ids were given explicitly: the identity columns go on from after them. */
        void restartIds(long volunteerId, long listId) throws SQLException {
            try (var st = c.createStatement()) {
                st.execute("ALTER TABLE volunteer" + suffix + " ALTER COLUMN id RESTART WITH " + volunteerId);
                st.execute("ALTER TABLE broadcast_list" + suffix + " ALTER COLUMN id RESTART WITH " + listId);
            }
        }

        @Override
        public void close() throws SQLException {
            v.close();
            g.close();
            l.close();
        }
    }

    /** How long each part of a build took, for the log: where to look when a build gets slower. */
    private static final class Phases {
        private final StringBuilder laps = new StringBuilder();
        private long last;

        Phases(long start) {
            last = start;
        }

        void lap(String name) {
            long now = System.nanoTime();
            laps.append(laps.isEmpty() ? "" : ", ").append(name).append(' ').append((now - last) / 1_000_000).append(" ms");
            last = now;
        }

        @Override
        public String toString() {
            return laps.toString();
        }
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
