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
        subcommands = {OperatorsCommand.Add.class, OperatorsCommand.ListOperators.class})
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

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (AppContext ctx = CliSupport.open(global)) {
                Operator op = PostServices.of(ctx, global).operators().add(name, OperatorService.parseRole(role));
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

    static Map<String, Object> map(Operator o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", o.id());
        m.put("name", o.name());
        m.put("role", o.role().name());
        return m;
    }
}
