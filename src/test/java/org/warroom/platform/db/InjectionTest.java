package org.warroom.platform.db;

import org.warroom.testing.BothEngines;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warroom.app.AppContext;
import org.warroom.testing.TestDb;

/** SQL metacharacters and injection strings in the search boxes only search: no error, no change, no wildcard. */
@BothEngines
class InjectionTest {
    @TempDir
    Path dir;

    private static final List<String> NASTY = List.of("'; DROP TABLE unit; --", "' OR '1'='1", "%", "_", "%%", "\\",
            "\" OR \"\"=\"", "1; DELETE FROM volunteer", "इसौली' --", "Isauli' OR 1=1 --", "*/ SELECT 1 /*", "\u0000", "😀'");

    @Test
    void nastyStringsInTheTreeSearchAndTheVolunteerFinderOnlySearch() {
        try (AppContext ctx = TestDb.sultanpur(dir)) {
            long units = count(ctx, "unit");
            long volunteers = count(ctx, "volunteer");
            for (String q : NASTY) {
                // words inside them are searched as words (a name followed by a quote still finds the seat)…
                var found = ctx.org().search(q, null, 50);
                var people = ctx.reports().findVolunteers(q, null, 50);
                found.forEach(u -> assertThat(u.unit().nameEn()).as("found by %s", q).contains("Isauli"));
                // …and wildcards are plain characters: none of them matches everything
                if (q.matches("[%_\\\\]+")) {
                    assertThat(found).as("tree search for %s", q).isEmpty();
                    assertThat(people).as("volunteer finder for %s", q).isEmpty();
                }
            }
            // and real searches still work around them
            assertThat(ctx.org().search("इसौली", null, 50)).isNotEmpty();
            assertThat(count(ctx, "unit")).isEqualTo(units);
            assertThat(count(ctx, "volunteer")).isEqualTo(volunteers);
        }
    }

    private static long count(AppContext ctx, String table) {
        return ctx.db().jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one());
    }
}
