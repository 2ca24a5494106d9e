package org.warroom.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.warroom.platform.audit.AuditChain;
import org.warroom.platform.audit.ChainedRow;

/** The canonical encoding of docs/decisions/0010-audit-chain.md: its worked example, and that no two rows share an encoding. */
class AuditChainTest {
    static final ChainedRow FIRST = new ChainedRow(1, LocalDateTime.of(2026, 11, 23, 10, 15, 30, 123_456_000), "Asha Verma",
            "sultanpur-desk", "EDIT", "volunteer", 42L, "name=सुनीता; active=true", null);

    @Test
    void theDocumentedExample() {
        // the same two hashes as the decision record, computed there with Python's hashlib
        String first = AuditChain.hash(AuditChain.GENESIS, FIRST);
        assertThat(first).isEqualTo("c60cc11ae5dbe553143a20581944625577a76d2832046d322f5bd9147377240f");
        ChainedRow second = new ChainedRow(2, LocalDateTime.of(2026, 11, 23, 10, 15, 31), "tester", null, "ADD", "post", null, "", "");
        assertThat(AuditChain.hash(first, second)).isEqualTo("434d1fdb7016624642cab4a9dfcef7f572193f1aca02a482fd6ebf3d03b25f73");
        assertThat(AuditChain.wellFormed(first)).isTrue();
        assertThat(AuditChain.wellFormed(first.toUpperCase())).isFalse();
    }

    @Test
    void fieldsCannotBleedIntoEachOther() {
        ChainedRow a = new ChainedRow(1, FIRST.at(), "ab", "c", "ADD", "x", null, null, null);
        ChainedRow b = new ChainedRow(1, FIRST.at(), "a", "bc", "ADD", "x", null, null, null);
        assertThat(AuditChain.hash(AuditChain.GENESIS, a)).isNotEqualTo(AuditChain.hash(AuditChain.GENESIS, b));
        // NULL and empty text differ
        ChainedRow empty = new ChainedRow(1, FIRST.at(), "a", "", "ADD", "x", null, null, null);
        ChainedRow none = new ChainedRow(1, FIRST.at(), "a", null, "ADD", "x", null, null, null);
        assertThat(AuditChain.hash(AuditChain.GENESIS, empty)).isNotEqualTo(AuditChain.hash(AuditChain.GENESIS, none));
        // and so do the same row at another place, or after another row
        ChainedRow moved = new ChainedRow(2, FIRST.at(), FIRST.actor(), FIRST.desk(), FIRST.action(), FIRST.entity(), FIRST.entityId(),
                FIRST.before(), FIRST.after());
        assertThat(AuditChain.hash(AuditChain.GENESIS, moved)).isNotEqualTo(AuditChain.hash(AuditChain.GENESIS, FIRST));
        assertThat(AuditChain.hash("1".repeat(64), FIRST)).isNotEqualTo(AuditChain.hash(AuditChain.GENESIS, FIRST));
    }

    @Test
    void timesAreWrittenToTheMicrosecond() {
        ChainedRow whole = new ChainedRow(1, LocalDateTime.of(2026, 1, 2, 3, 4, 5), "a", null, "ADD", "x", null, null, null);
        ChainedRow micro = new ChainedRow(1, LocalDateTime.of(2026, 1, 2, 3, 4, 5, 1_000), "a", null, "ADD", "x", null, null, null);
        assertThat(AuditChain.hash(AuditChain.GENESIS, whole)).isNotEqualTo(AuditChain.hash(AuditChain.GENESIS, micro));
    }
}
