package org.warroom.reports.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.warroom.platform.i18n.IndianFormat;
import org.warroom.platform.i18n.Messages;
import org.warroom.reports.ImportMode;
import org.warroom.reports.ImportProblem;
import org.warroom.reports.ImportSummary;
import org.warroom.platform.fx.WrapLabel;

/**
 * An import of a report file in two steps. First a dry run counts what would happen to every line (reports,
 * queued for review, system lines, media, duplicates, errors with their lines) and saves nothing; then Import runs it
 * for real in one transaction, with a progress bar and a Cancel that leaves the database as it was.
 */
final class ReportImportDialog extends Dialog<ImportSummary> {
    private static final ButtonType GO = new ButtonType("import", ButtonBar.ButtonData.OK_DONE);
    private final Messages m;
    private final ReportsViewModel vm;
    private final WrapLabel state = new WrapLabel();
    private final Label[] counts = new Label[7];
    private final ListView<String> problems = new ListView<>();
    private final ProgressBar progress = new ProgressBar();
    private boolean running;
    private boolean finished;
    private ImportSummary done;

    ReportImportDialog(Messages m, ReportsViewModel vm, Path file) {
        this.m = m;
        this.vm = vm;
        setTitle(m.get("reports.import.title"));
        setHeaderText(m.get("reports.import.header", String.valueOf(file.getFileName())));
        state.setId("reportImportState");
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(2);
        String[] keys = {"reports.import.total", "reports.import.reports", "reports.import.queued", "reports.import.system",
                "reports.import.media", "reports.import.duplicates", "reports.import.errors"};
        String[] ids = {"importTotal", "importReports", "importQueued", "importSystem", "importMedia", "importDuplicates", "importErrors"};
        for (int i = 0; i < keys.length; i++) {
            counts[i] = new Label("…");
            counts[i].setId(ids[i]);
            counts[i].getStyleClass().add("import-count");
            grid.addRow(i, new Label(m.get(keys[i])), counts[i]);
        }
        problems.setId("reportImportProblems");
        problems.setPrefSize(620, 160);
        problems.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(problems.getItems()));
        problems.managedProperty().bind(problems.visibleProperty());
        progress.setId("reportImportProgress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(vm.importProgressProperty());
        progress.visibleProperty().bind(vm.importingProperty());
        state.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox box = new VBox(10, state, grid, problems, progress);
        getDialogPane().setPrefWidth(600);
        box.setPadding(new Insets(10));
        getDialogPane().setContent(box);
        getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL);
        cancelButton().setId("reportImportCancel");
        cancelButton().addEventFilter(ActionEvent.ACTION, e -> {
            if (running) {
                e.consume();
                vm.cancelImport();
                state.setText(m.get("reports.import.stopping"));
            }
        });
        setOnCloseRequest(e -> {
            if (running) {
                e.consume();
                vm.cancelImport();
            }
        });
        // the result is the real import's summary (null when nothing was imported); setting it earlier would close the dialog
        setResultConverter(b -> done);
        state.setText(m.get("reports.import.checking"));
        running = true;
        vm.preview(file, s -> {
            running = false;
            show(s);
            state.setText(s.cancelled() ? m.get("reports.import.cancelled")
                    : s.total() == 0 ? m.get("reports.import.empty") : m.get("reports.import.previewed"));
            if (s.reports() + s.queued() > 0 && !s.cancelled()) {
                offer(file, s);
            }
        }, this::failed);
    }

    private Button cancelButton() {
        return (Button) getDialogPane().lookupButton(ButtonType.CANCEL);
    }

    private void offer(Path file, ImportSummary preview) {
        getDialogPane().getButtonTypes().setAll(GO, ButtonType.CANCEL);
        cancelButton().setId("reportImportCancel");
        cancelButton().addEventFilter(ActionEvent.ACTION, e -> {
            if (running) {
                e.consume();
                vm.cancelImport();
                state.setText(m.get("reports.import.stopping"));
            }
        });
        Button go = (Button) getDialogPane().lookupButton(GO);
        go.setId("reportImportGo");
        boolean clean = preview.errors().isEmpty();
        go.setText(clean ? m.get("reports.import.go") : m.get("reports.import.goKeepGood", preview.errors().size()));
        go.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            if (finished) {
                setResult(done);
                close();
                return;
            }
            go.setDisable(true);
            running = true;
            state.setText(m.get("reports.import.running"));
            vm.runImport(file, clean ? ImportMode.ALL_OR_NOTHING : ImportMode.KEEP_GOOD, s -> {
                running = false;
                finished = true;
                show(s);
                done = s;
                state.setText(vm.describe(s));
                go.setText(m.get("reports.import.close"));
                go.setDisable(false);
                cancelButton().setVisible(false);
            }, reason -> {
                running = false;
                go.setDisable(false);
                failed(reason);
            });
        });
    }

    private void failed(String reason) {
        running = false;
        state.setText(m.get("reports.import.failed", reason));
        state.getStyleClass().add("form-error");
    }

    private void show(ImportSummary s) {
        int[] values = {s.total(), s.reports(), s.queued(), s.system(), s.media(), s.duplicates(), s.errors().size()};
        for (int i = 0; i < values.length; i++) {
            counts[i].setText(IndianFormat.number(values[i]));
        }
        if (s.merged() > 0) {
            counts[1].setText(IndianFormat.number(s.reports()) + " (" + m.get("reports.import.merged", s.merged()) + ")");
        }
        List<String> lines = new ArrayList<>();
        s.errors().stream().map(ImportProblem::message).forEach(lines::add);
        s.notes().forEach(lines::add);
        problems.getItems().setAll(lines);
        if (getDialogPane().getScene() != null && getDialogPane().getScene().getWindow() != null) {
            getDialogPane().getScene().getWindow().sizeToScene();
        }
    }
}
