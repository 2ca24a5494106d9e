package org.warroom.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.warroom.app.AppContext;
import org.warroom.org.UnitRow;
import org.warroom.reports.ImportMode;
import org.warroom.reports.ImportProblem;
import org.warroom.reports.ImportRequest;
import org.warroom.reports.ImportSummary;
import org.warroom.reports.MissingGroup;
import org.warroom.reports.MissingList;
import org.warroom.reports.ReportImportException;
import org.warroom.reports.ReportImportService;
import org.warroom.reports.ReportService;
import org.warroom.reports.importers.ColumnMapping;
import org.warroom.reports.importers.ImportFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** `warroom reports import FILE` and `warroom reports missing --unit D-SULTANPUR`: reporting without a window. */
@Command(name = "reports", description = "Volunteer reports.", subcommands = {ReportsCommand.Import.class, ReportsCommand.Missing.class})
public final class ReportsCommand {

    static ReportService reports(AppContext ctx) {
        return ctx.reports();
    }

    static ReportImportService importer(AppContext ctx) {
        return ctx.reportImports();
    }

    static UnitRow unit(AppContext ctx, String unit) {
        return ctx.org().byCode(unit).or(() -> ctx.org().findDesk(unit))
                .orElseThrow(() -> new IllegalArgumentException("No unit has the code or name \"" + unit
                        + "\" (codes look like D-SULTANPUR, AC-187, M-187-2, B-187-117)."));
    }

    /** Imports a chat export, CSV or form download; the summary accounts for every line. */
    @Command(name = "import", description = "Import reports from a WhatsApp export (.txt or .zip), a CSV, or a Google Forms, "
            + "KoboToolbox or ODK Central download. Every line is accounted for; importing a file twice adds nothing.")
    static final class Import implements Callable<Integer> {
        @Mixin
        GlobalOptions global;

        @Parameters(paramLabel = "FILE")
        String file;

        @Option(names = "--format", defaultValue = "auto", paramLabel = "auto|csv|google-forms|kobo|odk|whatsapp",
                description = "The file's format (default: recognised from its content).")
        String format;

        @Option(names = "--mode", paramLabel = "keep-good|all-or-nothing",
                description = "With bad lines: keep the good ones, or save nothing (default all-or-nothing).")
        String mode;

        @Option(names = "--dry-run", description = "Check and count only; save nothing.")
        boolean dryRun;

        @Option(names = "--map", paramLabel = "COLUMN=FIELD,...",
                description = "CSV columns to fields (booth, seat, phone, name, date, timestamp, forwarded, added, members, "
                        + "slots, issues, mood, feedback, ignore); remembered for the source.")
        String map;

        @Option(names = "--source", paramLabel = "NAME", description = "The name the column mapping is remembered under.")
        String source;

        @Option(names = "--scope", paramLabel = "UNIT", description = "Match chat senders by name only within this unit (e.g. D-SULTANPUR).")
        String scope;

