package org.warroom.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The issue-2 benchmark, a program rather than a test: builds the up preset once into a temporary data folder,
 * measures it against baselines taken in the same run, prints a table and writes it to
 * bench/results/issue-2-DATE.md and .json. Options (system properties): bench.builds (2), bench.perLevel (40),
 * bench.searches (200), bench.adds (20), bench.sectors (0 = all sectors' booths), bench.startupRuns (3),
 * bench.keep (keep the temporary folder), bench.out (bench/results), bench.only (e.g. "2,3,6": run only these),
 * bench.data (an already built up folder, copied and used instead of building; measure 1 is then skipped).
 */
public final class Bench {
    static final String COMMAND = "mvn -B -q -Pbench test-compile exec:exec@bench";
    private static String load = "";

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        if (List.of(System.getProperty("bench.only", "").split(",")).contains("45")) {
            DayBench.main(args); // measure 45, the state-wide day view of posts against the week view (issue 4)
            return;
        }
        if (List.of(System.getProperty("bench.only", "").split(",")).contains("51")) {
            AuditBench.main(args); // measure 51, the audit trail's cost (issue 5): its own database and result file
            return;
        }
        if (List.of(System.getProperty("bench.only", "").split(",")).contains("34")) {
            PulseBench.main(args); // measure 34, the window while another process writes 500 reports a second (issue 3)
            return;
        }
        if (List.of(System.getProperty("bench.only", "").split(",")).contains("31")) {
            ReportsBench.main(args); // measures 31-33, reports at the up preset with 60 days (issue 3): on bench.data
            return;
        }
        if (List.of(System.getProperty("bench.only", "").split(",")).contains("53")) {
            DesksBench.main(args); // measure 53, 20 desks on one server, H2 and PostgreSQL side by side (issue 5)
            return;
        }
        if (List.of(System.getProperty("bench.only", "").split(",")).contains("52")) {
            PropagationBench.main(args); // measure 52, a change between two desks over the server (issue 5)
            return;
        }
        if (List.of(System.getProperty("bench.only", "").split(",")).contains("54")) {
            EncryptionBench.main(args); // measure 54, what encrypting the database (AES) costs (issue 5)
            return;
        }
        if (List.of(System.getProperty("bench.only", "").split(",")).contains("55")) {
            AuditFilterBench.main(args); // measure 55, the audit viewer's unit filter on 100,000 audit rows (issue 5)
            return;
        }
        if (List.of(System.getProperty("bench.only", "").split(",")).contains("61")) {
            BriefBench.main(args); // measure 61, the state's briefing PDF (issue 6): on the up folder given as bench.data
            return;
        }
        if (List.of(System.getProperty("bench.only", "").split(",")).contains("62")) {
            MapBench.main(args); // measure 62, the map: draw, recolour, pan (issue 6)
            return;
        }
        if (List.of(System.getProperty("bench.only", "").split(",")).contains("64")) {
            ReplayBench.main(args); // measure 64, the window's pulses while a day is replayed at 60× (issue 6)
            return;
        }
        if (List.of(System.getProperty("bench.only", "").split(",")).contains("63")) {
            DashboardBench.main(args); // measure 63, the state's dashboard refresh (issue 6): on the up folder given as bench.data
            return;
        }
        Path work = Files.createTempDirectory("warroom-bench");
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        System.out.println("War Room Console bench (issue 2); working in " + work);
        List<Measure> results = new ArrayList<>();
        String only = System.getProperty("bench.only", "1,2,3,4,5,6");
        try {
            String given = System.getProperty("bench.data", "");
            if (!given.isBlank()) {
                copy(Path.of(given), work.resolve("up"));
            } else if (only.contains("1")) {
                results.add(new BuildMeasure(work, Integer.getInteger("bench.builds", 2)).run());
                print(results.getLast());
            } else {
                throw new IllegalArgumentException("without measure 1, give a built folder with -Dbench.data=DIR");
            }
            BrowseMeasures browse = new BrowseMeasures(work.resolve("up"));
            for (Measure m : browse.run(Integer.getInteger("bench.perLevel", 40), Integer.getInteger("bench.searches", 200),
                    Integer.getInteger("bench.adds", 20))) {
                if (only.contains(String.valueOf(m.no()))) {
                    results.add(m);
                    print(m);
                }
            }
            if (only.contains("5")) {
                results.add(browse.heap(Integer.getInteger("bench.sectors", 0)));
                print(results.getLast());
            }
            if (only.contains("6")) {
                results.add(new StartupMeasure(work.resolve("up"), Integer.getInteger("bench.startupRuns", 3)).run());
                print(results.getLast());
            }
        } finally {
            if (!Boolean.getBoolean("bench.keep")) {
                BuildMeasure.delete(work);
            }
        }
        load = String.format("system load average %.1f at start, %.1f at end (on %d cores): other work on the machine "
                + "slows both sides of each ratio", loadBefore, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        String table = table(results);
        System.out.println();
        System.out.println(table);
        System.out.println(load);
        write(results, table, Path.of(System.getProperty("bench.out", "bench/results")));
        // a benchmark reports, it does not gate: the table says which targets were missed
        System.exit(0);
    }

    private static void copy(Path from, Path to) throws java.io.IOException {
        Files.createDirectories(to);
        try (var files = Files.list(from)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".mv.db")).toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }

    private static void print(Measure m) {
        System.out.printf("%n[%d] %s: %s %s — baseline (%s) %s %s, ratio %.2f, target %s: %s%n", m.no(), m.name(),
                num(m.value()), m.unit(), m.baselineName(), num(m.baseline()), m.unit(), m.ratio(), m.target(),
                m.pass() ? "PASS" : "FAIL");
        m.details().forEach(d -> System.out.println("    " + d));
    }

    static String table(List<Measure> results) {
        StringBuilder b = new StringBuilder();
        b.append("| # | measure | value | baseline (same run) | ratio | target | result |\n");
        b.append("|---|---|---|---|---|---|---|\n");
        for (Measure m : results) {
            b.append(String.format("| %d | %s | %s %s | %s %s (%s) | %.2f | %s | %s |%n", m.no(), m.name(), num(m.value()),
                    m.unit(), num(m.baseline()), m.unit(), m.baselineName(), m.ratio(), m.target(), m.pass() ? "pass" : "FAIL"));
        }
        return b.toString();
    }

    private static String num(double v) {
        return Math.abs(v) >= 100 ? String.format("%,.0f", v) : String.format("%.2f", v);
    }

    private static void write(List<Measure> results, String table, Path dir) throws Exception {
        Files.createDirectories(dir);
        String date = LocalDate.now().toString();
        StringBuilder md = new StringBuilder("# Issue 2 bench, " + ZonedDateTime.now() + "\n\n");
        md.append(String.format("Machine: %d cores, Java %s, max heap %d MB. Run with `%s`.%n%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() / 1048576, COMMAND));
        md.append(table).append('\n').append(load).append(".\n\n");
        for (Measure m : results) {
            md.append("## ").append(m.no()).append(". ").append(m.name()).append("\n\n");
            m.details().forEach(d -> md.append("- ").append(d).append('\n'));
            md.append('\n');
        }
        Files.writeString(dir.resolve("issue-2-" + date + ".md"), md.toString(), StandardCharsets.UTF_8);
        List<Map<String, Object>> json = new ArrayList<>();
        for (Measure m : results) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("no", m.no());
            o.put("measure", m.name());
            o.put("value", m.value());
            o.put("unit", m.unit());
            o.put("baseline", m.baseline());
            o.put("baseline_name", m.baselineName());
            o.put("ratio", m.ratio());
            o.put("target", m.target());
            o.put("pass", m.pass());
            o.put("details", m.details());
            json.add(o);
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("issue", 2);
        doc.put("at", ZonedDateTime.now().toString());
        doc.put("cores", Runtime.getRuntime().availableProcessors());
        doc.put("java", System.getProperty("java.version"));
        doc.put("load", load);
        doc.put("measures", json);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(dir.resolve("issue-2-" + date + ".json").toFile(), doc);
        System.out.println("written to " + dir.resolve("issue-2-" + date + ".md") + " and .json");
    }
}
