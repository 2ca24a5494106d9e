package org.warroom.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.warroom.app.AppContext;
import org.warroom.operators.Operator;
import org.warroom.operators.OperatorService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** `warroom operators add|list`: the people at the desks and their roles (until operators log in). */
@Command(name = "operators", description = "The people who work the desks: writers, coordinators, admins, leadership viewers.",
        subcommands = {OperatorsCommand.Add.class, OperatorsCommand.ListOperators.class, OperatorsCommand.CreateAdmin.class,
                OperatorsCommand.Passwd.class, OperatorsCommand.Reset.class})
public final class OperatorsCommand {

    /** Adds an operator. */
    @Command(name = "add", description = "Add an operator, e.g. operators add \"Asha Verma\" writer. "
            + "Roles: WRITER, COORDINATOR (approves), ADMIN, LEADERSHIP_VIEWER.")
    static final class Add implements Callable<Integer> {
        @Mixin
        GlobalOptions global;

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Parameters(index = "1", paramLabel = "ROLE")
        String role;

        @Option(names = "--scope", paramLabel = "UNIT-CODE",
                description = "For a DESK_OPERATOR: the unit they work for, e.g. D-SULTANPUR (a district), R-AWADH, AC-187.")
        String scope;

        @Option(names = "--login", description = "Give them a password to log in with (asked twice, or WARROOM_NEW_PASSWORD).")
        boolean login;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (AppContext ctx = CliSupport.open(global)) {
                OperatorService ops = ctx.operators();
                Operator op;
                if (login || scope != null) {
                    op = CliSupport.withNewPassword(name, pw -> ops.addAccount(name, OperatorService.parseRole(role), scope, pw));
                } else {
                    op = ops.add(name, OperatorService.parseRole(role));
                }
                if (json) {
                    CliSupport.printJson(out, map(op));
                } else {
                    out.println("Added operator #" + op.id() + ": " + op.name() + " (" + op.role() + ")");
                }
                out.flush();
            }
            return 0;
        }
    }

    /** Lists the operators. */
    @Command(name = "list", description = "List the operators.")
    static final class ListOperators implements Callable<Integer> {
        @Mixin
        GlobalOptions global;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (AppContext ctx = CliSupport.open(global)) {
                var all = PostServices.of(ctx, global).operators().list();
                if (json) {
                    CliSupport.printJson(out, all.stream().map(OperatorsCommand::map).toList());
                } else if (all.isEmpty()) {
                    out.println("No operators yet. Add one: warroom operators add NAME ROLE");
                } else {
                    all.forEach(o -> out.printf("%5d  %-18s %s%n", o.id(), o.role(), o.name()));
                }
                out.flush();
            }
            return 0;
        }
    }

    /** The first administrator: from then on every desk and command logs in. */
    @Command(name = "create-admin", description = "Create the war room's first administrator (asks for a password). "
            + "From then on the console and the commands that change data ask who is working.")
    static final class CreateAdmin implements Callable<Integer> {
        @Mixin
        GlobalOptions global;

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (AppContext ctx = CliSupport.open(global)) {
                var p = CliSupport.withNewPassword(name, pw -> ctx.operators().createFirstAdministrator(name, pw));
                spec.commandLine().getOut().println("Created the administrator " + p.name()
                        + ". Log in with --operator \"" + p.name() + "\" from now on.");
                spec.commandLine().getOut().flush();
            }
            return 0;
        }
    }

    /** Changes the logged-in operator's own password. */
    @Command(name = "passwd", description = "Change your own password (with --operator NAME; asks the old one, then the new one twice).")
    static final class Passwd implements Callable<Integer> {
        @Mixin
        GlobalOptions global;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (AppContext ctx = CliSupport.open(global)) {
                var me = ctx.access().current();
                if (!me.loggedIn()) {
                    throw new org.warroom.operators.AccessDeniedException("Say who you are with --operator NAME.");
                }
                char[] old = System.getenv("WARROOM_PASSWORD") != null ? System.getenv("WARROOM_PASSWORD").toCharArray()
                        : System.console() == null ? new char[0] : System.console().readPassword("Current password: ");
                char[] pw = CliSupport.newPassword(me.name());
                try {
                    ctx.operators().changePassword(me.operatorId(), old, pw);
                } finally {
                    java.util.Arrays.fill(pw, ' ');
                    java.util.Arrays.fill(old, ' ');
                }
                spec.commandLine().getOut().println("Password changed for " + me.name() + ".");
                spec.commandLine().getOut().flush();
            }
            return 0;
        }
    }

    /** An administrator resets someone's password and clears a lock-out. */
    @Command(name = "reset", description = "Set a new password for an operator who forgot theirs (administrators; clears a lock-out).")
    static final class Reset implements Callable<Integer> {
        @Mixin
        GlobalOptions global;

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (AppContext ctx = CliSupport.open(global)) {
                CliSupport.withNewPassword(name, pw -> {
                    ctx.operators().resetPassword(name, pw);
                    return true;
                });
                spec.commandLine().getOut().println("New password set for " + name + ".");
                spec.commandLine().getOut().flush();
            }
            return 0;
        }
    }

    static Map<String, Object> map(Operator o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", o.id());
        m.put("name", o.name());
        m.put("role", o.role().name());
        return m;
    }
}
