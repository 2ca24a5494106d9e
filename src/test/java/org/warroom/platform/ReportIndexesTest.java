package org.warroom.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warroom.app.AppContext;
import org.warroom.testing.BothEngines;
import org.warroom.testing.TestDb;

/**
 * Migration 13 (decision 0018): the report table keeps no index on its random source key and one index each led by
 * volunteer, booth and import (the foreign keys' checks and a person's data use them), besides the key and the
 * one-a-day constraint (and on H2 the import's foreign key's own) — on H2, whose foreign keys bring their own, and on PostgreSQL, where the migration makes them.
 */
@BothEngines
class ReportIndexesTest {
    @TempDir
    Path dir;

    @Test
    void theReportTableHasOneIndexForEachWayItIsRead() throws Exception {
        try (AppContext ctx = TestDb.open(dir)) {
            Map<String, List<String>> indexes = ctx.db().jdbi().withHandle(h -> indexes(h.getConnection()));
            assertThat(indexes.values()).noneMatch(cols -> cols.getFirst().equals("source_key"));
            // nothing reads reports by import: H2 keeps an index for that foreign key anyway, PostgreSQL none
            assertThat(indexes.values()).extracting(List::getFirst).doesNotHaveDuplicates()
                    .contains("id", "report_date", "volunteer_id", "booth_id")
                    .isSubsetOf("id", "report_date", "volunteer_id", "booth_id", "import_id");
            assertThat(indexes.values()).contains(List.of("report_date", "volunteer_id", "booth_id"));
        }
    }

    /** Index name → its columns in order, lower case. */
    private static Map<String, List<String>> indexes(Connection c) throws Exception {
        Map<String, List<String>> out = new HashMap<>();
        DatabaseMetaData md = c.getMetaData();
        for (String table : List.of("REPORT", "report")) {
            try (ResultSet rs = md.getIndexInfo(null, c.getSchema(), table, false, true)) {
                while (rs.next()) {
                    if (rs.getString("COLUMN_NAME") != null) {
                        List<String> cols = out.computeIfAbsent(rs.getString("INDEX_NAME"), k -> new java.util.ArrayList<>());
                        int at = rs.getShort("ORDINAL_POSITION") - 1;
                        while (cols.size() <= at) {
                            cols.add(null);
                        }
                        cols.set(at, rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        return out;
    }
}
