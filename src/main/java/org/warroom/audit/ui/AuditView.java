package org.warroom.audit.ui;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.warroom.audit.AuditEntry;
import org.warroom.platform.i18n.IndianFormat;
import org.warroom.platform.i18n.Messages;
import org.warroom.platform.fx.WrapLabel;

/**
 * The Audit tab: filters on top, a page of the trail (newest first) with Newer/Older, and the selected row below —
 * who, when, from which desk, its place in the chain, and what the record was before and after, side by side.
 */
public final class AuditView {
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(IndianFormat.IST);
    /** The kinds offered in the filter (any other action or entity can be typed). */
    static final List<String> KINDS = List.of("ADD", "EDIT", "IMPORT", "CREATE", "SUBMIT", "APPROVE", "REJECT", "SCHEDULE", "RELEASE",
            "CANCEL", "MERGE", "REPORT", "ATTACH", "DISMISS", "COST", "DEMO", "volunteer", "whatsapp_group", "broadcast_list", "wing",
            "post", "category", "operator", "report", "report_import", "review_queue", "booth_feedback", "plan_feedback", "poll_phase",
            "geography", "database");
    private final AuditViewModel vm;
    private final BorderPane root = new BorderPane();
    private final TextField actor = new TextField();
    private final TextField unit = new TextField();
    private final ComboBox<String> kind = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Button unitClear = new Button("✕");
    private final javafx.scene.control.ToggleButton follow = new javafx.scene.control.ToggleButton();
    private final Button search = new Button();
    private final Button clear = new Button();
    private final Button export = new Button();
    private final ProgressBar progress = new ProgressBar();
    private final TableView<AuditEntry> table = new TableView<>();
    private final TableColumn<AuditEntry, String> whenCol = new TableColumn<>();
    private final TableColumn<AuditEntry, String> whoCol = new TableColumn<>();
    private final TableColumn<AuditEntry, String> deskCol = new TableColumn<>();
    private final TableColumn<AuditEntry, String> actionCol = new TableColumn<>();
    private final TableColumn<AuditEntry, String> recordCol = new TableColumn<>();
    private final TableColumn<AuditEntry, String> seqCol = new TableColumn<>();
    private final Button newer = new Button();
    private final Button older = new Button();
    private final Label page = new Label();
    private final WrapLabel status = new WrapLabel();
    private final Label detailTitle = new Label();
    private final WrapLabel detailMeta = new WrapLabel();
    private final Label beforeLabel = new Label();
    private final Label afterLabel = new Label();
    private final TextArea before = new TextArea();
    private final TextArea after = new TextArea();
    private Messages m;

    public AuditView(AuditViewModel vm, Messages messages) {
        this.vm = vm;
        this.m = messages;
        build();
        setMessages(messages);
        vm.search();
    }

