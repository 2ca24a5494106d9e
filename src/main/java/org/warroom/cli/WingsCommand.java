package org.warroom.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.warroom.app.AppContext;
import org.warroom.people.Wing;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** `warroom wings list|add`: the frontal wings (morcha, prakoshth), each with its own IT cell. */
@Command(name = "wings", description = "Frontal wings, each with its own IT cell.",
        subcommands = {WingsCommand.ListWings.class, WingsCommand.Add.class})
public final class WingsCommand {

    /** Lists the wings. */
    @Command(name = "list", description = "List the wings.")
    static final class ListWings implements Callable<Integer> {
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
                if (json) {
                    CliSupport.printJson(out, ctx.people().wings().stream().map(WingsCommand::map).toList());
                } else {
                    ctx.people().wings().forEach(w -> out.printf("%-10s %-22s %s%n", w.code(), w.nameEn(), w.nameHi()));
                }
                out.flush();
            }
            return 0;
        }
    }

    /** Adds a wing. */
    @Command(name = "add", description = "Add a wing, e.g. wings add LEGAL \"Legal cell\" \"विधि प्रकोष्ठ\".")
    static final class Add implements Callable<Integer> {
        @Mixin
        GlobalOptions global;

        @Parameters(index = "0", paramLabel = "CODE")
        String code;

        @Parameters(index = "1", paramLabel = "ENGLISH")
        String nameEn;

        @Parameters(index = "2", paramLabel = "HINDI")
        String nameHi;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (AppContext ctx = CliSupport.open(global)) {
                Wing w = ctx.people().addWing(code, nameEn, nameHi);
                if (json) {
                    CliSupport.printJson(out, map(w));
                } else {
                    out.println("Added wing " + w.code() + ": " + w.nameEn() + " / " + w.nameHi());
                }
                out.flush();
            }
            return 0;
        }
    }

    static Map<String, Object> map(Wing w) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", w.code());
        m.put("name_en", w.nameEn());
        m.put("name_hi", w.nameHi());
        m.put("active", w.active());
        return m;
    }
}
