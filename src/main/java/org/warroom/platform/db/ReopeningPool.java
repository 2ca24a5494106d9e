package org.warroom.platform.db;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.slf4j.LoggerFactory;

/**
 * H2's connection pool, opened again when H2 has closed the database under it. H2 closes an embedded database
 * when a write to its file fails (the disk filled up, say): the file stays whole, but every pooled connection is
 * dead, and they still say they are open. So every statement's failure is looked at ({@link #noticeFailure}, called
 * from Jdbi's statement logger): when it says the store failed or the database is closed, the next connection asked
 * for throws the old pool away and opens the database again, and the console carries on once space is freed instead
 * of failing until it is restarted.
 */
final class ReopeningPool implements DataSource, AutoCloseable {
    private static final org.slf4j.Logger LOG = LoggerFactory.getLogger(ReopeningPool.class);
    private final Dialect dialect;
    private final String url;
    private final String user;
    private final String password;
    private volatile JdbcConnectionPool pool;
    private final java.util.concurrent.atomic.AtomicBoolean broken = new java.util.concurrent.atomic.AtomicBoolean();
    private volatile boolean closed;

    ReopeningPool(Dialect dialect, String url, String user, String password) {
        this.dialect = dialect;
        this.url = url;
        this.user = user;
        this.password = password;
        this.pool = create();
    }

    private JdbcConnectionPool create() {
        return dialect.pool(url, user, password);
    }

    @Override
    public Connection getConnection() throws SQLException {
        if (closed) {
            // closed by the console: a late task must not open the database again
            throw new SQLException("The database is closed.", "08003");
        }
        if (broken.compareAndSet(true, false)) {
            synchronized (this) {
                LOG.warn("the database was closed under the console (a failed write); opening it again");
                pool.dispose();
                pool = create();
            }
        }
        return pool.getConnection();
    }

    /** Remembers a failure that closed the database (H2's 90098, or its store failing to write). */
    void noticeFailure(SQLException e) {
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof SQLException s && s.getErrorCode() == org.h2.api.ErrorCode.DATABASE_IS_CLOSED
                    || c.getClass().getName().equals("org.h2.mvstore.MVStoreException")) {
                broken.set(true);
                return;
            }
        }
    }

    @Override
    public Connection getConnection(String u, String p) throws SQLException {
        throw new SQLFeatureNotSupportedException("the pool has one user");
    }

    @Override
    public void close() {
        closed = true;
        pool.dispose();
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // H2's pool logs nothing we need
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        pool.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return pool.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw new SQLException("not a wrapper of " + iface.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }
}
