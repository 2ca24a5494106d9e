package org.warroom.platform.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import org.h2.api.Trigger;

/**
 * H2's guard on audit_log (created by {@link AuditSetup}): refuses every UPDATE and DELETE, except the one-time
 * sealing of a row written before the chain, which only fills its empty seq and hash. Whoever can drop the trigger
 * can still change rows; the hash chain is what detects that.
 */
public final class AppendOnlyTrigger implements Trigger {
    private String schema;
    private String table;
    private int seq = -1;
    private int hash = -1;

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before, int type) {
        this.schema = schemaName;
        this.table = tableName;
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        if (newRow != null && sealing(conn, oldRow, newRow)) {
            return;
        }
        throw new SQLException("audit_log is append-only: its rows are never changed or deleted", "42501");
    }

    private boolean sealing(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        if (seq < 0) {
            // looked up at the first use, when the database is fully open; later migrations may add columns
            try (PreparedStatement ps = conn.prepareStatement("SELECT COLUMN_NAME, ORDINAL_POSITION FROM INFORMATION_SCHEMA.COLUMNS "
                    + "WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ? AND COLUMN_NAME IN ('SEQ', 'HASH')")) {
                ps.setString(1, schema);
                ps.setString(2, table);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (rs.getString(1).equals("SEQ")) {
                            seq = rs.getInt(2) - 1;
                        } else {
                            hash = rs.getInt(2) - 1;
                        }
                    }
                }
            }
        }
        if (seq < 0 || hash < 0 || oldRow[seq] != null || newRow[seq] == null) {
            return false;
        }
        for (int i = 0; i < oldRow.length; i++) {
            if (i != seq && i != hash && !Objects.equals(oldRow[i], newRow[i])) {
                return false;
            }
        }
        return true;
    }
}
