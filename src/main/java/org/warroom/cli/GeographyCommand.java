package org.warroom.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.warroom.app.AppContext;
import org.warroom.geography.OrgBuilder;
import org.warroom.geography.OrgPlan;
import org.warroom.platform.i18n.IndianFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** `warroom geography import`: the real Uttar Pradesh geography as the organisation tree. */
@Command(name = "geography", description = "The public geography of Uttar Pradesh.", subcommands = GeographyCommand.Import.class)
public final class GeographyCommand {

    /** `warroom geography import [--from DIR] [--replace]`. */
    @Command(name = "import", description = "Import 75 districts, 80 Lok Sabha seats, 403 assembly seats and the 2014 "
            + "polling stations (1,38,771) with generated mandals and sectors. All of it, or nothing.")
    static final class Import implements Callable<Integer> {
        @Mixin
        GlobalOptions global;

        @Option(names = "--from", paramLabel = "DIR", description = "A folder with files of the shipped names, instead of the shipped copy.")
        String from;

        @Option(names = "--replace", description = "Replace an organisation already in the database (removes its people).")
        boolean replace;

        @Option(names = "--json", description = "Print the result as JSON.")
        boolean json;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (AppContext ctx = CliSupport.open(global)) {
                Progress progress = new Progress(System.err, "importing");
                OrgBuilder.Result r = ctx.geography().importGeography(from == null ? null : CliSupport.path(from),
                        OrgPlan.wholeState(), replace, progress);
                progress.done();
                if (json) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("regions", r.regions());
                    m.put("districts", r.districts());
                    m.put("lok_sabha_seats", r.lokSabha());
                    m.put("assembly_seats", r.seats());
                    m.put("mandals", r.mandals());
                    m.put("sectors", r.sectors());
                    m.put("booths", r.booths());
                    m.put("notes", r.notes());
                    CliSupport.printJson(out, m);
                } else {
                    out.printf("Imported %d regions, %d districts, %d Lok Sabha seats, %d assembly seats, %s mandals, %s sectors, %s booths.%n",
                            r.regions(), r.districts(), r.lokSabha(), r.seats(), IndianFormat.number(r.mandals()),
                            IndianFormat.number(r.sectors()), IndianFormat.number(r.booths()));
                    out.println("Missing from the public data: the party's regions, mandals and sectors (generated here), "
                            + "booths added after 2014 (UP had about 1.74 lakh in 2022), and booth names in Hindi.");
                    r.notes().forEach(n -> out.println("note: " + n));
                }
                out.flush();
            }
            return 0;
        }
    }
}
