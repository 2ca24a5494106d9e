package org.warroom.people.ui;

import java.nio.file.Path;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import org.warroom.people.importers.ImportReport;
import org.warroom.people.importers.ImportReport.Mode;
import org.warroom.platform.i18n.Messages;
import org.warroom.platform.fx.WrapLabel;

/** A preview of a volunteers file: every bad row with its line, then keep the good rows, import all, or nothing. */
public final class VolunteerImportDialog extends Dialog<ImportReport> {
    private static final ButtonType KEEP = new ButtonType("keep", ButtonBar.ButtonData.OK_DONE);
    private static final ButtonType ALL = new ButtonType("all", ButtonBar.ButtonData.OK_DONE);
    private final WrapLabel summary = new WrapLabel();
    private final ListView<String> problems = new ListView<>();
    private final ProgressIndicator busy = new ProgressIndicator();

    public VolunteerImportDialog(Messages m, VolunteersViewModel vm, Path file) {
        setTitle(m.get("import.title"));
        setHeaderText(m.get("import.header", file.getFileName().toString()));
        summary.setId("importSummary");
        problems.setId("importProblems");
        problems.setPrefSize(640, 260);
        busy.setMaxSize(40, 40);
        VBox box = new VBox(10, summary, problems, busy);
        box.setPadding(new Insets(10));
        getDialogPane().setContent(box);
        getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL);
        ((Button) getDialogPane().lookupButton(ButtonType.CANCEL)).setText(m.get("import.nothing"));
        summary.setText(m.get("import.checking"));
        setResultConverter(b -> null);
        vm.previewImport(file, report -> {
            busy.setVisible(false);
            problems.getItems().setAll(report.errors().stream().map(ImportReport.RowError::message).toList());
            int good = report.rowsRead() - report.errors().size();
            summary.setText(m.get("import.preview", report.rowsRead(), good, report.errors().size()));
            if (good > 0) {
                ButtonType type = report.clean() ? ALL : KEEP;
                getDialogPane().getButtonTypes().setAll(type, ButtonType.CANCEL);
                ((Button) getDialogPane().lookupButton(ButtonType.CANCEL)).setText(m.get("import.nothing"));
                Button go = (Button) getDialogPane().lookupButton(type);
                go.setId("importGo");
                go.setText(report.clean() ? m.get("import.all", good) : m.get("import.keepGood", good));
                go.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
                    e.consume();
                    go.setDisable(true);
                    busy.setVisible(true);
                    vm.runImport(file, report.clean() ? Mode.ALL_OR_NOTHING : Mode.KEEP_GOOD, done -> {
                        setResult(done);
                        close();
                    }, reason -> {
                        busy.setVisible(false);
                        summary.setText(reason);
                    });
                });
            }
        }, reason -> {
            busy.setVisible(false);
            summary.setText(reason);
        });
    }
}