    private void build() {
        root.setId("auditView");
        actor.setId("auditActor");
        unit.setId("auditUnit");
        kind.setId("auditKind");
        from.setId("auditFrom");
        to.setId("auditTo");
        unitClear.setId("auditUnitClear");
        follow.setId("auditFollowTree");
        search.setId("auditSearch");
        clear.setId("auditClear");
        export.setId("auditExport");
        progress.setId("auditExportProgress");
        table.setId("auditTable");
        newer.setId("auditNewer");
        older.setId("auditOlder");
        page.setId("auditPage");
        status.setId("auditStatus");
        detailTitle.setId("auditDetailTitle");
        detailMeta.setId("auditDetailMeta");
        before.setId("auditBefore");
        after.setId("auditAfter");

        actor.textProperty().bindBidirectional(vm.actorProperty());
        unit.textProperty().bindBidirectional(vm.unitProperty());
        kind.setEditable(true);
        kind.getItems().setAll(KINDS);
        kind.setVisibleRowCount(12);
        kind.getEditor().textProperty().bindBidirectional(vm.kindProperty());
        from.valueProperty().bindBidirectional(vm.fromProperty());
        to.valueProperty().bindBidirectional(vm.toProperty());
        for (DatePicker d : new DatePicker[] {from, to}) {
            d.setPrefWidth(130);
            d.setConverter(new javafx.util.StringConverter<>() {
                @Override
                public String toString(java.time.LocalDate date) {
                    return date == null ? "" : IndianFormat.date(date);
                }

                @Override
                public java.time.LocalDate fromString(String s) {
                    try {
                        return s == null || s.isBlank() ? null : IndianFormat.parseDate(s.strip());
                    } catch (RuntimeException e) {
                        return null;
                    }
                }
            });
        }
        actor.setPrefWidth(150);
        unit.setPrefWidth(150);
        kind.setPrefWidth(140);
        actor.setOnAction(e -> vm.search());
        unit.setOnAction(e -> vm.search());
        unitClear.setOnAction(e -> vm.clearUnit());
        unitClear.getStyleClass().add("flat");
        // pressed in: the unit filter is the tree's unit, and moves with it; pressed out: it stays as it is
        follow.selectedProperty().bindBidirectional(vm.followTreeProperty());
        follow.setOnAction(e -> {
            if (follow.isSelected()) {
                vm.followTree();
            }
        });
        // a kind picked from the list, or typed and Enter
        kind.setOnAction(e -> {
            vm.kindProperty().set(kind.getValue() == null ? kind.getEditor().getText() : kind.getValue());
            vm.search();
        });
        search.setOnAction(e -> vm.search());
        clear.setOnAction(e -> vm.clear());
        export.setOnAction(e -> chooseExport());
        export.disableProperty().bind(vm.exportingProperty());
        progress.progressProperty().bind(vm.exportProgressProperty());
        progress.visibleProperty().bind(vm.exportingProperty());
        progress.managedProperty().bind(vm.exportingProperty());
        progress.setPrefWidth(120);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox unitBox = new HBox(2, unit, unitClear, follow);
        unitBox.setAlignment(Pos.CENTER_LEFT);
        HBox filters = new HBox(8, actor, unitBox, kind, from, to, search, clear, spacer, progress, export);
        filters.setAlignment(Pos.CENTER_LEFT);
        filters.setPadding(new Insets(8, 10, 8, 10));
        filters.getStyleClass().add("audit-filters");

        whenCol.setCellValueFactory(c -> text(c.getValue(), e -> e.at() == null ? "—" : WHEN.format(e.at())));
        whoCol.setCellValueFactory(c -> text(c.getValue(), AuditEntry::actor));
        deskCol.setCellValueFactory(c -> text(c.getValue(), e -> e.desk() == null ? "—" : e.desk()));
        actionCol.setCellValueFactory(c -> text(c.getValue(), e -> label("action", e.action())));
        recordCol.setCellValueFactory(c -> text(c.getValue(), e -> label("entity", e.entity()) + (e.entityId() == null ? "" : " #" + e.entityId())));
        seqCol.setCellValueFactory(c -> text(c.getValue(), e -> e.seq() == null ? "—" : String.valueOf(e.seq())));
        whenCol.setPrefWidth(150);
        whoCol.setPrefWidth(170);
        deskCol.setPrefWidth(130);
        actionCol.setPrefWidth(110);
        recordCol.setPrefWidth(190);
        seqCol.setPrefWidth(70);
        for (TableColumn<AuditEntry, String> c : List.of(whenCol, whoCol, deskCol, actionCol, recordCol, seqCol)) {
            c.setSortable(false); // the order is the trail's: newest first, a page at a time
        }
        table.getColumns().setAll(List.of(whenCol, whoCol, deskCol, actionCol, recordCol, seqCol));
        table.setItems(vm.rows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, e) -> {
            if (e != null || !vm.rows().contains(vm.selectedProperty().get())) {
                vm.selectedProperty().set(e);
            }
        });
        vm.selectedProperty().addListener((o, a, e) -> {
            if (e != null && table.getSelectionModel().getSelectedItem() != e) {
                table.getSelectionModel().select(e);
            }
            showDetail(e);
        });
        newer.setOnAction(e -> vm.newer());
        older.setOnAction(e -> vm.older());
        newer.disableProperty().bind(vm.hasNewerProperty().not());
        older.disableProperty().bind(vm.hasOlderProperty().not());
        page.textProperty().bind(vm.pageProperty());
        status.textProperty().bind(vm.statusProperty());
        HBox paging = new HBox(10, newer, page, older, status);
        paging.setAlignment(Pos.CENTER_LEFT);
        paging.setPadding(new Insets(4, 10, 4, 10));
        VBox top = new VBox(table, paging);
        VBox.setVgrow(table, Priority.ALWAYS);

        detailTitle.getStyleClass().add("section-title");
        for (TextArea t : new TextArea[] {before, after}) {
            t.setEditable(false);
            t.setWrapText(true);
            t.setPrefRowCount(8);
        }
        GridPane sides = new GridPane();
        sides.setHgap(10);
        sides.setVgap(4);
        sides.add(beforeLabel, 0, 0);
        sides.add(afterLabel, 1, 0);
        sides.add(before, 0, 1);
        sides.add(after, 1, 1);
        javafx.scene.layout.ColumnConstraints half = new javafx.scene.layout.ColumnConstraints();
        half.setPercentWidth(50);
        sides.getColumnConstraints().setAll(half, half);
        GridPane.setVgrow(before, Priority.ALWAYS);
        GridPane.setVgrow(after, Priority.ALWAYS);
        VBox detail = new VBox(6, detailTitle, detailMeta, sides);
        VBox.setVgrow(sides, Priority.ALWAYS);
        detail.setPadding(new Insets(4, 10, 10, 10));
        detail.setId("auditDetail");

