package org.warroom.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.warroom.people.PhoneNumbers;

/** The missing list as files to send to convenors: CSV for any tool, XLSX for Excel. One row per volunteer. */
final class MissingListExport {
    static final List<String> HEADER = List.of("date", "district", "district_convenors", "mandal", "mandal_it_team", "booth_code",
            "booth", "volunteer", "phone");

    private MissingListExport() {
    }

    static void csv(MissingList list, Path file, boolean wholePhones) {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write('\uFEFF');
            try (CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT)) {
                p.printRecord(HEADER);
                for (MissingGroup g : list.groups()) {
                    for (MissingVolunteer v : g.volunteers()) {
                        p.printRecord(row(list, g, v, wholePhones));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    static void xlsx(MissingList list, Path file, boolean wholePhones) {
        try (OutputStream os = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(os, "War Room Console", "1.0");
            Worksheet ws = wb.newWorksheet("Missing " + list.day());
            for (int c = 0; c < HEADER.size(); c++) {
                ws.value(0, c, HEADER.get(c));
                ws.style(0, c).bold().set();
            }
            int r = 1;
            for (MissingGroup g : list.groups()) {
                for (MissingVolunteer v : g.volunteers()) {
                    List<String> cells = row(list, g, v, wholePhones);
                    for (int c = 0; c < cells.size(); c++) {
                        ws.value(r, c, cells.get(c));
                    }
                    r++;
                }
            }
            ws.freezePane(0, 1);
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    private static List<String> row(MissingList list, MissingGroup g, MissingVolunteer v, boolean wholePhones) {
        return List.of(list.day().toString(), g.districtName(), String.join("; ", g.districtConvenors()), g.mandalName(),
                String.join("; ", g.mandalTeam()), v.boothCode(), v.boothName(), v.name(),
                wholePhones ? PhoneNumbers.display(v.phone()) : v.maskedPhone());
    }
}
