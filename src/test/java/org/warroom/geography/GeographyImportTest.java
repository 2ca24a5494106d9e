package org.warroom.geography;

import org.warroom.testing.BothEngines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warroom.app.AppContext;
import org.warroom.org.UnitKind;
import org.warroom.testing.TestDb;

@BothEngines
class GeographyImportTest {
    @TempDir
    Path dir;

    @Test
    void theWholeStateIsImported() {
        try (AppContext ctx = TestDb.open(dir.resolve("db"))) {
            OrgBuilder.Result r = ctx.geography().importGeography(null, OrgPlan.wholeState(), false, (a, b) -> { });
            Map<UnitKind, Long> counts = ctx.org().countsByKind();
            assertThat(counts.get(UnitKind.REGION)).isEqualTo(6);
            assertThat(counts.get(UnitKind.DISTRICT)).isEqualTo(75);
            assertThat(counts.get(UnitKind.LOK_SABHA)).isEqualTo(80);
            assertThat(counts.get(UnitKind.ASSEMBLY)).isEqualTo(403);
            assertThat(counts.get(UnitKind.BOOTH)).isEqualTo(138_771);
            assertThat(counts.get(UnitKind.MANDAL)).isBetween(1_850L, 1_950L);
            assertThat(counts.get(UnitKind.SECTOR)).isBetween(27_000L, 29_000L);
            assertThat(r.notes()).hasSize(9).anyMatch(n -> n.contains("188"));
            assertThat(ctx.org().roots().getFirst().coverage().booths()).isEqualTo(138_771);
            // a second import without --replace is refused and changes nothing
            assertThatThrownBy(() -> ctx.geography().importGeography(null, OrgPlan.wholeState(), false, (a, b) -> { }))
                    .hasMessageContaining("--replace");
            assertThat(ctx.org().countsByKind().get(UnitKind.BOOTH)).isEqualTo(138_771);
        }
    }

    @Test
    void aFileWithAMissingColumnIsRefusedByNameAndNothingIsImported() throws Exception {
        Path files = Files.createDirectories(dir.resolve("files"));
        try (InputStream in = GeographyCatalog.class.getResourceAsStream(GeographyCatalog.RESOURCE_DIR + "up_districts.csv")) {
            String csv = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceFirst("division,", "");
            Files.writeString(files.resolve("up_districts.csv"), csv);
        }
        try (AppContext ctx = TestDb.open(dir.resolve("db"))) {
            assertThatThrownBy(() -> ctx.geography().importGeography(files, OrgPlan.wholeState(), false, (a, b) -> { }))
                    .isInstanceOf(GeographyException.class)
                    .hasMessageContaining("up_districts.csv")
                    .hasMessageContaining("missing column division");
            assertThat(ctx.org().isEmpty()).isTrue();
        }
    }

    @Test
    void aBadValueIsReportedWithItsLine() throws Exception {
        Path files = Files.createDirectories(dir.resolve("files"));
        try (InputStream in = GeographyCatalog.class.getResourceAsStream(GeographyCatalog.RESOURCE_DIR + "up_assembly_constituencies.csv")) {
            String csv = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceFirst("\n2,NAKUR,Nakur,,GEN,2,", "\n2,NAKUR,Nakur,,GEN,two,");
            Files.writeString(files.resolve("up_assembly_constituencies.csv"), csv);
        }
        assertThatThrownBy(() -> GeographyCatalog.load(files))
                .hasMessageContaining("up_assembly_constituencies.csv, line 3")
                .hasMessageContaining("pc_no");
    }

    @Test
    void apportioningAddsUpExactly() {
        Map<String, Integer> q = Apportion.largestRemainder(Map.of("a", 332, "b", 175, "c", 315, "d", 352, "e", 352), 2172, 1);
        assertThat(q.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(2172);
    }
}
