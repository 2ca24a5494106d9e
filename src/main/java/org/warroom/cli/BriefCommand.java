package org.warroom.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.warroom.app.AppContext;
import org.warroom.brief.Brief;
import org.warroom.brief.BriefPdf;
import org.warroom.brief.BriefTables;
import org.warroom.org.UnitRow;
import org.warroom.platform.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `warroom brief --unit D-SULTANPUR --lang hi --out brief.pdf`: the leadership briefing without a window. */
@Command(name = "brief", description = "Write a briefing PDF (tiles, 14-day reporting chart, best and worst units, who has not "
        + "reported) for a unit, or for the whole state when no unit is named. Hindi or English (--lang hi|en, default en). "
        + "Phone numbers are masked.")
public final class BriefCommand implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @Option(names = "--unit", paramLabel = "CODE-OR-NAME", description = "The unit: a code (D-SULTANPUR, AC-187) or a name "
            + "in English or Hindi. Default: the state.")
    String unit;

    @Option(names = "--out", paramLabel = "FILE.pdf", description = "Where to write the PDF (replaced whole, never half-written).")
    String out;

    @Option(names = "--xlsx", paramLabel = "FILE.xlsx", description = "Also (or instead) the brief's tables as a workbook, a sheet each.")
    String xlsx;

    @Option(names = "--csv", paramLabel = "DIR", description = "Also (or instead) the brief's tables as CSV files, one per table, in DIR.")
    String csv;

    @Option(names = "--json", description = "Print what was written as JSON.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String lang = global.lang() == null ? "en" : global.lang().strip().toLowerCase(java.util.Locale.ROOT);
        if (!lang.equals("hi") && !lang.equals("en")) {
            throw new IllegalArgumentException("--lang is hi or en, not \"" + global.lang() + "\".");
        }
        if (out == null && xlsx == null && csv == null) {
            throw new IllegalArgumentException("Say where to write: --out FILE.pdf, --xlsx FILE.xlsx or --csv DIR (any of them).");
        }
        PrintWriter pw = spec.commandLine().getOut();
        try (AppContext ctx = CliSupport.open(global)) {
            long started = System.nanoTime();
            UnitRow row = unit == null ? ctx.brief().state() : ctx.brief().find(unit)
                    .orElseThrow(() -> new IllegalArgumentException("No unit has the code or name \"" + unit
                            + "\" (codes look like D-SULTANPUR, AC-187, M-187-2; names as in the tree, e.g. Sultanpur or सुलतानपुर)."));
            Brief brief = ctx.brief().gather(row);
            java.nio.file.Path file = out == null ? null : CliSupport.path(out);
            int pages = file == null ? 0 : new BriefPdf(Messages.of(lang),
                    org.warroom.brief.BriefMap.png(ctx.map(), ctx.org(), row).orElse(null)).write(brief, file);
            java.util.List<BriefTables.Table> tables = BriefTables.of(brief, Messages.of(lang));
            if (xlsx != null) {
                BriefTables.writeXlsx(tables, CliSupport.path(xlsx));
            }
            java.util.List<java.nio.file.Path> csvFiles = csv == null ? java.util.List.of() : BriefTables.writeCsv(tables, CliSupport.path(csv));
            long ms = (System.nanoTime() - started) / 1_000_000;
            if (json) {
                Map<String, Object> j = new LinkedHashMap<>();
                j.put("file", file == null ? null : file.toString());
                j.put("xlsx", xlsx == null ? null : CliSupport.path(xlsx).toString());
                j.put("csv", csvFiles.stream().map(Object::toString).toList());
                j.put("unit", row.unit().code());
                j.put("lang", lang);
                j.put("pages", pages);
                j.put("day", brief.day().toString());
                j.put("demo", brief.demoPreset());
                j.put("expected", brief.missing().expected());
                j.put("missing", brief.missing().missing());
                j.put("millis", ms);
                CliSupport.printJson(pw, j);
            } else {
                if (file != null) {
                    pw.printf("Wrote %s: the %s brief of %s, %d pages (%d ms).%n", file, lang.equals("hi") ? "Hindi" : "English",
                            row.unit().nameEn(), pages, ms);
                }
                if (xlsx != null) {
                    pw.printf("Wrote %s: %d tables, a sheet each.%n", CliSupport.path(xlsx), tables.size());
                }
                if (!csvFiles.isEmpty()) {
                    pw.printf("Wrote %d CSV files in %s.%n", csvFiles.size(), CliSupport.path(csv));
                }
                pw.flush();
            }
        }
        return 0;
    }
}
