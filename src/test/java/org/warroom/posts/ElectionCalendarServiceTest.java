package org.warroom.posts;

import org.warroom.testing.BothEngines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warroom.app.AppContext;
import org.warroom.platform.audit.AuditLog;
import org.warroom.testing.TestDb;

@BothEngines
class ElectionCalendarServiceTest {
    @TempDir
    Path dir;

    private static ElectionCalendarService calendar(AppContext ctx) {
        return new ElectionCalendarService(ctx.db().jdbi(), new AuditLog(ctx.clock()), PostsKit.DESK);
    }

    @Test
    void aCalendarWithABadLineChangesNothingAndReportsEveryBadLine() throws Exception {
        try (AppContext ctx = TestDb.open(dir.resolve("db"))) {
            ElectionCalendarService cal = calendar(ctx);
            Path good = Files.writeString(dir.resolve("phases.csv"), "ac_no,poll_date,poll_close,phase\n"
                    + "187,2027-02-20,18:00,1\n188,2027-02-20,18:00,1\n189,2027-02-22,17:00,2\n");
            PhaseCsvResult r = cal.importPhases(good, LocalDate.of(2027, 1, 8));
            assertThat(r.ok()).isTrue();
            assertThat(cal.phases()).hasSize(3);
            assertThat(cal.mccStart()).contains(LocalDate.of(2027, 1, 8));
            assertThat(cal.silentAt(PostsKit.ist(2, 18, 18, 1))).containsExactly(187, 188);
            assertThat(cal.silentAt(PostsKit.ist(2, 20, 18, 0))).containsExactly(189);

            Path bad = Files.writeString(dir.resolve("bad.csv"), "ac_no,poll_date,poll_close\n"
                    + "190,2027-02-24,18:00\n191,24/02/2027,18:00\n190,2027-02-24,18:00\n404,2027-02-24,6pm\n");
            PhaseCsvResult refused = cal.importPhases(bad, LocalDate.of(2027, 1, 9));
            assertThat(refused.ok()).isFalse();
            assertThat(refused.problems()).extracting(PhaseCsvResult.Problem::line).containsExactly(3L, 4L, 5L);
            assertThat(refused.problems().get(1).reason()).contains("seat 190 is already on line 2");
            assertThat(refused.problems().get(2).reason()).contains("seat 404 does not exist").contains("poll_close '6pm'");
            // the earlier calendar stands, MCC date included
            assertThat(cal.phases()).extracting(PollPhase::acNo).containsExactly(187, 188, 189);
            assertThat(cal.mccStart()).contains(LocalDate.of(2027, 1, 8));

            List<String> audit = ctx.db().jdbi().withHandle(h -> h.createQuery(
                    "SELECT after_value FROM audit_log WHERE entity = 'poll_phase' ORDER BY id").mapTo(String.class).list());
            assertThat(audit).containsExactly("3 seats in 2 phases; MCC from 2027-01-08");
        }
    }

    @Test
    void anotherDesksImportIsSeenWithoutARestart() {
        try (AppContext ctx = TestDb.open(dir.resolve("db"))) {
            ElectionCalendarService mine = calendar(ctx);
            ElectionCalendarService theirs = calendar(ctx);
            assertThat(mine.silentAt(PostsKit.ist(2, 19, 12, 0))).isEmpty();
            theirs.replacePhases(List.of(new PollPhase(187, LocalDate.of(2027, 2, 20), LocalTime.of(18, 0))), null);
            assertThat(mine.silentAt(PostsKit.ist(2, 19, 12, 0))).containsExactly(187);
            assertThat(mine.silencePeriods()).isSameAs(mine.silencePeriods());
            assertThatThrownBy(() -> mine.replacePhases(List.of(new PollPhase(187, LocalDate.of(2027, 2, 20), LocalTime.of(18, 0))),
                    LocalDate.of(2027, 2, 21))).hasMessageContaining("cannot begin (21/02/2027) after the first poll (20/02/2027)");
        }
    }
}
