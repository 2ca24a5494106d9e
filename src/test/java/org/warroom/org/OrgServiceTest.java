package org.warroom.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warroom.app.AppContext;
import org.warroom.testing.BothEngines;
import org.warroom.testing.TestDb;

@BothEngines
class OrgServiceTest {
    @TempDir
    static Path dir;
    static AppContext ctx;

    @BeforeAll
    static void build() {
        ctx = TestDb.sultanpur(dir);
    }

    @AfterAll
    static void close() {
        ctx.close();
    }

    @Test
    void sultanpurHasTheShapeOfTheArticle() {
        Map<UnitKind, Long> counts = ctx.org().countsByKind();
        assertThat(counts.get(UnitKind.DISTRICT)).isEqualTo(1);
        assertThat(counts.get(UnitKind.ASSEMBLY)).isEqualTo(5);
        assertThat(counts.get(UnitKind.BOOTH)).isEqualTo(2172);
        UnitRow state = ctx.org().roots().getFirst();
        assertThat(state.coverage().booths()).isEqualTo(2172);
    }

    @Test
    void coverageOfEveryParentIsTheSumOfItsChildren() {
        UnitRow state = ctx.org().roots().getFirst();
        assertSums(state.unit(), 0);
    }

    private void assertSums(Unit parent, int depth) {
        List<UnitRow> children = ctx.org().children(parent, TreeMode.ORGANISATION);
        if (children.isEmpty() || depth > 3) {
            return;
        }
        UnitRow self = ctx.org().unit(parent.id()).orElseThrow();
        int booths = children.stream().mapToInt(c -> c.coverage().booths()).sum();
        int any = children.stream().mapToInt(c -> c.coverage().boothsAny()).sum();
        long members = children.stream().mapToLong(c -> c.coverage().groupMembers()).sum();
        assertThat(self.coverage().booths()).isEqualTo(booths);
        assertThat(self.coverage().boothsAny()).isEqualTo(any);
        assertThat(self.coverage().groupMembers()).isEqualTo(members);
        assertSums(children.getFirst().unit(), depth + 1);
    }

    @Test
    void searchFindsSeatsInBothScriptsAndBoothsByNumber() {
        assertThat(ctx.org().search("Isauli", null, 20)).extracting(r -> r.unit().code()).contains("AC-187");
        assertThat(ctx.org().search("इसौली", null, 20)).extracting(r -> r.unit().code()).contains("AC-187");
        assertThat(ctx.org().search("isa", null, 20)).extracting(r -> r.unit().code()).contains("AC-187");
        assertThat(ctx.org().search("187", null, 20)).extracting(r -> r.unit().code()).contains("AC-187", "B-187-187");
        assertThat(ctx.org().search("Isauli 117", null, 20)).extracting(r -> r.unit().code()).containsExactly("B-187-117");
        assertThat(ctx.org().search("इसौली ११७", null, 20)).extracting(r -> r.unit().code()).containsExactly("B-187-117");
    }

    @Test
    void lokSabhaViewGroupsSeats() {
        Unit state = ctx.org().roots().getFirst().unit();
        List<UnitRow> ls = ctx.org().children(state, TreeMode.LOK_SABHA);
        assertThat(ls).extracting(r -> r.unit().kind()).containsOnly(UnitKind.LOK_SABHA);
        int seats = ls.stream().mapToInt(r -> ctx.org().children(r.unit(), TreeMode.LOK_SABHA).size()).sum();
        assertThat(seats).isEqualTo(5);
        assertThat(ls.stream().mapToInt(r -> r.coverage().booths()).sum()).isEqualTo(2172);
    }
}
