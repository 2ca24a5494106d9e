package org.warroom.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.warroom.app.AppContext;
import org.warroom.org.Coverage;
import org.warroom.org.UnitKind;
import org.warroom.org.UnitRow;
import org.warroom.platform.i18n.IndianFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** `warroom stats`: how many units of each level, and coverage, read from the summary table. */
@Command(name = "stats", description = "Counts of units by level and coverage of the whole organisation (or of --unit).")
public final class StatsCommand implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Option(names = "--unit", paramLabel = "NAME", description = "A district, region or seat (name or code) instead of the state.")
    String unit;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (AppContext ctx = CliSupport.open(global)) {
            Map<UnitKind, Long> counts = ctx.org().countsByKind();
            UnitRow top = unit != null
                    ? ctx.org().findDesk(unit).orElseThrow(() -> new IllegalArgumentException("No unit named " + unit + "."))
                    : ctx.org().roots().stream().findFirst().orElse(null);
            Coverage c = top == null ? Coverage.ZERO : top.coverage();
            long volunteers = ctx.people().countVolunteers();
            if (json) {
                Map<String, Object> m = new LinkedHashMap<>();
                Map<String, Long> units = new LinkedHashMap<>();
                counts.forEach((k, v) -> units.put(k.name().toLowerCase(), v));
                m.put("units", units);
                m.put("districts", counts.get(UnitKind.DISTRICT));
                m.put("assembly_seats", counts.get(UnitKind.ASSEMBLY));
                m.put("mandals", counts.get(UnitKind.MANDAL));
                m.put("booths", counts.get(UnitKind.BOOTH));
                m.put("volunteers", volunteers);
                m.put("scope", top == null ? null : top.unit().nameEn());
                Map<String, Object> levels = new LinkedHashMap<>();
                ctx.org().coverageBands().forEach((k, b) -> levels.put(k.name().toLowerCase(),
                        Map.of("good", b[0], "watch", b[1], "bad", b[2])));
                m.put("units_by_booth_coverage", levels);
                m.put("coverage", coverageMap(c));
                CliSupport.printJson(out, m);
            } else {
                counts.forEach((k, v) -> out.printf("%-16s %12s%n", k.label(false), IndianFormat.number(v)));
                out.printf("%-16s %12s%n", "volunteers", IndianFormat.number(volunteers));
                if (top != null) {
                    out.println();
                    out.println("Coverage of " + top.unit().nameEn() + ":");
                    out.printf("  booths with a volunteer   %10s of %s (%s)%n", IndianFormat.number(c.boothsAny()),
                            IndianFormat.number(c.booths()), IndianFormat.percent(c.anyRate()));
                    out.printf("  booths with all five      %10s (%s)%n", IndianFormat.number(c.boothsFull()), IndianFormat.percent(c.fullRate()));
                    out.printf("  booths with a group       %10s (%s)%n", IndianFormat.number(c.boothsGroup()), IndianFormat.percent(c.groupRate()));
                    out.printf("  group members / target    %10s / %s (%s)%n", IndianFormat.number(c.groupMembers()),
                            IndianFormat.number(c.groupTarget()), IndianFormat.percent(c.memberRate()));
                    out.printf("  vacant team seats         %10s of %s%n", IndianFormat.number(c.vacantSeats()), IndianFormat.number(c.teamSeats()));
                }
                out.println();
                out.println("Units by share of booths with a volunteer (good ≥ 80 %, watch ≥ 50 %, bad below):");
                ctx.org().coverageBands().forEach((k, b) -> out.printf("  %-16s good %9s   watch %9s   bad %9s%n", k.label(false),
                        IndianFormat.number(b[0]), IndianFormat.number(b[1]), IndianFormat.number(b[2])));
            }
            out.flush();
        }
        return 0;
    }

    static Map<String, Object> coverageMap(Coverage c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("booths", c.booths());
        m.put("booths_with_volunteer", c.boothsAny());
        m.put("booths_with_all_five", c.boothsFull());
        m.put("booths_with_group", c.boothsGroup());
        m.put("group_members", c.groupMembers());
        m.put("group_target", c.groupTarget());
        m.put("team_seats", c.teamSeats());
        m.put("team_seats_vacant", c.vacantSeats());
        m.put("active_volunteers", c.volunteers());
        return m;
    }
}
