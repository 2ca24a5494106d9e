package org.warroom.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.warroom.app.AppContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** `warroom people export|withdraw PHONE`: a person's rights over their data. */
@Command(name = "people", description = "A person's data: everything stored about a phone number, or withdrawing their consent.",
        subcommands = {PeopleCommand.Export.class, PeopleCommand.Withdraw.class})
public final class PeopleCommand {

    @Command(name = "export", description = "Everything stored about the person with this mobile number, as JSON (to the "
            + "terminal or --out FILE): their record, reports, feedback, chat messages and the changes made to them.")
    static final class Export implements Callable<Integer> {
        @Mixin
        GlobalOptions global;

        @Parameters(index = "0", paramLabel = "PHONE")
        String phone;

        @Option(names = "--out", paramLabel = "FILE", description = "Write the JSON to this file.")
        Path out;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PrintWriter w = spec.commandLine().getOut();
            try (AppContext ctx = CliSupport.open(global)) {
                var data = ctx.personalData().export(phone);
                if (data.isEmpty()) {
                    spec.commandLine().getErr().println("warroom: no volunteer has that number.");
                    return 1;
                }
                if (out != null) {
                    java.io.StringWriter text = new java.io.StringWriter();
                    CliSupport.printJson(new PrintWriter(text), data.get());
                    Files.writeString(CliSupport.path(out.toString()), text.toString());
                    w.println("Written to " + CliSupport.path(out.toString()));
                } else {
                    CliSupport.printJson(w, data.get());
                }
                w.flush();
            }
            return 0;
        }
    }

    @Command(name = "withdraw", description = "The person with this number withdraws consent: their name, number, consent "
            + "date, free text and chat messages are erased; anonymous counts stay. Asks to confirm unless --yes.")
    static final class Withdraw implements Callable<Integer> {
        @Mixin
        GlobalOptions global;

        @Parameters(index = "0", paramLabel = "PHONE")
        String phone;

        @Option(names = "--yes", description = "Do not ask to confirm.")
        boolean yes;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter w = spec.commandLine().getOut();
            if (!CliSupport.confirmed(yes, "This erases the person's details for good. Type yes to go on: ")) {
                spec.commandLine().getErr().println("warroom: nothing was changed (confirm with --yes in scripts).");
                return 1;
            }
            try (AppContext ctx = CliSupport.open(global)) {
                int n = ctx.personalData().withdraw(phone);
                w.println("Consent withdrawn: contact details erased (" + n + " rows); anonymous counts kept.");
                w.flush();
            }
            return 0;
        }
    }
}
