package org.warroom.platform.db;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Migration 13: the report table loses the indexes that made every imported row a random write (decision 0018).
 * <ul>
 *   <li>The unique constraint on {@code source_key} (a SHA-256 in hex): each new report put an entry on a random page
 *       of it. A report's own key is now compared with the one stored report it could match — the same volunteer and
 *       day, found on {@code report_one_a_day} — and merged keys and queued messages keep their indexed tables.</li>
 *   <li>{@code report_booth_day} and {@code report_volunteer_day}: on H2 the foreign keys already keep an index on
 *       {@code booth_id} and on {@code volunteer_id} each, so these were second copies.</li>
 * </ul>
 * A Java migration because the unique constraint was declared inline and its name differs between H2 and PostgreSQL:
 * it is looked up in INFORMATION_SCHEMA. Every statement is SQL both accept; where a database has no index led by
 * {@code volunteer_id} or {@code booth_id} after the drops (PostgreSQL keeps none for a foreign key) one is made.
 */
public final class LeanReportIndexes implements JavaMigration {
    static final int VERSION = 13;

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion(Integer.toString(VERSION));
    }

    @Override
    public String getDescription() {
        return "lean report indexes";
    }

    @Override
    public Integer getChecksum() {
        return VERSION; // the class is the migration; Flyway has no script to hash
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        try (Statement st = c.createStatement()) {
            for (String name : uniqueOnSourceKey(c)) {
                st.execute("ALTER TABLE report DROP CONSTRAINT \"" + name.replace("\"", "\"\"") + "\"");
            }
            // H2 keeps the constraint's index after the constraint is dropped
            for (String index : indexesLedBy(c, "source_key")) {
                st.execute("DROP INDEX \"" + index.replace("\"", "\"\"") + "\"");
            }
            st.execute("DROP INDEX IF EXISTS report_booth_day");
            st.execute("DROP INDEX IF EXISTS report_volunteer_day");
            Set<String> leading = leadingColumns(c);
            if (!leading.contains("volunteer_id")) {
                st.execute("CREATE INDEX report_volunteer ON report (volunteer_id)");
            }
            if (!leading.contains("booth_id")) {
                st.execute("CREATE INDEX report_booth ON report (booth_id)");
            }
        }
    }

    private static List<String> uniqueOnSourceKey(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        String sql = "SELECT tc.constraint_name FROM information_schema.table_constraints tc "
                + "JOIN information_schema.key_column_usage k ON k.constraint_name = tc.constraint_name "
                + "AND k.constraint_schema = tc.constraint_schema AND k.table_name = tc.table_name "
                + "WHERE LOWER(tc.table_name) = 'report' AND tc.constraint_type = 'UNIQUE' AND LOWER(k.column_name) = 'source_key' "
                + "AND tc.constraint_schema = CURRENT_SCHEMA";
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    /** The first column of every index on the report table, lower case. */
    private static Set<String> leadingColumns(Connection c) throws SQLException {
        Set<String> out = new HashSet<>();
        for (String[] index : firstColumns(c)) {
            out.add(index[1]);
        }
        return out;
    }

    /** The names of the report table's indexes whose first column is this one. */
    private static List<String> indexesLedBy(Connection c, String column) throws SQLException {
        List<String> out = new ArrayList<>();
        for (String[] index : firstColumns(c)) {
            if (index[1].equals(column)) {
                out.add(index[0]);
            }
        }
        return out;
    }

    /** Each index on the report table as {name, first column in lower case}. */
    private static List<String[]> firstColumns(Connection c) throws SQLException {
        List<String[]> out = new ArrayList<>();
        DatabaseMetaData md = c.getMetaData();
        for (String table : List.of("REPORT", "report")) {
            try (ResultSet rs = md.getIndexInfo(null, c.getSchema(), table, false, true)) {
                while (rs.next()) {
                    if (rs.getShort("ORDINAL_POSITION") == 1 && rs.getString("COLUMN_NAME") != null) {
                        out.add(new String[] {rs.getString("INDEX_NAME"), rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT)});
                    }
                }
            }
        }
        return out;
    }
}
