package org.warroom.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.warroom.app.AppContext;
import org.warroom.dashboard.Dashboard;
import org.warroom.dashboard.DashboardService;
import org.warroom.dashboard.Measure;
import org.warroom.dashboard.Threshold;
import org.warroom.dashboard.Tile;
import org.warroom.org.UnitRow;
import org.warroom.platform.i18n.IndianFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `warroom dashboard [--unit X] [--json]`: the dashboard's tiles; `warroom dashboard thresholds`: show or set the colours. */
@Command(name = "dashboard", description = "Print the dashboard of a unit (the state by default): booths covered, volunteers "
        + "active, reports today against expected, slots released today, approvals pending, seats silent now — each with its "
        + "colour (good, watch, bad) and the days of its 14-day trend.", subcommands = DashboardCommand.Thresholds.class)
public final class DashboardCommand implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @Option(names = "--unit", paramLabel = "CODE-OR-NAME", description = "A code (D-SULTANPUR, AC-187) or a name in English or Hindi.")
    String unit;

    @Option(names = "--json", description = "Print the tiles as JSON.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter pw = spec.commandLine().getOut();
        try (AppContext ctx = CliSupport.open(global)) {
            DashboardService s = ctx.dashboard();
            UnitRow row = unit == null ? s.state() : s.find(unit).orElseThrow(() -> new IllegalArgumentException(
                    "No unit has the code or name \"" + unit + "\" (codes look like D-SULTANPUR, AC-187; names as in the tree)."));
            Dashboard d = s.refresh(row);
            if (json) {
                Map<String, Object> j = new LinkedHashMap<>();
                j.put("unit", d.unit().unit().code());
                j.put("day", d.day().toString());
                j.put("demo", d.demoPreset());
                List<Map<String, Object>> tiles = new ArrayList<>();
                for (Tile t : d.tiles()) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("measure", t.measure().code());
                    m.put("value", t.hasData() ? t.value() : null);
                    m.put("part", t.part());
                    m.put("whole", t.whole());
                    m.put("level", t.level().styleClass());
                    m.put("trendDays", t.trend().daysWithData());
                    m.put("trend", t.trend().values().stream().map(v -> v.isNaN() ? null : v).toList());
                    tiles.add(m);
                }
                j.put("tiles", tiles);
                CliSupport.printJson(pw, j);
                return 0;
            }
            pw.printf("Dashboard of %s, %s%s%n", d.unit().unit().nameEn(), IndianFormat.date(d.day()),
                    d.demoPreset() == null ? "" : "  (demo — synthetic data)");
            for (Tile t : d.tiles()) {
                String value = !t.hasData() ? "no data" : t.measure().rate()
                        ? IndianFormat.percent(t.value()) + " (" + IndianFormat.number(t.part()) + " / " + IndianFormat.number(t.whole()) + ")"
                        : IndianFormat.number(t.part());
                pw.printf("  %-11s %-28s %-6s trend: %d of %d days%n", t.measure().code(), value, t.level().styleClass(),
                        t.trend().daysWithData(), t.trend().days().size());
            }
            pw.flush();
        }
        return 0;
    }

    /** Shows the thresholds, or sets one (administrators only; audited). */
    @Command(name = "thresholds", description = "Show the dashboard's thresholds, or set one: thresholds reports 80 60 (percent for "
            + "covered, volunteers, reports, released; counts for approvals and silent, where lower is better).")
    static final class Thresholds implements Callable<Integer> {
        @Mixin
        GlobalOptions global;

        @Parameters(arity = "0..3", paramLabel = "MEASURE GOOD WATCH")
        List<String> args = new ArrayList<>();

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter pw = spec.commandLine().getOut();
            if (!args.isEmpty() && args.size() != 3) {
                throw new IllegalArgumentException("Give a measure and two numbers, e.g. thresholds reports 80 60, or nothing to list them.");
            }
            try (AppContext ctx = CliSupport.open(global)) {
                if (args.size() == 3) {
                    Measure m = Measure.of(args.get(0));
                    double good = number(args.get(1));
                    double watch = number(args.get(2));
                    Threshold t = ctx.dashboard().setThreshold(new Threshold(m, m.rate() ? good / 100 : good, m.rate() ? watch / 100 : watch));
                    pw.println("Saved " + t.describe());
                } else {
                    ctx.dashboard().thresholds().values().forEach(t -> pw.println(t.describe()));
                }
                pw.flush();
            }
            return 0;
        }

        private static double number(String s) {
            try {
                return Double.parseDouble(s.strip().replace("%", ""));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("\"" + s + "\" is not a number.");
            }
        }
    }
}
