package org.warroom.operators;

import org.warroom.testing.BothEngines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warroom.app.AppContext;
import org.warroom.platform.audit.Actor;
import org.warroom.platform.audit.AuditLog;
import org.warroom.testing.TestDb;

@BothEngines
class OperatorServiceTest {
    @TempDir
    Path dir;

    @Test
    void operatorsAreAddedOnceFoundByNameInAnyCaseAndAudited() {
        try (AppContext ctx = TestDb.open(dir)) {
            OperatorService ops = new OperatorService(ctx.db().jdbi(), new AuditLog(ctx.clock()), new Actor("admin", "desk-1"));
            Operator asha = ops.add("  Asha   Verma ", OperatorRole.WRITER);
            assertThat(asha.name()).isEqualTo("Asha Verma");
            ops.add("Meena Yadav", OperatorService.parseRole("coordinator"));
            ops.add("Neeraj Gupta", OperatorService.parseRole("Leadership viewer"));
            assertThat(ops.list()).extracting(Operator::name).containsExactly("Asha Verma", "Meena Yadav", "Neeraj Gupta");
            assertThat(ops.byName("asha verma")).contains(asha);
            assertThat(ops.byName("nobody")).isEmpty();
            assertThatThrownBy(() -> ops.add("ASHA VERMA", OperatorRole.ADMIN)).isInstanceOf(OperatorException.class)
                    .hasMessageContaining("already an operator named ASHA VERMA");
            assertThatThrownBy(() -> ops.add(" ", OperatorRole.ADMIN)).hasMessageContaining("needs a name");
            assertThatThrownBy(() -> OperatorService.parseRole("boss")).hasMessageContaining("WRITER, COORDINATOR, ADMIN, LEADERSHIP_VIEWER");
            assertThatThrownBy(() -> ops.require(999)).hasMessageContaining("no operator with id 999");
            assertThat(OperatorRole.COORDINATOR.canApprove()).isTrue();
            assertThat(OperatorRole.WRITER.canApprove()).isFalse();
            assertThat(OperatorRole.LEADERSHIP_VIEWER.canWrite()).isFalse();
            long audited = ctx.db().jdbi().withHandle(h -> h.createQuery(
                    "SELECT COUNT(*) FROM audit_log WHERE entity = 'operator' AND action = 'ADD' AND actor = 'admin'").mapTo(Long.class).one());
            assertThat(audited).isEqualTo(3);
        }
    }
}
