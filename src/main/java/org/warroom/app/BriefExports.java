package org.warroom.app;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import org.warroom.brief.Brief;
import org.warroom.brief.BriefPdf;
import org.warroom.brief.BriefTables;
import org.warroom.org.UnitRow;
import org.warroom.platform.fx.FxTasks;
import org.warroom.platform.i18n.Messages;

/**
 * The dashboard's "Briefing" menu: the briefing of the unit on show as a PDF in Hindi or English, or its tables as
 * a workbook or CSV files. Gathered and written off the FX thread; the status line says where it went, or why not.
 */
final class BriefExports {
    private BriefExports() {
    }

    static MenuButton menu(AppContext ctx, FxTasks tasks, Messages m, Supplier<UnitRow> unit, MainWindow window) {
        MenuButton menu = new MenuButton(m.get("brief.menu"));
        menu.setId("briefMenu");
        MenuItem hi = new MenuItem(m.get("brief.menu.pdfHi"));
        hi.setOnAction(e -> pdf(ctx, tasks, m, unit, window, "hi"));
        MenuItem en = new MenuItem(m.get("brief.menu.pdfEn"));
        en.setOnAction(e -> pdf(ctx, tasks, m, unit, window, "en"));
        MenuItem xlsx = new MenuItem(m.get("brief.menu.xlsx"));
        xlsx.setOnAction(e -> {
            File f = chooser(m, "xlsx").showSaveDialog(window.node().getScene().getWindow());
            if (f != null) {
                run(ctx, tasks, m, unit, window, (row, b) -> {
                    BriefTables.writeXlsx(BriefTables.of(b, m), f.toPath());
                    return f.toPath();
                });
            }
        });
        MenuItem csv = new MenuItem(m.get("brief.menu.csv"));
        csv.setOnAction(e -> {
            DirectoryChooser c = new DirectoryChooser();
            c.setTitle(m.get("brief.menu.csv"));
            File d = c.showDialog(window.node().getScene().getWindow());
            if (d != null) {
                run(ctx, tasks, m, unit, window, (row, b) -> {
                    BriefTables.writeCsv(BriefTables.of(b, m), d.toPath());
                    return d.toPath();
                });
            }
        });
        menu.getItems().setAll(hi, en, xlsx, csv);
        return menu;
    }

    private static void pdf(AppContext ctx, FxTasks tasks, Messages m, Supplier<UnitRow> unit, MainWindow window, String lang) {
        File f = chooser(m, "pdf").showSaveDialog(window.node().getScene().getWindow());
        if (f != null) {
            run(ctx, tasks, m, unit, window, (row, b) -> {
                new BriefPdf(Messages.of(lang), org.warroom.brief.BriefMap.png(ctx.map(), ctx.org(), row).orElse(null))
                        .write(b, f.toPath());
                return f.toPath();
            });
        }
    }

    private static FileChooser chooser(Messages m, String ext) {
        FileChooser c = new FileChooser();
        c.setTitle(m.get("brief.menu"));
        c.setInitialFileName("brief." + ext);
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter(ext.toUpperCase(java.util.Locale.ROOT), "*." + ext));
        return c;
    }

    /** Writes the brief of {@code row} somewhere; returns where. */
    private interface Write {
        Path to(UnitRow row, Brief brief) throws Exception;
    }

    private static void run(AppContext ctx, FxTasks tasks, Messages m, Supplier<UnitRow> unit, MainWindow window, Write write) {
        UnitRow shown = unit.get();
        window.say(m.get("brief.writing"));
        tasks.run(() -> {
                    UnitRow row = shown == null ? ctx.brief().state() : shown;
                    return write.to(row, ctx.brief().gather(row));
                })
                .onSuccess(p -> window.say(m.get("brief.written", p.toString())))
                .onError(e -> window.say("⚠ " + m.get("brief.notWritten", e.getMessage())))
                .start();
    }
}
