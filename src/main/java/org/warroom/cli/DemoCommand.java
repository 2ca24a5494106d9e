package org.warroom.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.warroom.app.AppContext;
import org.warroom.demo.DemoPreset;
import org.warroom.demo.DemoService;
import org.warroom.platform.i18n.IndianFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** `warroom demo --preset sultanpur|gorakhpur|up`: a database of synthetic people on real geography. */
@Command(name = "demo", description = "Build a demo database: sultanpur (2,172 booths), gorakhpur (27,736) or up (1.39 lakh). "
        + "All people in it are synthetic.")
public final class DemoCommand implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @Option(names = "--preset", defaultValue = "sultanpur", description = "sultanpur, gorakhpur or up (default ${DEFAULT-VALUE}).")
    String preset;

    @Option(names = "--seed", defaultValue = "1", description = "Same seed, same data (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--replace", description = "Replace an organisation already in the database (removes its people).")
    boolean replace;

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    @Option(names = "--replay", description = "Open the window replaying a campaign day on a copy of this demo database "
            + "(reports arriving booth by booth, slots releasing); the copy is thrown away afterwards.")
    boolean replay;

    @Option(names = "--speed", defaultValue = "60", paramLabel = "X", description = "With --replay: times real time "
            + "(default ${DEFAULT-VALUE}; 60 plays a day in about 17 minutes).")
    double speed;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (replay) {
            return DemoReplay.open(global, speed, spec.commandLine().getOut());
        }
        DemoPreset p = DemoPreset.parse(preset);
        PrintWriter out = spec.commandLine().getOut();
        try (AppContext ctx = CliSupport.open(global)) {
            Progress progress = new Progress(System.err, "building " + p.name().toLowerCase());
            DemoService.Result r = ctx.demo().build(p, seed, replace, progress);
            progress.done();
            if (json) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("preset", p.name().toLowerCase());
                m.put("seed", seed);
                m.put("districts", r.org().districts());
                m.put("assembly_seats", r.org().seats());
                m.put("mandals", r.org().mandals());
                m.put("sectors", r.org().sectors());
                m.put("booths", r.org().booths());
                m.put("booths_beyond_2014_list", r.org().syntheticBooths());
                m.put("volunteers", r.volunteers());
                m.put("whatsapp_groups", r.groups());
                m.put("broadcast_lists", r.lists());
                m.put("rows", r.rows());
                m.put("millis", r.millis());
                m.put("notes", r.org().notes());
                CliSupport.printJson(out, m);
            } else {
                out.println("Demo database built in " + ctx.db().url().replaceAll(";.*", "") + " — all people in it are synthetic.");
                out.printf("%s districts, %s assembly seats, %s mandals, %s sectors, %s booths%n",
                        r.org().districts(), r.org().seats(), IndianFormat.number(r.org().mandals()),
                        IndianFormat.number(r.org().sectors()), IndianFormat.number(r.org().booths()));
                out.printf("%s synthetic volunteers (phones +91 50…, a range no real phone has), %s WhatsApp groups, %s broadcast lists%n",
                        IndianFormat.number(r.volunteers()), IndianFormat.number(r.groups()), IndianFormat.number(r.lists()));
                out.printf("%s rows in %.1f s%n", IndianFormat.number(r.rows()), r.millis() / 1000.0);
                r.org().notes().forEach(n -> out.println("note: " + n));
            }
            out.flush();
        }
        return 0;
    }
}
