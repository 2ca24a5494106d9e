package org.warroom.platform.db;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets desks that know only the server password use an encrypted database that {@code warroom serve} holds open.
 * H2 asks every client of an encrypted database for the file key as well; this relay, which the desks connect to,
 * adds it to each connection's first message (the one that names the database, the user and the password hashes)
 * and passes every later byte through unchanged to H2's TCP server, which listens on the loopback address only. So
 * the key stays in the serving process: desks never hold it, and H2 still checks their password
 * (docs/decisions/0017-database-encryption.md). The message's layout is H2's protocol (versions 17–20, H2 2.x);
 * the tests connect through it with H2's own driver.
 */
final class KeyProxy implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(KeyProxy.class);
    private static final int STATUS_OK = 1;
    private final ServerSocket listener;
    private final int upstreamPort;
    private final DbKey key;
    private volatile boolean closed;

    KeyProxy(InetAddress bind, int port, int upstreamPort, DbKey key) throws IOException {
        this.listener = new ServerSocket(port, 50, bind);
        this.upstreamPort = upstreamPort;
        this.key = key;
        Thread t = new Thread(this::accept, "db-key-relay");
        t.setDaemon(true);
        t.start();
    }

    int port() {
        return listener.getLocalPort();
    }

    private void accept() {
        while (!closed) {
            try {
                Socket desk = listener.accept();
                Thread.ofVirtual().name("db-key-relay-" + desk.getPort()).start(() -> relay(desk));
            } catch (IOException e) {
                if (!closed) {
                    LOG.warn("the database relay stopped accepting: {}", e.toString());
                }
                return;
            }
        }
    }

    private void relay(Socket desk) {
        try (desk; Socket h2 = new Socket(InetAddress.getLoopbackAddress(), upstreamPort)) {
            desk.setTcpNoDelay(true);
            h2.setTcpNoDelay(true);
            DataInputStream fromDesk = new DataInputStream(new BufferedInputStream(desk.getInputStream()));
            DataOutputStream toDesk = new DataOutputStream(new BufferedOutputStream(desk.getOutputStream()));
            DataInputStream fromH2 = new DataInputStream(new BufferedInputStream(h2.getInputStream()));
            DataOutputStream toH2 = new DataOutputStream(new BufferedOutputStream(h2.getOutputStream()));
            handshake(fromDesk, toDesk, fromH2, toH2);
            Thread back = Thread.ofVirtual().start(() -> pump(fromH2, toDesk, desk));
            pump(fromDesk, toH2, h2);
            back.join();
        } catch (IOException e) {
            LOG.debug("a desk's connection ended: {}", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The connection's first message, with the file key put in; then the server's answer, and the key it waits for. */
    private void handshake(DataInputStream fromDesk, DataOutputStream toDesk, DataInputStream fromH2, DataOutputStream toH2)
            throws IOException {
        toH2.writeInt(fromDesk.readInt()); // lowest protocol version the desk speaks
        toH2.writeInt(fromDesk.readInt()); // highest
        String db = readString(fromDesk);
        String url = readString(fromDesk);
        writeString(toH2, db);
        writeString(toH2, url);
        if (db == null && url == null) {
            toH2.flush(); // cancelling a statement or checking a session: no database is opened, nothing to add
            return;
        }
        writeString(toH2, readString(fromDesk)); // user
        writeBytes(toH2, readBytes(fromDesk)); // the user's password hash: H2 checks it as always
        boolean deskHasKey = readBytes(fromDesk) != null;
        writeBytes(toH2, key.fileHash());
        int n = fromDesk.readInt();
        List<String[]> settings = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String name = readString(fromDesk);
            String value = readString(fromDesk);
            if (!"CIPHER".equalsIgnoreCase(name)) {
                settings.add(new String[] {name, value});
            }
        }
        settings.add(new String[] {"CIPHER", "AES"});
        toH2.writeInt(settings.size());
        for (String[] s : settings) {
            writeString(toH2, s[0]);
            writeString(toH2, s[1]);
        }
        toH2.flush();
        int status = fromH2.readInt();
        toDesk.writeInt(status);
        if (status == STATUS_OK) {
            toDesk.writeInt(fromH2.readInt()); // the protocol version agreed
            toDesk.flush();
            if (deskHasKey) {
                readBytes(fromDesk); // a desk that was given the key sends it now; H2 gets ours instead
            }
            writeBytes(toH2, key.fileEncryptionKey());
            toH2.flush();
        }
        toDesk.flush();
    }

    private static void pump(InputStream in, OutputStream out, Socket other) {
        byte[] buf = new byte[16 * 1024];
        try {
            for (int n; (n = in.read(buf)) >= 0; ) {
                out.write(buf, 0, n);
                if (in.available() == 0) {
                    out.flush();
                }
            }
            out.flush();
        } catch (IOException e) {
            // the other side closed
        } finally {
            try {
                other.shutdownOutput();
            } catch (IOException e) {
                // already closed
            }
        }
    }

    private static String readString(DataInputStream in) throws IOException {
        int len = in.readInt();
        if (len == -1) {
            return null;
        }
        if (len < 0 || len > 1_000_000) {
            throw new IOException("not an H2 client");
        }
        StringBuilder b = new StringBuilder(len);
        for (int i = 0; i < len; i++) {
            b.append(in.readChar());
        }
        return b.toString();
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
        } else {
            out.writeInt(s.length());
            out.writeChars(s);
        }
    }

    private static byte[] readBytes(DataInputStream in) throws IOException {
        int len = in.readInt();
        if (len == -1) {
            return null;
        }
        if (len < 0 || len > 1_000_000) {
            throw new IOException("not an H2 client");
        }
        return in.readNBytes(len);
    }

    private static void writeBytes(DataOutputStream out, byte[] b) throws IOException {
        if (b == null) {
            out.writeInt(-1);
        } else {
            out.writeInt(b.length);
            out.write(b);
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            listener.close();
        } catch (IOException e) {
            LOG.debug("closing the relay: {}", e.toString());
        }
    }
}
