package org.warroom.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import org.warroom.app.AppContext;
import org.warroom.platform.audit.Actor;
import org.warroom.platform.db.DataFolder;
import org.warroom.platform.db.Database;

/** Opening the database for a command, and printing results as text or JSON. */
final class CliSupport {
    /** Made when first printed: {@link #path} is on the window's start-up path, which prints no JSON. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }

    private CliSupport() {
    }

    static AppContext open(GlobalOptions g) {
        return open(g, Clock.systemDefaultZone());
    }

    /** With another clock: {@code --at} runs a command as if it were then (the clock moves on from there). */
    static AppContext open(GlobalOptions g, Clock clock) {
        return open(g, clock, g.dbUrl != null ? null : g.folder());
    }

    /** On this data folder (with or without its key), unless the options name a shared database. */
    static AppContext open(GlobalOptions g, Clock clock, DataFolder folder) {
        Database db;
        if (g.dbUrl != null) {
            db = Database.open(g.dbUrl, g.dbUser, g.dbPassword == null ? "" : g.dbPassword);
        } else {
            db = Database.openEmbedded(folder);
        }
        org.warroom.demo.DemoService.recoverInterrupted(db);
        AppContext ctx = new AppContext(db, clock, Actor.ofSystemUser(g.desk == null ? "cli" : g.desk),
                g.dataDir().resolve("media"));
        try {
            logIn(ctx, g);
        } catch (RuntimeException e) {
            ctx.close();
            throw e;
        }
        return ctx;
    }

    /**
     * Once the war room has accounts, a command acts as the operator named by --operator (password from
     * WARROOM_PASSWORD or asked on the terminal); without one it may only read. Without accounts it runs open.
     */
    private static void logIn(AppContext ctx, GlobalOptions g) {
        if (!ctx.operators().hasAccounts()) {
            return;
        }
        if (g.operator == null || g.operator.isBlank()) {
            ctx.access().set(org.warroom.operators.Principal.notLoggedIn());
            return;
        }
        char[] password = password(g.operator);
        try {
            ctx.access().set(ctx.operators().login(g.operator, password));
        } finally {
            java.util.Arrays.fill(password, ' ');
        }
    }

    private static char[] password(String who) {
        String env = System.getenv("WARROOM_PASSWORD");
        if (env != null) {
            return env.toCharArray();
        }
        java.io.Console console = System.console();
        if (console == null) {
            throw new org.warroom.operators.AccessDeniedException("No terminal to ask " + who
                    + "'s password on; set WARROOM_PASSWORD for scripts.");
        }
        char[] pw = console.readPassword("Password for %s: ", who);
        return pw == null ? new char[0] : pw;
    }

    /**
     * Whether the person agrees to something that cannot be undone: {@code yes} given (--yes), or "yes" typed at the
     * prompt. Without a terminal and without --yes, the answer is no.
     */
    static boolean confirmed(boolean yes, String prompt, Object... args) {
        if (yes) {
            return true;
        }
        java.io.Console console = System.console();
        String answer = console == null ? null : console.readLine(prompt, args);
        return answer != null && answer.strip().equalsIgnoreCase("yes");
    }

    /** Runs {@code use} with a new password (see {@link #newPassword}) and wipes it afterwards. */
    static <T> T withNewPassword(String who, java.util.function.Function<char[], T> use) {
        char[] pw = newPassword(who);
        try {
            return use.apply(pw);
        } finally {
            java.util.Arrays.fill(pw, ' ');
        }
    }

    /** A new password typed twice on the terminal, or taken from WARROOM_NEW_PASSWORD for scripts. */
    static char[] newPassword(String who) {
        String env = System.getenv("WARROOM_NEW_PASSWORD");
        if (env != null) {
            return env.toCharArray();
        }
        java.io.Console console = System.console();
        if (console == null) {
            throw new org.warroom.operators.AccessDeniedException("No terminal to ask for " + who
                    + "'s new password on; set WARROOM_NEW_PASSWORD for scripts.");
        }
        char[] a = console.readPassword("New password for %s (at least %d characters): ", who,
                org.warroom.operators.Passwords.MIN_LENGTH);
        char[] b = console.readPassword("The same again: ");
        if (a == null || b == null || !java.util.Arrays.equals(a, b)) {
            throw new org.warroom.operators.OperatorException("The two passwords differ; nothing was changed.");
        }
        java.util.Arrays.fill(b, ' ');
        return a;
    }

    static void printJson(PrintWriter out, Object value) {
        try {
            out.println(Json.MAPPER.writeValueAsString(value));
            out.flush();
        } catch (Exception e) {
            throw new IllegalStateException("Could not write JSON: " + e.getMessage(), e);
        }
    }

    static Path path(String p) {
        return Path.of(p).toAbsolutePath().normalize();
    }
}
