package org.warroom.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.warroom.app.AppContext;
import org.warroom.people.importers.ImportException;
import org.warroom.people.importers.ImportReport;
import org.warroom.people.importers.ImportReport.Mode;
import org.warroom.people.importers.VolunteerCsvImporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** `warroom volunteers import FILE.csv`: every bad row reported; the good ones kept, or none. */
@Command(name = "volunteers", description = "Volunteers.", subcommands = VolunteersCommand.Import.class)
public final class VolunteersCommand {

    /** Checks the whole file first; with bad rows and no --mode, asks whether to keep the good rows or import nothing. */
    @Command(name = "import", description = "Import volunteers from a CSV file (columns: docs/volunteers-csv.md). "
            + "Every bad row is reported with its line and reason; never half an import.")
    static final class Import implements Callable<Integer> {
        @Mixin
        GlobalOptions global;

        @Parameters(paramLabel = "FILE.csv")
        String file;

        @Option(names = "--mode", paramLabel = "keep-good|all-or-nothing",
                description = "What to do when some rows are bad. Without it, you are asked (or, with no terminal, nothing is imported).")
        String mode;

        @Option(names = "--dry-run", description = "Check and report only; save nothing.")
        boolean dryRun;

        @Option(names = "--json", description = "Print the report as JSON.")
        boolean json;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Mode chosen = parseMode(mode);
            try (AppContext ctx = CliSupport.open(global)) {
                VolunteerCsvImporter importer = new VolunteerCsvImporter(ctx.org(), ctx.people());
                ImportReport report;
                try {
                    ImportReport preview = importer.preview(CliSupport.path(file), chosen == null ? Mode.ALL_OR_NOTHING : chosen);
                    if (dryRun) {
                        report = preview;
                    } else if (preview.clean()) {
                        report = importer.importFile(CliSupport.path(file), Mode.ALL_OR_NOTHING, false);
                    } else {
                        if (chosen == null) {
                            print(err, preview.errors());
                            chosen = ask(err, preview);
                        }
                        report = chosen == null ? preview : importer.importFile(CliSupport.path(file), chosen, false);
                    }
                } catch (ImportException e) {
                    throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
                }
                if (report.saved()) {
                    ctx.db().checkpoint();
                }
                if (json) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("file", file);
                    m.put("rows_read", report.rowsRead());
                    m.put("imported", report.saved() ? report.imported() : 0);
                    m.put("saved", report.saved());
                    m.put("mode", report.mode().name().toLowerCase().replace('_', '-'));
                    m.put("errors", report.errors().stream().map(e -> Map.of("line", e.line(), "reason", e.reason())).toList());
                    CliSupport.printJson(out, m);
                } else {
                    if (chosen != null || dryRun || report.clean()) {
                        print(out, report.errors());
                    }
                    out.println(report.summary());
                }
                out.flush();
                // 0: every row imported (or would be); 3: some rows were refused (with keep-good the good ones are saved)
                return report.clean() ? 0 : 3;
            }
        }

        private static void print(PrintWriter w, List<ImportReport.RowError> errors) {
            errors.forEach(e -> w.println(e.message()));
            w.flush();
        }

        /** Asks on the terminal; with no terminal the safe answer is to import nothing. */
        private static Mode ask(PrintWriter err, ImportReport preview) throws Exception {
            int good = preview.rowsRead() - preview.errors().size();
            if (System.console() == null) {
                err.println("Some rows are bad and no --mode was given: nothing was imported. "
                        + "Use --mode keep-good to save the " + good + " good rows, or fix the file.");
                err.flush();
                return null;
            }
            err.print(preview.errors().size() + " bad rows. Keep the " + good + " good rows [k], or import nothing [n]? ");
            err.flush();
            String answer = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            return answer != null && answer.trim().toLowerCase().startsWith("k") ? Mode.KEEP_GOOD : null;
        }

        private static Mode parseMode(String s) {
            if (s == null) {
                return null;
            }
            return switch (s.trim().toLowerCase().replace('_', '-')) {
                case "keep-good", "keep" -> Mode.KEEP_GOOD;
                case "all-or-nothing", "all" -> Mode.ALL_OR_NOTHING;
                default -> throw new IllegalArgumentException("--mode is keep-good or all-or-nothing, not " + s + ".");
            };
        }
    }
}
