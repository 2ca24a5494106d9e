package org.warroom.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.warroom.app.AppContext;
import org.warroom.people.Role;
import org.warroom.people.VolunteerDraft;

/** A second JVM on the same data folder, as a terminal next to the window would be. */
public final class ChildProcess {
    private ChildProcess() {
    }

    /** Entry point of the child: "add DIR UNIT PHONE" adds a volunteer; "hold DIR" keeps the file open exclusively. */
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[1]);
        switch (args[0]) {
            case "add" -> {
                try (AppContext ctx = TestDb.open(dir)) {
                    ctx.people().add(new VolunteerDraft(Long.parseLong(args[2]), "Neha Gupta", args[3], Role.BOOTH_IT, 1,
                            LocalDate.now().minusDays(1), true));
                }
                System.out.println("added");
            }
            case "hold" -> {
                try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("warroom") + ";WRITE_DELAY=0", "warroom", "")) {
                    c.createStatement().execute("SELECT 1");
                    System.out.println("ready");
                    System.out.flush();
                    Thread.sleep(60_000);
                }
            }
            case "serve" -> {
                // opens the database first (so this process serves it to others) and exits when told to
                try (AppContext ctx = TestDb.open(dir)) {
                    ctx.org().isEmpty();
                    System.out.println("ready");
                    System.out.flush();
                    new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                }
                System.out.println("closed");
            }
            case "edits" -> {
                // "edits DIR BOOTH FIRST": adds volunteers one per transaction, saying each one after its commit
                try (AppContext ctx = TestDb.open(dir)) {
                    long booth = Long.parseLong(args[2]);
                    for (long n = Long.parseLong(args[3]); ; n++) {
                        String phone = String.format("+91 9%09d", n);
                        ctx.people().add(new VolunteerDraft(booth, "Kill Test " + n, phone, Role.BOOTH_IT, 1,
                                LocalDate.now().minusDays(1), true));
                        System.out.println("committed " + n);
                        System.out.flush();
                    }
                }
            }
            case "import" -> {
                // "import DIR FILE": the volunteers import of the command line, all or nothing
                System.out.println("importing");
                System.out.flush();
                int rc = new picocli.CommandLine(new org.warroom.cli.WarRoomCommand(o -> { }))
                        .execute("volunteers", "import", args[2], "--data", dir.toString(), "--mode", "all-or-nothing");
                System.out.println("exit " + rc);
                System.out.println("imported");
            }
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    /** Starts a child JVM with the test classpath. */
    public static Process start(String... args) throws IOException {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", cp, ChildProcess.class.getName()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true).start();
    }

    /** Waits for a line from the child; fails with everything it printed if it does not come. */
    public static void expectLine(Process p, String expected, int seconds) throws Exception {
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder all = new StringBuilder();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < end) {
            String line = r.readLine();
            if (line == null) {
                break;
            }
            all.append(line).append('\n');
            if (line.trim().equals(expected)) {
                return;
            }
        }
        throw new AssertionError("child process did not print " + expected + "; it printed:\n" + all);
    }
}
