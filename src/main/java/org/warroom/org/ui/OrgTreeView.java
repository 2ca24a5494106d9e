package org.warroom.org.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.Region;
import org.warroom.org.Coverage;
import org.warroom.org.Unit;
import org.warroom.org.UnitKind;
import org.warroom.org.UnitRow;
import org.warroom.platform.i18n.IndianFormat;
import org.warroom.platform.i18n.Messages;

/**
 * The organisation as a lazy tree table: name, booths and coverage at every level. Booths with no report today carry
 * a small red dot (style class {@code no-report-dot}); who has reported is looked up by the window, not here.
 */
public final class OrgTreeView {
    private final TreeTableView<UnitRow> table = new TreeTableView<>();
    private final OrgViewModel vm;
    private final Map<Long, UnitTreeItem> items = new HashMap<>();
    private final TreeTableColumn<UnitRow, String> name = new TreeTableColumn<>();
    private final TreeTableColumn<UnitRow, String> booths = new TreeTableColumn<>();
    private final TreeTableColumn<UnitRow, Coverage> covered = new TreeTableColumn<>();
    private final TreeTableColumn<UnitRow, Coverage> full = new TreeTableColumn<>();
    private final TreeTableColumn<UnitRow, Coverage> groups = new TreeTableColumn<>();
    private final Set<Long> noReport = new HashSet<>();
    private final Tooltip noReportTip = new Tooltip();
    private Consumer<List<Long>> onBoothsLoaded = ids -> { };
    private Messages messages;