        @Option(names = "--json", description = "Print the summary as JSON.")
        boolean json;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            ImportFormat f = ImportFormat.parse(format);
            ImportMode m = mode == null ? ImportMode.ALL_OR_NOTHING : ImportMode.parse(mode);
            try (AppContext ctx = CliSupport.open(global)) {
                Long scopeId = scope == null ? null : unit(ctx, scope).unit().id();
                ImportRequest request = new ImportRequest(f, m, dryRun, ColumnMapping.parseSpec(map), source, scopeId);
                Progress progress = new Progress(System.err, "importing");
                ImportSummary s;
                try {
                    s = importer(ctx).importFile(CliSupport.path(file), request, progress, () -> false);
                } catch (ReportImportException e) {
                    throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
                } finally {
                    progress.done();
                }
                if (s.saved()) {
                    ctx.db().checkpoint();
                }
                if (json) {
                    Map<String, Object> j = new LinkedHashMap<>();
                    j.put("file", file);
                    j.put("format", s.format().label());
                    j.put("sha256", s.sha256());
                    j.put("total", s.total());
                    j.put("reports", s.reports());
                    j.put("merged", s.merged());
                    j.put("queued", s.queued());
                    j.put("system", s.system());
                    j.put("media", s.media());
                    j.put("duplicates", s.duplicates());
                    j.put("errors", problems(s.errors()));
                    j.put("skipped", problems(s.skipped()));
                    j.put("accounted", s.accountedFor());
                    j.put("notes", s.notes());
                    j.put("mapping", s.mapping());
                    j.put("mode", s.mode().label());
                    j.put("dry_run", s.dryRun());
                    j.put("saved", s.saved());
                    j.put("import_id", s.importId());
                    CliSupport.printJson(out, j);
                } else {
                    s.notes().forEach(n -> out.println("note: " + n));
                    if (!s.mapping().isEmpty()) {
                        out.println("columns: " + s.mapping());
                    }
                    s.errors().forEach(e -> out.println(e.message()));
                    out.println(s.summary());
                    if (mode == null && !s.clean() && !s.dryRun()) {
                        out.println("Use --mode keep-good to save the good lines and leave the bad ones out.");
                    }
                }
                out.flush();
                return s.clean() ? 0 : 3;
            }
        }

        private static List<Map<String, Object>> problems(List<ImportProblem> list) {
            return list.stream().map(p -> Map.<String, Object>of("line", p.line(), "reason", p.reason())).toList();
        }
    }

    /** Who has not reported, grouped by mandal; to CSV or XLSX for the convenors. */
    @Command(name = "missing", description = "List the booth volunteers under a unit who have not reported on a day.")
    static final class Missing implements Callable<Integer> {
        @Mixin
        GlobalOptions global;

        @Option(names = "--unit", required = true, paramLabel = "UNIT", description = "A unit code or name: D-SULTANPUR, Sultanpur, AC-187, M-187-2.")
        String unit;

        @Option(names = "--day", paramLabel = "yyyy-mm-dd", description = "The day (default: today in India).")
        String day;

        @Option(names = "--csv", paramLabel = "FILE", description = "Write the list as CSV.")
        String csv;

        @Option(names = "--xlsx", paramLabel = "FILE", description = "Write the list as an Excel workbook.")
        String xlsx;

        @Option(names = "--whole-phones", description = "Write whole phone numbers in the files (default: masked).")
        boolean wholePhones;

        @Option(names = "--json", description = "Print the counts as JSON.")
        boolean json;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (AppContext ctx = CliSupport.open(global)) {
                ReportService reports = reports(ctx);
                LocalDate d;
                try {
                    d = day == null ? reports.today() : LocalDate.parse(day);
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException("--day is yyyy-mm-dd, not " + day + ".");
                }
                long started = System.nanoTime();
                MissingList list = reports.missing(unit(ctx, unit).unit().id(), d);
                long ms = (System.nanoTime() - started) / 1_000_000;
                if (csv != null) {
                    reports.exportMissingCsv(list, CliSupport.path(csv), wholePhones);
                }
                if (xlsx != null) {
                    reports.exportMissingXlsx(list, CliSupport.path(xlsx), wholePhones);
                }
                if (json) {
                    Map<String, Object> j = new LinkedHashMap<>();
                    j.put("unit", list.unitName());
                    j.put("day", list.day().toString());
                    j.put("expected", list.expected());
                    j.put("missing", list.missing());
                    j.put("mandals", list.groups().size());
                    j.put("millis", ms);
                    CliSupport.printJson(out, j);
                } else {
                    for (MissingGroup g : list.groups()) {
                        out.println(g.districtName() + " / " + g.mandalName() + ": " + g.volunteers().size() + " not reported");
                    }
                    out.println(list.missing() + " of " + list.expected() + " booth volunteers of " + list.unitName()
                            + " have not reported on " + list.day() + " (" + ms + " ms).");
                }
                out.flush();
                return 0;
            }
        }
    }
}
