package org.warroom.dashboard.ui;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.warroom.dashboard.Measure;
import org.warroom.dashboard.Threshold;
import org.warroom.platform.i18n.Messages;

/** The administrator's editor of the dashboard's thresholds: two numbers a measure (percent for rates). */
final class ThresholdsDialog {
    private final DashboardViewModel vm;
    private final Messages m;
    private final Consumer<String> status;

    ThresholdsDialog(DashboardViewModel vm, Messages m, Consumer<String> status) {
        this.vm = vm;
        this.m = m;
        this.status = status;
    }

    void show(Window owner) {
        vm.loadThresholds(current -> open(owner, current));
    }

    private void open(Window owner, Map<Measure, Threshold> current) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(m.get("dashboard.thresholds.title"));
        GridPane grid = new GridPane(10, 8);
        grid.setPadding(new Insets(12));
        grid.addRow(0, new Label(), new Label(m.get("dashboard.thresholds.good")), new Label(m.get("dashboard.thresholds.watch")));
        Map<Measure, TextField[]> fields = new EnumMap<>(Measure.class);
        int row = 1;
        for (Measure measure : Measure.values()) {
            Threshold t = current.get(measure);
            TextField good = new TextField(show(measure, t.good()));
            TextField watch = new TextField(show(measure, t.watch()));
            good.setId("threshold-good-" + measure.code());
            watch.setId("threshold-watch-" + measure.code());
            good.setPrefColumnCount(5);
            watch.setPrefColumnCount(5);
            fields.put(measure, new TextField[] {good, watch});
            grid.addRow(row++, new Label(m.get(measure.key())), good, watch,
                    new Label(m.get(measure.rate() ? "dashboard.thresholds.higher" : "dashboard.thresholds.lower")));
        }
        Label error = new Label();
        error.getStyleClass().add("form-error");
        grid.add(error, 0, row, 4, 1);
        dialog.getDialogPane().setContent(grid);
        ButtonType save = new ButtonType(m.get("action.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(save, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(save).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            e.consume();
            List<Threshold> changed = new ArrayList<>();
            try {
                for (var f : fields.entrySet()) {
                    Measure ms = f.getKey();
                    Threshold t = new Threshold(ms, parse(ms, f.getValue()[0].getText()), parse(ms, f.getValue()[1].getText()));
                    if (!t.equals(current.get(ms))) {
                        changed.add(t);
                    }
                }
            } catch (IllegalArgumentException bad) {
                error.setText(bad.getMessage());
                return;
            }
            vm.saveThresholds(changed, () -> {
                status.accept(m.get("dashboard.thresholds.saved"));
                dialog.close();
            }, error::setText);
        });
        dialog.show();
    }

    private static String show(Measure m, double v) {
        double shown = m.rate() ? v * 100 : v;
        return shown == Math.rint(shown) ? String.valueOf((long) shown) : String.valueOf(shown);
    }

    private static double parse(Measure m, String s) {
        try {
            double v = Double.parseDouble(s.strip().replace("%", ""));
            return m.rate() ? v / 100 : v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(m.code() + ": \"" + s + "\" is not a number.");
        }
    }
}
