package org.warroom.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.warroom.app.AppContext;
import org.warroom.org.Unit;
import org.warroom.org.UnitRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** `warroom search QUERY`: the window's search without a window (names in either script, seat and booth numbers). */
@Command(name = "search", description = "Find units: a name in Hindi or English, a seat number, or a seat and a booth (\"Isauli 117\").")
public final class SearchCommand implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @Parameters(paramLabel = "QUERY", arity = "1..*")
    List<String> words;

    @Option(names = "--limit", defaultValue = "20", description = "At most this many results (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Option(names = "--repeat", defaultValue = "1", description = "Run the search this many times and print the median and 95th percentile (a quick timing).")
    int repeat;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (AppContext ctx = CliSupport.open(global)) {
            Unit scope = global.desk() == null ? null : ctx.org().findDesk(global.desk()).map(UnitRow::unit).orElse(null);
            List<UnitRow> rows = List.of();
            double[] times = new double[Math.max(1, repeat)];
            for (int i = 0; i < times.length; i++) {
                long t0 = System.nanoTime();
                rows = ctx.org().search(String.join(" ", words), scope, limit);
                times[i] = (System.nanoTime() - t0) / 1e6;
            }
            java.util.Arrays.sort(times);
            double ms = times[times.length / 2];
            if (times.length > 1) {
                spec.commandLine().getErr().printf("%d runs: median %.1f ms, p95 %.1f ms, first %s%n", times.length, ms,
                        times[(int) Math.ceil(times.length * 0.95) - 1], "");
            }
            if (json) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("query", String.join(" ", words));
                m.put("millis", Math.round(ms * 10) / 10.0);
                m.put("results", rows.stream().map(r -> {
                    Map<String, Object> u = new LinkedHashMap<>();
                    u.put("code", r.unit().code());
                    u.put("kind", r.unit().kind().name().toLowerCase());
                    u.put("name_en", r.unit().nameEn());
                    u.put("name_hi", r.unit().nameHi());
                    u.put("booths", r.coverage().booths());
                    return u;
                }).toList());
                CliSupport.printJson(out, m);
            } else {
                rows.forEach(r -> out.printf("%-14s %-15s %s%s%n", r.unit().code(), r.unit().kind().label(false), r.unit().nameEn(),
                        r.unit().nameHi() == null ? "" : " · " + r.unit().nameHi()));
                out.printf("%d found in %.1f ms%n", rows.size(), ms);
            }
            out.flush();
        }
        return 0;
    }
}
