package org.warroom.brief;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.warroom.brief.Brief.Count;
import org.warroom.brief.Brief.Line;
import org.warroom.brief.Brief.Ranked;
import org.warroom.brief.Brief.Tile;
import org.warroom.platform.i18n.Messages;
import org.warroom.platform.io.WholeFile;
import org.warroom.reports.DayRollup;

/**
 * The briefing's tables for a spreadsheet: the tiles, fourteen days of reporting, the best and worst units, and who
 * has not reported (counts per unit; names with masked phones when the unit is small enough to list them). One XLSX
 * sheet per table, or one CSV file per table. Numbers stay numbers; files are written whole or not at all.
 */
public final class BriefTables {
    /** One table: a name (sheet and file), its column names and its rows. */
    public record Table(String name, List<String> header, List<List<Object>> rows) {
    }

    private BriefTables() {
    }

    public static List<Table> of(Brief b, Messages m) {
        boolean hi = m.hindi();
        List<Table> out = new ArrayList<>();
        List<List<Object>> tiles = new ArrayList<>();
        for (Tile t : b.tiles()) {
            tiles.add(List.of(m.get(t.key()), t.value(), t.detail()));
        }
        out.add(new Table("tiles", List.of("tile", "value", "detail"), tiles));
        List<List<Object>> days = new ArrayList<>();
        for (DayRollup d : b.series()) {
            days.add(List.of(d.day().toString(), d.reported(), d.expected(), Double.isNaN(d.rate()) ? "" : round(d.rate() * 100),
                    d.reportingBooths(), d.booths(), d.forwarded(), d.added()));
        }
        out.add(new Table("reporting_14_days", List.of("day", "reported", "expected", "rate_percent", "booths_reporting",
                "booths", "messages_forwarded", "members_added"), days));
        out.add(ranked("best_coverage", b.bestCoverage(), hi));
        out.add(ranked("worst_coverage", b.worstCoverage(), hi));
        out.add(ranked("best_reporting", b.bestReporting(), hi));
        out.add(ranked("worst_reporting", b.worstReporting(), hi));
        List<List<Object>> counts = new ArrayList<>();
        for (Count c : b.missing().byUnit()) {
            counts.add(List.of(c.unit().code(), c.unit().name(hi), c.missing(), c.expected()));
        }
        out.add(new Table("not_reported_by_unit", List.of("code", "unit", "not_reported", "expected"), counts));
        if (b.missing().listed()) {
            List<List<Object>> names = new ArrayList<>();
            for (Line l : b.missing().lines()) {
                names.add(List.of(l.mandal(), l.boothCode(), l.booth(), l.name(), l.maskedPhone()));
            }
            out.add(new Table("not_reported_names", List.of("mandal", "booth_code", "booth", "volunteer", "phone_masked"), names));
        }
        return out;
    }

    private static Table ranked(String name, List<Ranked> units, boolean hi) {
        List<List<Object>> rows = new ArrayList<>();
        int rank = 1;
        for (Ranked r : units) {
            rows.add(List.of(rank++, r.unit().code(), r.unit().name(hi), round(r.rate() * 100), r.part(), r.whole()));
        }
        return new Table(name, List.of("rank", "code", "unit", "percent", "count", "of"), rows);
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    /** All tables in one workbook, a sheet each. */
    public static void writeXlsx(List<Table> tables, Path file) {
        WholeFile.write(file, os -> {
            Workbook wb = new Workbook(os, "War Room Console", "1.0");
            for (Table t : tables) {
                Worksheet ws = wb.newWorksheet(t.name());
                for (int c = 0; c < t.header().size(); c++) {
                    ws.value(0, c, t.header().get(c));
                    ws.style(0, c).bold().set();
                }
                for (int r = 0; r < t.rows().size(); r++) {
                    List<Object> row = t.rows().get(r);
                    for (int c = 0; c < row.size(); c++) {
                        Object v = row.get(c);
                        if (v instanceof Number n) {
                            ws.value(r + 1, c, n);
                        } else {
                            ws.value(r + 1, c, String.valueOf(v));
                        }
                    }
                }
                ws.freezePane(0, 1);
            }
            wb.finish();
            return null;
        });
    }

    /** One CSV file per table in {@code dir} (UTF-8 with a byte-order mark, so Excel reads the Hindi); the paths written. */
    public static List<Path> writeCsv(List<Table> tables, Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(cannot(dir, e), e);
        }
        List<Path> written = new ArrayList<>();
        for (Table t : tables) {
            Path file = dir.resolve(t.name() + ".csv");
            WholeFile.write(file, os -> {
                Writer w = new java.io.OutputStreamWriter(os, StandardCharsets.UTF_8);
                w.write('\uFEFF');
                CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT);
                p.printRecord(t.header());
                for (List<Object> row : t.rows()) {
                    p.printRecord(row);
                }
                p.flush();
                return null;
            });
            written.add(file);
        }
        return written;
    }

    private static String cannot(Path dir, IOException e) {
        return e instanceof AccessDeniedException ? "The folder " + dir + " cannot be written: choose another."
                : "Could not write in " + dir + ": " + e.getMessage();
    }
}
