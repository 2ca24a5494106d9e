package org.warroom.reports.ui;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.util.Duration;
import org.warroom.org.OrgService;
import org.warroom.org.UnitRow;
import org.warroom.platform.fx.FxTasks;
import org.warroom.platform.i18n.IndianFormat;
import org.warroom.platform.i18n.Messages;
import org.warroom.reports.DayRollup;
import org.warroom.reports.ReportImportService;
import org.warroom.reports.ReportService;
import org.warroom.platform.fx.WrapLabel;

/**
 * The reports tab for the unit selected in the organisation tree: quick entry on the left; charts, today's missing
 * list and the review queue on the right; import by button or by dropping a chat export, form download or CSV on it.
 */
public final class ReportsView {
    private static final Set<String> IMPORTABLE = Set.of("txt", "zip", "csv");
    private final ReportsViewModel vm;
    private final BorderPane root = new BorderPane();
    private final Label unitTitle = new Label();
    private final Label today = new Label();
    private final WrapLabel status = new WrapLabel();
    private final Button importButton = new Button();
    private final TabPane tabs = new TabPane();
    private final Tab chartsTab = new Tab();
    private final Tab missingTab = new Tab();
    private final Tab queueTab = new Tab();
    private final Tab feedbackTab = new Tab();
    private final QuickEntryView entry;
    private final ReportChartsView charts;
    private final MissingListView missing;
    private final ReviewQueueView queue;
    private final BoothFeedbackViewModel feedbackVm;
    private final BoothFeedbackView feedback;
    private Messages m;

    /**
     * @param selected  the unit selected in the tree, followed
     * @param open      selects a unit in the tree (a clicked bar or heatmap row)
     * @param onChanged runs after this tab saved something, so the tree refreshes at once
     */
    public ReportsView(ReportService reports, ReportImportService imports, OrgService org, FxTasks tasks, Messages messages,
                       ObservableValue<UnitRow> selected, Consumer<UnitRow> open, Runnable onChanged) {
        this.m = messages;
        this.vm = new ReportsViewModel(reports, imports, org, tasks, Platform::runLater, ReportsView::later, messages, onChanged);
        this.entry = new QuickEntryView(vm.entry(), messages);
        this.charts = new ReportChartsView(messages, tasks, id -> vm.openUnit(id, open), vm::setStatusText);
        this.missing = new MissingListView(vm, messages, entry::pickVolunteer);
        this.queue = new ReviewQueueView(vm, messages, entry::focus);
        this.feedbackVm = new BoothFeedbackViewModel(reports, tasks, messages, onChanged);
        this.feedback = new BoothFeedbackView(feedbackVm, messages);
        build();
        vm.chartsProperty().addListener((o, a, d) -> {
            charts.show(d);
            showToday(d);
            applyTabTexts();
        });
        vm.unitProperty().addListener((o, a, u) -> {
            showUnit(u);
            feedbackVm.setUnit(u);
        });
        vm.statusProperty().addListener((o, a, s) -> status.setText(s));
        vm.queue().addListener((javafx.collections.ListChangeListener<org.warroom.reports.QueuedMessage>) c -> applyTabTexts());
        vm.missingProperty().addListener((o, a, l) -> applyTabTexts());
        selected.addListener((o, a, u) -> vm.setUnit(u));
        vm.setUnit(selected.getValue());
        setMessages(messages);
    }

    private static void later(long ms, Runnable r) {
        PauseTransition p = new PauseTransition(Duration.millis(ms));
        p.setOnFinished(e -> r.run());
        p.play();
    }

