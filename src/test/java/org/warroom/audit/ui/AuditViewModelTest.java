package org.warroom.audit.ui;

import org.warroom.testing.BothEngines;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warroom.app.AppContext;
import org.warroom.audit.AuditEntry;
import org.warroom.platform.audit.Actor;
import org.warroom.platform.audit.AuditLog;
import org.warroom.platform.fx.FxTasks;
import org.warroom.platform.i18n.IndianFormat;
import org.warroom.platform.i18n.Messages;
import org.warroom.testing.TestDb;

/** The viewer's logic without a window: keyset pages, dates in IST, the export of every filtered row. */
@BothEngines
class AuditViewModelTest {
    @TempDir
    Path dir;

    @Test
    void pagesWalkTheTrailWithoutOverlapAndExportTakesEveryFilteredRow() throws Exception {
        try (AppContext ctx = TestDb.open(dir)) {
            AuditLog audit = new AuditLog(ctx.clock());
            for (int i = 0; i < 7; i++) {
                long id = i;
                ctx.db().jdbi().useTransaction(h -> audit.record(h, new Actor(id % 2 == 0 ? "even" : "odd", "d"), "ADD", "probe", id, null, "n=" + id));
            }
            AuditViewModel vm = new AuditViewModel(ctx.audit(), new FxTasks(Runnable::run, Runnable::run), Runnable::run, Messages.of("en"), 3);
            vm.actorProperty().set("EVEN");
            vm.search();
            assertThat(ids(vm)).containsExactly(6L, 4L, 2L);
            assertThat(vm.hasOlderProperty().get()).isTrue();
            assertThat(vm.hasNewerProperty().get()).isFalse();
            assertThat(vm.pageProperty().get()).isEqualTo("Rows 1–3, newest first");
            vm.older();
            assertThat(ids(vm)).containsExactly(0L);
            assertThat(vm.hasOlderProperty().get()).isFalse();
            assertThat(vm.pageProperty().get()).isEqualTo("Rows 4–4, newest first");
            vm.newer();
            assertThat(ids(vm)).containsExactly(6L, 4L, 2L);
            assertThat(vm.hasNewerProperty().get()).isFalse();

            // dates are Indian days: today's rows are in "from today to today", none in "from tomorrow"
            LocalDate today = LocalDate.now(IndianFormat.IST);
            vm.fromProperty().set(today);
            vm.toProperty().set(today);
            vm.search();
            assertThat(ids(vm)).hasSize(3);
            vm.fromProperty().set(today.plusDays(1));
            vm.toProperty().set(null);
            vm.search();
            assertThat(vm.rows()).isEmpty();
            assertThat(vm.pageProperty().get()).isEqualTo("No rows");

            vm.clear();
            vm.unitProperty().set("no such unit");
            vm.search();
            assertThat(vm.statusProperty().get()).contains("No unit has the code or name");
            vm.clear();
            vm.kindProperty().set("probe");
            vm.search();
            Path csv = dir.resolve("out.csv");
            vm.export(csv);
            assertThat(vm.exportingProperty().get()).isFalse();
            assertThat(vm.exportProgressProperty().get()).isEqualTo(1.0);
            assertThat(vm.statusProperty().get()).isEqualTo("Exported 7 rows to out.csv");
            assertThat(Files.readAllLines(csv, StandardCharsets.UTF_8)).hasSize(8);
        }
    }

    private static List<Long> ids(AuditViewModel vm) {
        List<Long> out = new ArrayList<>();
        for (AuditEntry e : vm.rows()) {
            out.add(e.entityId());
        }
        return out;
    }
}
