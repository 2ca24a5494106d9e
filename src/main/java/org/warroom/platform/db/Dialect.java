package org.warroom.platform.db;

import java.sql.SQLException;
import org.h2.jdbcx.JdbcConnectionPool;
import org.postgresql.ds.PGConnectionPoolDataSource;

/**
 * The database engines the war room runs on, and the one place where SQL or set-up differs between them
 * (docs/decisions/0014-postgresql.md). Everything else is SQL that both H2 and PostgreSQL accept.
 */
public enum Dialect {
    /** Embedded H2: a file in the data folder, or a desk of {@code warroom serve} over TCP. */
    H2,
    /** A PostgreSQL server (12 or newer), for a war room that outgrows one machine. */
    POSTGRES;

    /** The engine of a JDBC URL; a clear message for any other kind. */
    public static Dialect of(String url) {
        if (url.startsWith("jdbc:h2:")) {
            return H2;
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return POSTGRES;
        }
        throw new DatabaseException("The database URL " + Database.redact(url) + " is not one War Room Console can use: "
                + "give jdbc:h2:... (a war room served by ./warroom serve) or jdbc:postgresql://HOST[:PORT]/DATABASE.");
    }

    /** A pool of at most 16 connections (both engines through H2's small pool, which takes any pooled data source). */
    JdbcConnectionPool pool(String url, String user, String password) {
        JdbcConnectionPool pool;
        if (this == H2) {
            pool = JdbcConnectionPool.create(url, user, password);
        } else {
            PGConnectionPoolDataSource ds = new PGConnectionPoolDataSource();
            ds.setURL(url);
            ds.setUser(user);
            ds.setPassword(password);
            ds.setConnectTimeout(10);
            ds.setApplicationName("War Room Console");
            pool = JdbcConnectionPool.create(ds);
        }
        pool.setMaxConnections(16);
        return pool;
    }

    /** A message a person can act on for PostgreSQL's connection errors (by SQLSTATE); null when it is not one. */
    static String explainPostgres(SQLException e, String url) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        return switch (state) {
            case "28P01", "28000" -> "The PostgreSQL server at " + url + " refused the user name or password (give them with "
                    + "--db-user and --db-password; README: \"A war room on PostgreSQL\").";
            case "3D000" -> "The PostgreSQL server at " + url + " has no such database: create it first "
                    + "(createdb -O USER warroom; README: \"A war room on PostgreSQL\").";
            case "08001", "08004", "08006" -> "Cannot reach the PostgreSQL server at " + url + ". Is it running, and does it "
                    + "accept connections from this machine (listen_addresses, pg_hba.conf)?";
            default -> null;
        };
    }
}