    public OrgTreeView(OrgViewModel vm, Messages messages) {
        this.vm = vm;
        table.setId("orgTree");
        table.setShowRoot(true);
        table.setFixedCellSize(26);
        table.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_NEXT_COLUMN);
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(label(c.getValue().getValue())));
        name.setCellFactory(c -> new NameCell());
        name.setPrefWidth(260);
        name.setMinWidth(160);
        booths.setCellValueFactory(c -> new ReadOnlyStringWrapper(IndianFormat.number(c.getValue().getValue().coverage().booths())));
        booths.setStyle("-fx-alignment: CENTER-RIGHT;");
        booths.setPrefWidth(76);
        booths.setMinWidth(64);
        for (TreeTableColumn<UnitRow, Coverage> col : List.of(covered, full, groups)) {
            col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().getValue().coverage()));
            col.setPrefWidth(112);
            col.setMinWidth(104);
            col.setSortable(false);
        }
        covered.setCellFactory(c -> new CoverageCell<>(Coverage::anyRate));
        full.setCellFactory(c -> new CoverageCell<>(Coverage::fullRate));
        groups.setCellFactory(c -> new CoverageCell<>(Coverage::groupRate));
        name.setSortable(false);
        booths.setSortable(false);
        table.getColumns().setAll(List.of(name, booths, covered, full, groups));
        setMessages(messages);
    }

    public TreeTableView<UnitRow> node() {
        return table;
    }

    public void setMessages(Messages m) {
        this.messages = m;
        name.setText(m.get("org.tree.column.name"));
        booths.setText(m.get("org.tree.column.booths"));
        covered.setText(m.get("org.tree.column.covered"));
        full.setText(m.get("org.tree.column.full"));
        groups.setText(m.get("org.tree.column.groups"));
        noReportTip.setText(m.get("reports.tree.noReportToday"));
        table.refresh();
    }

    private String label(UnitRow r) {
        Unit u = r.unit();
        String n = u.name(messages != null && messages.hindi());
        return switch (u.kind()) {
            case BOOTH -> u.number() + " · " + n;
            case ASSEMBLY, LOK_SABHA -> u.number() + " · " + n;
            default -> n;
        };
    }

    /** A new root: the state or the desk's district; its first level is opened. */
    public void setRoot(UnitRow row) {
        setRoot(row, null);
    }

    /** As {@link #setRoot(UnitRow)}; {@code shown} runs once the root's children are in the tree. */
    public void setRoot(UnitRow row, Runnable shown) {
        setRoot(row, null, shown);
    }

    /** As {@link #setRoot(UnitRow, Runnable)} with the root's children already read (null: fetch them). */
    public void setRoot(UnitRow row, List<UnitRow> children, Runnable shown) {
        items.clear();
        if (row == null) {
            table.setRoot(null);
            return;
        }
        UnitTreeItem root = item(row);
        table.setRoot(root);
        if (children != null) {
            root.setChildrenRows(children);
        }
        root.load(shown);
        root.setExpanded(true);
    }

    private UnitTreeItem item(UnitRow row) {
        UnitTreeItem it = new UnitTreeItem(row, vm::loadChildren, this::registerChildren);
        items.put(row.unit().id(), it);
        return it;
    }

    private void registerChildren(UnitTreeItem parent) {
        List<Long> booths = new ArrayList<>();
        for (TreeItem<UnitRow> c : parent.getChildren()) {
            items.put(c.getValue().unit().id(), (UnitTreeItem) c);
            if (c.getValue().unit().kind() == UnitKind.BOOTH) {
                booths.add(c.getValue().unit().id());
            }
        }
        if (!booths.isEmpty()) {
            onBoothsLoaded.accept(booths);
        }
    }

    /** Told the ids of booths as they enter the tree (a mandal's or sector's children were loaded). */
    public void setOnBoothsLoaded(Consumer<List<Long>> listener) {
        this.onBoothsLoaded = listener == null ? ids -> { } : listener;
    }

    /** Booths loaded in the tree now. */
    public Set<Long> loadedBoothIds() {
        Set<Long> out = new HashSet<>();
        items.forEach((id, it) -> {
            if (it.getValue().unit().kind() == UnitKind.BOOTH) {
                out.add(id);
            }
        });
        return out;
    }

    /** Of the booths {@code checked}, marks those in {@code silent} (no report today) and clears the others' marks. */
    public void markNoReport(Collection<Long> checked, Set<Long> silent) {
        boolean changed = false;
        for (Long id : checked) {
            changed |= silent.contains(id) ? noReport.add(id) : noReport.remove(id);
        }
        if (changed) {
            table.refresh();
        }
    }

    /** True when the booth is marked as not having reported today. */
    public boolean markedNoReport(long boothId) {
        return noReport.contains(boothId);
    }

    /** The name, with a red dot on booths that have not reported today. */
    private final class NameCell extends TreeTableCell<UnitRow, String> {
        private final Region dot = new Region();

        NameCell() {
            dot.getStyleClass().add("no-report-dot");
        }

        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            setText(empty ? null : text);
            UnitRow r = empty || getTableRow() == null ? null : getTableRow().getItem();
            boolean mark = r != null && r.unit().kind() == UnitKind.BOOTH && noReport.contains(r.unit().id());
            setGraphic(mark ? dot : null);
            setTooltip(mark ? noReportTip : null);
            getStyleClass().remove("no-report-today");
            if (mark) {
                getStyleClass().add("no-report-today");
            }
        }
    }

    public Set<Long> loadedIds() {
        return new HashSet<>(items.keySet());
    }

    /** Replaces the rows of loaded units with fresh ones (live refresh); the tree keeps its shape. */
    public void apply(Map<Long, UnitRow> fresh) {
        fresh.forEach((id, row) -> {
            UnitTreeItem it = items.get(id);
            if (it != null) {
                it.setValue(row);
            }
        });
    }

    /** Opens the tree along {@code levels} (children of each ancestor) and selects the target. */
    public void reveal(List<List<UnitRow>> levels, Unit target, Consumer<UnitRow> selected) {
        UnitTreeItem root = (UnitTreeItem) table.getRoot();
        if (root == null) {
            return;
        }
        List<Long> path = new ArrayList<>(target.pathIds());
        int start = path.indexOf(root.getValue().unit().id());
        if (start < 0) {
            return;
        }
        UnitTreeItem at = root;
        for (int i = start; i < path.size() - 1; i++) {
            if (!at.isLoaded()) {
                List<UnitRow> kids = i < levels.size() ? levels.get(i) : List.of();
                at.setChildrenRows(kids);
            }
            at.setExpanded(true);
            long next = path.get(i + 1);
            UnitTreeItem child = items.get(next);
            if (child == null) {
                return;
            }
            at = child;
        }
        table.getSelectionModel().select(at);
        int row = table.getRow(at);
        table.scrollTo(Math.max(0, row - 5));
        selected.accept(at.getValue());
    }
}
