package org.warroom.posts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.warroom.app.AppContext;
import org.warroom.operators.Operator;
import org.warroom.operators.OperatorRole;
import org.warroom.platform.audit.AuditLog;
import org.warroom.reports.ReportService;
import org.warroom.testing.MutableClock;

/**
 * Release on a test database: the posts kit with a release service on the same clock, packs in the test's folder,
 * acknowledgements from the reports' roll-up, and back-off waits that move the clock instead of sleeping.
 * {@link #addAwadhDistricts} gives the Sultanpur demo's region two more districts, so a region reaches three.
 */
final class ReleaseKit {
    final PostsKit k;
    final MutableClock clock;
    final ReleaseService releases;
    final ReportService reports;
    final Path data;
    final List<java.time.Duration> slept = new ArrayList<>();

    ReleaseKit(AppContext ctx, MutableClock clock, Path data) {
        this.clock = clock;
        this.data = data;
        this.k = new PostsKit(ctx, clock, data.resolve("media"), PostsKit.slotsWithSix());
        this.reports = new ReportService(ctx.db().jdbi(), new AuditLog(clock), PostsKit.DESK, clock);
        this.releases = new ReleaseService(k.posts, ctx.org(), clock, data.resolve("packs"),
                (unit, day, slot) -> reports.slotTotals(unit, day).slot(slot), d -> {
                    slept.add(d);
                    clock.advance(d);
                });
    }

    PostService posts() {
        return k.posts;
    }

    Operator op(String name, OperatorRole role) {
        return k.operator(name, role);
    }

    /** Approved by {@code approver} and scheduled into a slot (seats that will be silent left out when asked). */
    Post scheduled(Operator writer, Operator approver, LocalDate date, int slot, boolean leaveOutSilent, PostDraft draft) {
        Post p = k.posts.create(writer.id(), draft);
        p = k.posts.submit(p.id(), p.version(), writer.id());
        p = k.posts.approve(p.id(), p.version(), approver.id());
        ScheduleOutcome o = k.posts.schedule(p.id(), p.version(), approver.id(), date, slot, leaveOutSilent);
        if (!o.scheduled()) {
            throw new IllegalStateException(o.message());
        }
        return o.post();
    }

    Path pack(String date, String slot, String district, long postId) {
        return data.resolve("packs").resolve(date).resolve(slot).resolve(district).resolve("post-" + postId);
    }

    List<ReleaseLogEntry> log(long postId) {
        return releases.log(postId).stream().map(ReleaseLogLine::entry).toList();
    }

    /** A small JPEG to attach. */
    static Path jpeg(Path dir, String name, int size) throws IOException {
        byte[] b = new byte[size];
        b[0] = (byte) 0xFF;
        b[1] = (byte) 0xD8;
        b[2] = (byte) 0xFF;
        b[3] = (byte) 0xE0;
        for (int i = 4; i < size; i++) {
            b[i] = (byte) (i * 31);
        }
        Files.createDirectories(dir);
        return Files.write(dir.resolve(name), b);
    }

    /**
     * Two more districts under R-AWADH: D-AMETHI with seats 184 and 185, D-AYODHYA with seat 275 (each seat with one
     * mandal), so that the region reaches three districts.
     */
    static void addAwadhDistricts(AppContext ctx) {
        ctx.db().jdbi().useTransaction(h -> {
            long region = h.createQuery("SELECT id FROM unit WHERE code = 'R-AWADH'").mapTo(Long.class).one();
            String path = h.createQuery("SELECT path FROM unit WHERE id = :id").bind("id", region).mapTo(String.class).one();
            long id = 9_000_000;
            id = district(h, id, region, path, "D-AMETHI", "Amethi", "अमेठी", 184, 185);
            district(h, id, region, path, "D-AYODHYA", "Ayodhya", "अयोध्या", 275);
        });
    }

    private static long district(org.jdbi.v3.core.Handle h, long id, long region, String regionPath, String code, String en,
                                 String hi, int... seats) {
        long d = ++id;
        String dPath = regionPath + d + "/";
        unit(h, d, region, "DISTRICT", code, null, en, hi, dPath, 2);
        for (int s : seats) {
            long seat = ++id;
            unit(h, seat, d, "ASSEMBLY", "AC-" + s, s, en + " seat " + s, hi + " " + s, dPath + seat + "/", 3);
            long mandal = ++id;
            unit(h, mandal, seat, "MANDAL", "M-" + s + "-1", 1, en + " Mandal " + s, null, dPath + seat + "/" + mandal + "/", 4);
        }
        return id;
    }

    private static void unit(org.jdbi.v3.core.Handle h, long id, long parent, String kind, String code, Integer number,
                             String en, String hi, String path, int depth) {
        h.createUpdate("INSERT INTO unit (id, parent_id, kind, code, number, name_en, name_hi, path, depth) "
                        + "VALUES (:id, :parent, :kind, :code, :number, :en, :hi, :path, :depth)")
                .bind("id", id).bind("parent", parent).bind("kind", kind).bind("code", code).bind("number", number)
                .bind("en", en).bind("hi", hi).bind("path", path).bind("depth", depth).execute();
    }

    /** Sultanpur's phases, and Amethi's two seats polling with 187–188 (20 Feb 2027, closing at 18:00). */
    static List<PollPhase> phases() {
        List<PollPhase> all = new ArrayList<>(PostsKit.twoPhases());
        all.add(new PollPhase(184, LocalDate.of(2027, 2, 20), LocalTime.of(18, 0)));
        all.add(new PollPhase(185, LocalDate.of(2027, 2, 20), LocalTime.of(18, 0)));
        return all;
    }
}
