package org.warroom.platform.db;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.SQLException;
import org.h2.tools.Server;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The war room's shared database: H2's TCP server over the data folder, so desks connect with
 * {@code --db jdbc:h2:tcp://HOST:PORT/warroom}. It listens on the loopback address unless an address is named, the
 * database has a password before anything listens, and only the existing database is served ({@code -ifExists}):
 * a client cannot create a new one by naming it. The serving process also holds the file open with
 * AUTO_SERVER, so consoles and commands on the server machine itself still open the data folder directly.
 */
public final class DbServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DbServer.class);

    private final Server server;
    private final Database held;
    private final String host;
    private final KeyProxy relay;

    private DbServer(Server server, Database held, String host, KeyProxy relay) {
        this.server = server;
        this.held = held;
        this.host = host;
        this.relay = relay;
    }

    /**
     * Sets the password if the database has none yet, then listens.
     *
     * @param bind the address to listen on: loopback by default; a LAN address to serve the office
     * @param newPassword used only when the database has no password yet (the first serve); may be null after that
     */
    public static DbServer start(DataFolder folder, String bind, int port, char[] newPassword) {
        if (!folder.hasDatabase()) {
            throw new DatabaseException("There is no database in " + folder.path() + " to serve. Make one first: "
                    + "./warroom demo --data " + folder.path() + " (or geography import).");
        }
        InetAddress address = address(bind);
        if (folder.dbPassword().isEmpty()) {
            if (newPassword == null || newPassword.length < 10) {
                throw new DatabaseException("Serving needs a database password of at least 10 characters; desks type it "
                        + "once when they connect.");
            }
            try (Database db = Database.openEmbedded(folder)) {
                // the user's password only: an encrypted file keeps its key
                db.jdbi().useHandle(h -> h.execute("ALTER USER warroom SET PASSWORD ?", new String(newPassword)));
            }
            folder.keepDbPassword(newPassword);
            LOG.info("database password set for serving {}", folder.path());
        }
        Database held = Database.openEmbedded(folder);
        boolean encrypted = folder.encrypted();
        Server s = null;
        try {
            // H2 binds to the address in this property; without -tcpAllowOthers it accepts loopback clients only. An
            // encrypted database is served to the desks through the key relay; H2 itself then listens on loopback only.
            InetAddress h2Address = encrypted ? InetAddress.getLoopbackAddress() : address;
            System.setProperty("h2.bindAddress", h2Address.getHostAddress());
            java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("-tcpPort",
                    String.valueOf(encrypted ? freePort() : port), "-baseDir", folder.path().toString(), "-ifExists"));
            if (!h2Address.isLoopbackAddress()) {
                args.add("-tcpAllowOthers");
            }
            s = Server.createTcpServer(args.toArray(String[]::new)).start();
            KeyProxy relay = encrypted ? new KeyProxy(address, port, s.getPort(), folder.key()) : null;
            LOG.info("serving {} on {}:{}{}", folder.path(), address.getHostAddress(), relay != null ? relay.port() : s.getPort(),
                    encrypted ? " (encrypted database, through the key relay)" : "");
            return new DbServer(s, held, address.getHostAddress(), relay);
        } catch (SQLException | java.io.IOException e) {
            if (s != null) {
                s.stop();
            }
            held.close();
            throw new DatabaseException("Could not listen on " + address.getHostAddress() + ":" + port + " ("
                    + String.valueOf(e.getMessage()).lines().findFirst().orElse("") + "). Is another server using the port? "
                    + "Choose one with --port.", e);
        }
    }

    private static int freePort() throws java.io.IOException {
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        }
    }

    private static InetAddress address(String bind) {
        String b = bind == null || bind.isBlank() ? "127.0.0.1" : bind.strip();
        try {
            InetAddress a = InetAddress.getByName(b);
            if (a.isAnyLocalAddress()) {
                LOG.warn("serving on every network interface ({})", b);
            }
            return a;
        } catch (UnknownHostException e) {
            throw new DatabaseException("\"" + b + "\" is not an address of this machine; give one such as 192.168.1.10.", e);
        }
    }

    /** The database this server holds open (for the serving process's own work, such as backups). */
    public Database database() {
        return held;
    }

    public int port() {
        return relay != null ? relay.port() : server.getPort();
    }

    /** What a desk types to connect. */
    public String url() {
        return "jdbc:h2:tcp://" + host + ":" + port() + "/warroom";
    }

    @Override
    public void close() {
        if (relay != null) {
            relay.close();
        }
        server.stop();
        held.close();
    }
}
