package org.warroom.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.warroom.platform.db.DataFolder;
import org.warroom.platform.db.DbServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** `warroom serve`: the war room's database for every desk, until Ctrl+C. */
@Command(name = "serve", description = "Serve this data folder's database to the desks over the network (H2 TCP server). "
        + "Listens on 127.0.0.1 unless --bind names an address of this machine; the first serve sets the database password "
        + "(asked twice, or WARROOM_NEW_PASSWORD). Desks connect with ./warroom --db jdbc:h2:tcp://HOST:PORT/warroom --db-password.")
public final class ServeCommand implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @Option(names = "--port", defaultValue = "9092", description = "TCP port (default ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "The address to listen on, e.g. this machine's office LAN address (default ${DEFAULT-VALUE}: this machine only).")
    String bind;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        // an encrypted database: the key is given here, once; desks connect with the server password only
        DataFolder folder = global.folder();
        char[] pw = folder.dbPassword().isEmpty() && folder.hasDatabase() ? CliSupport.newPassword("the war-room database") : null;
        DbServer server;
        try {
            server = DbServer.start(folder, bind, port, pw);
        } finally {
            if (pw != null) {
                java.util.Arrays.fill(pw, ' ');
            }
        }
        org.warroom.platform.db.Database db = server.database();
        org.warroom.platform.db.AutoBackup backups = org.warroom.platform.db.AutoBackup.start(db,
                new org.warroom.platform.db.Backups(folder, java.time.Clock.systemDefaultZone()), new org.warroom.platform.db.Settings(db.jdbi()));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (backups != null) {
                backups.close();
            }
            server.close();
            stopped.countDown();
        }, "serve-stop"));
        out.println("Serving " + folder.path() + " at " + server.url() + (folder.encrypted()
                ? " (the database is encrypted; the desks need only the server password)" : ""));
        out.println("Desks connect with: ./warroom --db " + server.url() + " --db-password");
        out.println("SERVING " + server.port());
        out.println("Ctrl+C stops the server; the desks say \"disconnected\" and carry on when it is back.");
        out.flush();
        stopped.await();
        return 0;
    }
}