    private void build() {
        root.setId("reportsView");
        root.getStyleClass().add("reports-view");
        unitTitle.setId("reportsUnit");
        unitTitle.getStyleClass().add("details-title");
        today.setId("reportsToday");
        today.getStyleClass().add("reports-today");
        status.setId("reportsStatus");
        importButton.setId("reportsImport");
        importButton.setOnAction(e -> chooseFile());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(14, unitTitle, today, spacer, importButton);
        head.setAlignment(Pos.CENTER_LEFT);
        head.setPadding(new Insets(6, 10, 6, 10));
        head.getStyleClass().add("reports-head");

        chartsTab.setId("reportsChartsTab");
        missingTab.setId("reportsMissingTab");
        queueTab.setId("reportsQueueTab");
        chartsTab.setContent(charts.node());
        charts.followShowing(chartsTab.selectedProperty());
        missingTab.setContent(missing.node());
        missing.followShowing(missingTab.selectedProperty());
        vm.setMissingShowing(missingTab.isSelected());
        missingTab.selectedProperty().addListener((o, was, now) -> {
            vm.setMissingShowing(now);
            applyTabTexts();
        });
        queueTab.setContent(queue.node());
        feedbackTab.setId("reportsFeedbackTab");
        feedbackTab.setContent(feedback.node());
        tabs.getTabs().setAll(chartsTab, missingTab, queueTab, feedbackTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("reportsTabs");

        ScrollPane left = new ScrollPane(entry.node());
        left.setFitToWidth(true);
        left.setMinWidth(300);
        SplitPane split = new SplitPane(left, tabs);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.3);
        SplitPane.setResizableWithParent(left, false);

        HBox foot = new HBox(status);
        foot.setPadding(new Insets(3, 10, 3, 10));
        foot.getStyleClass().add("reports-foot");
        root.setTop(head);
        root.setCenter(split);
        root.setBottom(foot);

        // a chat export, form download or CSV dropped on the tab opens the import preview (and nothing else)
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && importable(e.getDragboard().getFiles().getFirst().toPath())) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        root.setOnDragDropped(e -> {
            var files = e.getDragboard().getFiles();
            boolean ok = !files.isEmpty() && importable(files.getFirst().toPath());
            if (ok) {
                importFile(files.getFirst().toPath());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    static boolean importable(Path file) {
        String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot > 0 && IMPORTABLE.contains(name.substring(dot + 1));
    }

    public javafx.scene.Parent node() {
        return root;
    }

    Tab missingTab() {
        return missingTab;
    }

    public ReportsViewModel viewModel() {
        return vm;
    }

    /** Tell the tab whether it is on screen: hidden, it reads nothing and catches up when shown. */
    public void setShowing(boolean showing) {
        vm.setShowing(showing);
    }

    /** A live change from the main window's poll: loaded unit ids that changed, or null for "anything". */
    public void liveChange(Set<Long> changedIds) {
        vm.liveChange(changedIds);
    }

    public void setMessages(Messages messages) {
        this.m = messages;
        vm.setMessages(messages);
        feedbackVm.setMessages(messages);
        feedback.setMessages(messages);
        entry.setMessages(messages);
        charts.setMessages(messages);
        missing.setMessages(messages);
        queue.setMessages(messages);
        importButton.setText(m.get("reports.import.button"));
        importButton.setTooltip(new javafx.scene.control.Tooltip(m.get("reports.import.tooltip")));
        showUnit(vm.unitProperty().get());
        showToday(vm.chartsProperty().get());
        applyTabTexts();
    }

    private void applyTabTexts() {
        chartsTab.setText(m.get("reports.tab.charts"));
        int missingCount = vm.missingCount();
        missingTab.setText(missingCount < 0 ? m.get("reports.tab.missing") : m.get("reports.tab.missingCount", missingCount));
        queueTab.setText(m.get("reports.tab.queue", vm.queue().size()));
        feedbackTab.setText(m.get("reports.tab.feedback"));
    }

    private void showUnit(UnitRow u) {
        unitTitle.setText(u == null ? m.get("reports.noUnit") : u.unit().name(m.hindi()) + " · " + u.unit().kind().label(m.hindi()));
    }

    private void showToday(ChartData d) {
        if (d == null || d.own().isEmpty()) {
            today.setText("");
            return;
        }
        DayRollup t = d.own().getLast();
        today.setText(m.get("reports.today", IndianFormat.number(t.reported()), IndianFormat.number(t.expected()),
                IndianFormat.percent(t.rate()), IndianFormat.number(t.reportingBooths()), IndianFormat.number(t.booths())));
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(m.get("reports.import.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(m.get("reports.import.files"), "*.txt", "*.zip", "*.csv",
                "*.TXT", "*.ZIP", "*.CSV"));
        java.io.File f = chooser.showOpenDialog(root.getScene() == null ? null : root.getScene().getWindow());
        if (f != null) {
            importFile(f.toPath());
        }
    }

    /** Opens the import preview for a file (what dropping it on the tab does). */
    public void importFile(Path file) {
        ReportImportDialog d = new ReportImportDialog(m, vm, file);
        d.initOwner(root.getScene() == null ? null : root.getScene().getWindow());
        d.show();
    }

    // for tests in this package and the main window's test
    ReportChartsView charts() {
        return charts;
    }

    MissingListView missing() {
        return missing;
    }

    TabPane tabs() {
        return tabs;
    }
}
