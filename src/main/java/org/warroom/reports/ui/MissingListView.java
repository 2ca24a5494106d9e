package org.warroom.reports.ui;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.warroom.platform.i18n.IndianFormat;
import org.warroom.platform.i18n.Messages;
import org.warroom.reports.MissingGroup;
import org.warroom.reports.MissingList;
import org.warroom.reports.MissingVolunteer;
import org.warroom.reports.VolunteerMatch;
import org.warroom.platform.fx.WrapLabel;

/**
 * Today's missing list of the selected unit: district (with its IT convenors) → mandal (with its IT team and a count)
 * → the volunteers to call, phones masked. Double-click or Enter on a volunteer puts them in the quick-entry form.
 * Exports to CSV or XLSX, phones masked unless the box is ticked.
 */
final class MissingListView {
    /** Mandals stay closed when the list is longer than this, so a district's thousands of rows open on demand. */
    static final int OPEN_BELOW = 150;
    private final ReportsViewModel vm;
    private final Consumer<VolunteerMatch> pick;
    private final VBox box = new VBox(6);
    private final WrapLabel summary = new WrapLabel();
    private final Button csv = new Button();
    private final Button xlsx = new Button();
    private final CheckBox whole = new CheckBox();
    private final TreeView<Line> tree = new TreeView<>();
    private final WrapLabel placeholder = new WrapLabel();
    private Messages m;

    /** A row of the list: a heading (district or mandal) or a volunteer. */
    record Line(String text, MissingVolunteer volunteer) {
    }

    private final org.warroom.platform.fx.WhenShown whenShown = new org.warroom.platform.fx.WhenShown();

    MissingListView(ReportsViewModel vm, Messages messages, Consumer<VolunteerMatch> pick) {
        this.vm = vm;
        this.m = messages;
        this.pick = pick;
        summary.setId("missingSummary");
        summary.getStyleClass().add("section-title");
        csv.setId("missingCsv");
        xlsx.setId("missingXlsx");
        whole.setId("missingWholePhones");
        tree.setId("missingTree");
        tree.setShowRoot(false);
        tree.setFixedCellSize(24);
        tree.setCellFactory(t -> new TreeCell<>() {
            @Override
            protected void updateItem(Line line, boolean empty) {
                super.updateItem(line, empty);
                setText(empty || line == null ? null : line.text());
                getStyleClass().remove("missing-heading");
                if (!empty && line != null && line.volunteer() == null) {
                    getStyleClass().add("missing-heading");
                }
            }
        });
        tree.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                pickSelected();
            }
        });
        tree.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                pickSelected();
            }
        });
        placeholder.getStyleClass().add("chart-empty");
        csv.setOnAction(e -> export(false));
        xlsx.setOnAction(e -> export(true));
        csv.disableProperty().bind(vm.missingProperty().isNull());
        xlsx.disableProperty().bind(vm.missingProperty().isNull());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox actions = new HBox(8, csv, xlsx, whole, spacer);
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox.setVgrow(tree, Priority.ALWAYS);
        box.getChildren().setAll(summary, actions, placeholder, tree);
        box.setPadding(new Insets(8));
        vm.missingProperty().addListener((o, a, list) -> showWhenSeen());
        vm.missingTooWideProperty().addListener((o, a, b) -> showWhenSeen());
        setMessages(messages);
    }

    Node node() {
        return box;
    }

    TreeView<Line> tree() {
        return tree;
    }

    /**
     * Follows whether the list is on screen: while it is not, a new list is only noted and drawn when it comes into
     * view. Building a district's thousands of rows costs the FX thread up to a quarter of a second, and during an
     * import the list changes every second (measure 34 found the window stalling on a list nobody was looking at).
     */
    void followShowing(ObservableBooleanValue showing) {
        whenShown.follow(showing);
    }

    private void showWhenSeen() {
        whenShown.run(() -> show(vm.missingProperty().get()));
    }

    void setMessages(Messages messages) {
        this.m = messages;
        csv.setText(m.get("reports.missing.csv"));
        xlsx.setText(m.get("reports.missing.xlsx"));
        whole.setText(m.get("reports.missing.wholePhones"));
        show(vm.missingProperty().get());
    }

    private void show(MissingList list) {
        boolean wide = vm.missingTooWideProperty().get();
        placeholder.setVisible(wide || list == null);
        placeholder.setManaged(wide || list == null);
        placeholder.setText(m.get(wide ? "reports.missing.tooWide" : "reports.missing.loading"));
        if (list == null) {
            summary.setText(m.get("reports.missing.title"));
            tree.setRoot(null);
            return;
        }
        summary.setText(m.get("reports.missing.summary", list.missing(), list.expected(), IndianFormat.date(list.day())));
        boolean open = list.missing() <= OPEN_BELOW;
        TreeItem<Line> root = new TreeItem<>();
        Map<Long, TreeItem<Line>> districts = new LinkedHashMap<>();
        Map<Long, Integer> districtCounts = new LinkedHashMap<>();
        for (MissingGroup g : list.groups()) {
            districtCounts.merge(g.districtId(), g.volunteers().size(), Integer::sum);
        }
        for (MissingGroup g : list.groups()) {
            TreeItem<Line> district = districts.computeIfAbsent(g.districtId(), id -> {
                String convenors = g.districtConvenors().isEmpty() ? m.get("reports.missing.nobody") : String.join(", ", g.districtConvenors());
                TreeItem<Line> d = new TreeItem<>(new Line(m.get("reports.missing.district", g.districtName(),
                        districtCounts.get(id), convenors), null));
                d.setExpanded(true);
                root.getChildren().add(d);
                return d;
            });
            String team = g.mandalTeam().isEmpty() ? m.get("reports.missing.nobody") : String.join(", ", g.mandalTeam());
            TreeItem<Line> mandal = new TreeItem<>(new Line(m.get("reports.missing.mandal", g.mandalName(), g.volunteers().size(), team), null));
            mandal.getChildren().setAll(g.volunteers().stream().map(v -> new TreeItem<>(new Line(v.name() + " · " + v.maskedPhone()
                    + " · " + m.get("reports.missing.booth", v.boothCode(), v.boothName()), v))).toList());
            mandal.setExpanded(open);
            district.getChildren().add(mandal);
        }
        tree.setRoot(root);
    }

    private void pickSelected() {
        TreeItem<Line> item = tree.getSelectionModel().getSelectedItem();
        if (item != null && item.getValue() != null && item.getValue().volunteer() != null) {
            MissingVolunteer v = item.getValue().volunteer();
            pick.accept(new VolunteerMatch(v.volunteerId(), v.name(), v.maskedPhone(), v.boothId(), v.boothCode(), v.boothName(), false));
        }
    }

    private void export(boolean asXlsx) {
        MissingList list = vm.missingProperty().get();
        if (list == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(m.get(asXlsx ? "reports.missing.xlsx" : "reports.missing.csv"));
        String ext = asXlsx ? "xlsx" : "csv";
        chooser.setInitialFileName("missing-" + list.unitName().replaceAll("[^\\p{L}\\p{N}]+", "-") + "-" + list.day() + "." + ext);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(ext.toUpperCase(java.util.Locale.ROOT), "*." + ext));
        java.io.File f = chooser.showSaveDialog(box.getScene() == null ? null : box.getScene().getWindow());
        if (f != null) {
            exportTo(f.toPath(), asXlsx);
        }
    }

    /** Writes the list without asking where (the chooser's answer, or a test's file). */
    void exportTo(Path file, boolean asXlsx) {
        vm.exportMissing(file, asXlsx, whole.isSelected());
    }
}
