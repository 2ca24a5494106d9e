package org.warroom.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.warroom.app.AppContext;
import org.warroom.posts.ElectionCalendarService;
import org.warroom.posts.Interval;
import org.warroom.posts.PhaseCsvResult;
import org.warroom.posts.PollPhase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** `warroom calendar import-phases|silent`: the polling phases per seat and the silence periods they imply. */
@Command(name = "calendar", description = "The election calendar: polling phases per assembly seat and their silence periods.",
        subcommands = {CalendarCommand.ImportPhases.class, CalendarCommand.Silent.class})
public final class CalendarCommand {

    /** Replaces the poll calendar from a CSV file, all or nothing. */
    @Command(name = "import-phases", description = "Import the polling phases from a CSV file with the header "
            + "ac_no,poll_date,poll_close (e.g. 187,2027-02-20,18:00, IST; other columns ignored). Replaces the "
            + "calendar; with any bad line nothing changes and every bad line is reported.")
    static final class ImportPhases implements Callable<Integer> {
        @Mixin
        GlobalOptions global;

        @Parameters(paramLabel = "FILE.csv")
        String file;

        @Option(names = "--mcc", paramLabel = "DATE", description = "The date the Model Code of Conduct began (2027-01-08).")
        String mcc;

        @Option(names = "--json", description = "Print the result as JSON.")
        boolean json;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            LocalDate mccStart = mcc == null ? null : CliTime.date("--mcc", mcc);
            try (AppContext ctx = CliSupport.open(global)) {
                ElectionCalendarService calendar = PostServices.of(ctx, global).calendar();
                PhaseCsvResult r = calendar.importPhases(CliSupport.path(file), mccStart);
                if (r.ok()) {
                    ctx.db().checkpoint();
                }
                List<Interval> windows = r.ok() ? r.silencePeriods().phases() : List.of();
                if (json) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("file", file);
                    m.put("saved", r.ok());
                    m.put("seats", r.phases().size());
                    m.put("phases", windows.stream().map(w -> window(w, r.phases())).toList());
                    m.put("mcc_start", calendar.mccStart().map(LocalDate::toString).orElse(null));
                    m.put("errors", r.problems().stream().map(p -> Map.of("line", p.line(), "reason", p.reason())).toList());
                    CliSupport.printJson(out, m);
                } else if (r.ok()) {
                    out.println("Imported the polling phases of " + r.phases().size() + " seats in " + windows.size()
                            + (windows.size() == 1 ? " phase." : " phases.") + " Silence periods (48 hours before each poll closes):");
                    windows.forEach(w -> out.println("  " + CliTime.human(w.start()) + " until " + CliTime.human(w.end())
                            + ": seats " + seatsOf(w, r.phases())));
                    calendar.mccStart().ifPresent(d -> out.println("Model Code of Conduct in force from " + d + "."));
                } else {
                    r.problems().forEach(p -> out.println(p.message()));
                    out.println("Nothing was imported: the calendar is all or nothing, since a missing seat would be unguarded.");
                }
                out.flush();
                return r.ok() ? 0 : 3;
            }
        }
    }

    /** The assembly seats in their silence period at a moment. */
    @Command(name = "silent", description = "The assembly seat numbers in their silence period at a moment, "
            + "e.g. calendar silent --at 2027-02-18T18:01+05:30 --json.")
    static final class Silent implements Callable<Integer> {
        @Mixin
        GlobalOptions global;

        @Option(names = "--at", paramLabel = "TIME", description = "The moment (ISO 8601; IST without an offset). Default: now.")
        String at;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (AppContext ctx = CliSupport.open(global)) {
                Instant when = at == null ? ctx.clock().instant() : CliTime.instant("--at", at);
                List<Integer> seats = PostServices.of(ctx, global).calendar().silentAt(when);
                if (json) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("at", CliTime.iso(when));
                    m.put("silent_seats", seats);
                    CliSupport.printJson(out, m);
                } else if (seats.isEmpty()) {
                    out.println("No assembly seat is in its silence period at " + CliTime.human(when) + ".");
                } else {
                    out.println("In their silence period at " + CliTime.human(when) + " (" + seats.size() + "): "
                            + String.join(", ", seats.stream().map(String::valueOf).toList()));
                }
                out.flush();
            }
            return 0;
        }
    }

    private static Map<String, Object> window(Interval w, List<PollPhase> phases) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("silent_from", CliTime.iso(w.start()));
        m.put("poll_closes", CliTime.iso(w.end()));
        m.put("seats", phases.stream().filter(p -> p.silence().equals(w)).map(PollPhase::acNo).sorted().toList());
        return m;
    }

    private static String seatsOf(Interval w, List<PollPhase> phases) {
        return String.join(", ", phases.stream().filter(p -> p.silence().equals(w)).map(PollPhase::acNo).sorted()
                .map(String::valueOf).toList());
    }
}