        SplitPane split = new SplitPane(top, detail);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.6);
        root.setTop(filters);
        root.setCenter(split);
    }

    public Node node() {
        return root;
    }

    public AuditViewModel viewModel() {
        return vm;
    }

    /** The newest rows again (the tab was shown, or something changed). */
    public void refresh() {
        vm.refresh();
    }

    public void setMessages(Messages messages) {
        this.m = messages;
        vm.setMessages(messages);
        actor.setPromptText(m.get("audit.filter.actor"));
        unit.setPromptText(m.get("audit.filter.unit"));
        kind.setPromptText(m.get("audit.filter.kind"));
        from.setPromptText(m.get("audit.filter.from"));
        to.setPromptText(m.get("audit.filter.to"));
        actor.setTooltip(new javafx.scene.control.Tooltip(m.get("audit.filter.actor.tooltip")));
        unit.setTooltip(new javafx.scene.control.Tooltip(m.get("audit.filter.unit.tooltip")));
        kind.setTooltip(new javafx.scene.control.Tooltip(m.get("audit.filter.kind.tooltip")));
        unitClear.setTooltip(new javafx.scene.control.Tooltip(m.get("audit.filter.unit.clear")));
        follow.setText(m.get("audit.filter.follow"));
        follow.setTooltip(new javafx.scene.control.Tooltip(m.get("audit.filter.follow.tooltip")));
        search.setText(m.get("audit.search"));
        clear.setText(m.get("audit.clear"));
        export.setText(m.get("audit.export"));
        whenCol.setText(m.get("audit.column.when"));
        whoCol.setText(m.get("audit.column.who"));
        deskCol.setText(m.get("audit.column.desk"));
        actionCol.setText(m.get("audit.column.action"));
        recordCol.setText(m.get("audit.column.record"));
        seqCol.setText(m.get("audit.column.seq"));
        newer.setText(m.get("audit.newer"));
        older.setText(m.get("audit.older"));
        beforeLabel.setText(m.get("audit.detail.before"));
        afterLabel.setText(m.get("audit.detail.after"));
        table.setPlaceholder(new Label(m.get("audit.empty")));
        table.refresh();
        showDetail(vm.selectedProperty().get());
    }

    private void showDetail(AuditEntry e) {
        if (e == null) {
            detailTitle.setText(m.get("audit.detail.none"));
            detailMeta.setText("");
            before.clear();
            after.clear();
            return;
        }
        detailTitle.setText(label("action", e.action()) + " · " + label("entity", e.entity()) + (e.entityId() == null ? "" : " #" + e.entityId()));
        detailMeta.setText(m.get("audit.detail.meta", e.at() == null ? "—" : WHEN.format(e.at()) + " IST", e.actor(),
                e.desk() == null ? "—" : e.desk(), e.seq() == null ? "—" : String.valueOf(e.seq()), e.hash() == null ? "—" : e.hash(),
                String.valueOf(e.id())));
        before.setText(e.before() == null ? m.get("audit.detail.nothing") : AuditViewModel.lines(e.before()));
        after.setText(e.after() == null ? m.get("audit.detail.nothing") : AuditViewModel.lines(e.after()));
    }

    /** An action's or entity's name in the UI language, or its code where none is known. */
    private String label(String group, String code) {
        if (code == null) {
            return "—";
        }
        String s = m.get("audit." + group + "." + code);
        return s.startsWith("!") ? code : s;
    }

    private static SimpleStringProperty text(AuditEntry e, Function<AuditEntry, String> f) {
        return new SimpleStringProperty(e == null ? "" : f.apply(e));
    }

    private void chooseExport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(m.get("audit.export"));
        chooser.setInitialFileName("audit-" + java.time.LocalDate.now(IndianFormat.IST) + ".csv");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        java.io.File f = chooser.showSaveDialog(root.getScene() == null ? null : root.getScene().getWindow());
        if (f != null) {
            exportTo(f.toPath());
        }
    }

    /** Exports without asking where (the chooser's answer, or a test's file). */
    public void exportTo(Path file) {
        vm.export(file);
    }
}
