package org.warroom.audit.ui;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.warroom.audit.AuditEntry;
import org.warroom.audit.AuditFilter;
import org.warroom.audit.AuditService;
import org.warroom.platform.fx.FxTasks;
import org.warroom.platform.i18n.IndianFormat;
import org.warroom.platform.i18n.Messages;

/**
 * The audit viewer: filters (person, unit, kind, from and to dates in IST), one page of rows at a time, newest first
 * (keyset pages: the table never holds more than a page), the selected row, and the CSV export of every filtered row
 * in the background with coalesced progress.
 */
public final class AuditViewModel {
    private final AuditService audit;
    private final FxTasks tasks;
    private final Executor fx;
    private final int pageSize;
    private final StringProperty actor = new SimpleStringProperty("");
    private final StringProperty unit = new SimpleStringProperty("");
    private final StringProperty kind = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObservableList<AuditEntry> rows = FXCollections.observableArrayList();
    private final ObjectProperty<AuditEntry> selected = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper hasOlder = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper hasNewer = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper page = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper exporting = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper exportProgress = new ReadOnlyDoubleWrapper();
    /** The "before id" of each page above the current one; the current page's is {@link #current}. */
    private final Deque<Long> above = new ArrayDeque<>();
    private final AtomicLong progressDone = new AtomicLong();
    private final AtomicLong progressTotal = new AtomicLong();
    private final AtomicBoolean progressPosted = new AtomicBoolean();
    private final javafx.beans.property.BooleanProperty followTree = new javafx.beans.property.SimpleBooleanProperty(true);
    /** The unit selected in the tree (its code; "" for the state, which means every row), or null before the first. */
    private String treeUnit;
    /** The filters changed while the tab was hidden: the next look searches again. */
    private boolean stale;
    private Long current;
    private AuditFilter applied = AuditFilter.ALL;
    private long request;
    private Messages m;

    /** @param fx runs on the FX thread (Platform::runLater): export progress is posted through it, coalesced */
    public AuditViewModel(AuditService audit, FxTasks tasks, Executor fx, Messages messages, int pageSize) {
        this.audit = audit;
        this.tasks = tasks;
        this.fx = fx;
        this.m = messages;
        this.pageSize = pageSize;
    }

    public StringProperty actorProperty() {
        return actor;
    }

    public StringProperty unitProperty() {
        return unit;
    }

    /**
     * Whether the unit filter follows the unit selected in the tree (on at first): a unit typed in, or the unit
     * cleared, turns it off; turning it on again takes the tree's unit.
     */
    public javafx.beans.property.BooleanProperty followTreeProperty() {
        return followTree;
    }

    /**
     * The tree's selection moved to this unit ({@code root}: the state, whose filter is every row). While the filter
     * follows the tree, it becomes the unit filter: searched at once when {@code showing}, else at the next look.
     */
    public void treeUnit(String code, boolean root, boolean showing) {
        treeUnit = root ? "" : code;
        if (followTree.get()) {
            unit.set(treeUnit);
            if (showing) {
                search();
            } else {
                stale = true;
            }
        }
    }

    /** The unit filter cleared (every unit the person may read), and no longer following the tree. */
    public void clearUnit() {
        followTree.set(false);
        unit.set("");
        search();
    }

    /** Follows the tree again: its unit becomes the filter. */
    public void followTree() {
        followTree.set(true);
        if (treeUnit != null) {
            unit.set(treeUnit);
        }
        search();
    }

    public StringProperty kindProperty() {
        return kind;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    /** The current page, newest first. */
    public ObservableList<AuditEntry> rows() {
        return rows;
    }

    public ObjectProperty<AuditEntry> selectedProperty() {
        return selected;
    }

    public ReadOnlyBooleanProperty hasOlderProperty() {
        return hasOlder.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasNewerProperty() {
        return hasNewer.getReadOnlyProperty();
    }

    /** Which rows of the filtered trail the page shows ("rows 101–200, newest first"). */
    public ReadOnlyStringProperty pageProperty() {
        return page.getReadOnlyProperty();
    }

    /** The last outcome (an export) or why something failed (an unknown unit). */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty exportingProperty() {
        return exporting.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty exportProgressProperty() {
        return exportProgress.getReadOnlyProperty();
    }

    public void setMessages(Messages messages) {
        this.m = messages;
        showPage();
    }

    /** Applies the filters and shows the newest matching rows. */
    public void search() {
        if (followTree.get() && treeUnit != null && !unit.get().strip().equals(treeUnit)) {
            followTree.set(false); // a unit typed in over the tree's: it stays until the tree is followed again
        }
        stale = false;
        applied = filter();
        above.clear();
        current = null;
        load();
    }

    /** Clears the filters and shows the newest rows. */
    public void clear() {
        followTree.set(false);
        actor.set("");
        unit.set("");
        kind.set("");
        from.set(null);
        to.set(null);
        search();
    }

    /** Shows the current page again, with whatever was written since (on the first page, new rows come in on top). */
    public void refresh() {
        if (stale) {
            search();
        } else {
            load();
        }
    }

    public void older() {
        if (!hasOlder.get() || rows.isEmpty()) {
            return;
        }
        above.push(current == null ? Long.MAX_VALUE : current);
        current = rows.getLast().id();
        load();
    }

    public void newer() {
        if (above.isEmpty()) {
            return;
        }
        long b = above.pop();
        current = b == Long.MAX_VALUE ? null : b;
        load();
    }

    /** Writes every row of the applied filters to {@code file}, newest first, in the background. */
    public void export(Path file) {
        if (exporting.get()) {
            return;
        }
        AuditFilter f = applied;
        exporting.set(true);
        exportProgress.set(-1);
        status.set(m.get("audit.export.running"));
        tasks.run(() -> audit.exportCsv(f, null, file, this::progress)).onSuccess(n -> {
            exporting.set(false);
            status.set(m.get("audit.export.done", IndianFormat.number(n), String.valueOf(file.getFileName())));
        }).onError(e -> {
            exporting.set(false);
            status.set(m.get("audit.export.failed", String.valueOf(e.getMessage())));
        }).start();
    }

    /** From the export's thread: keeps the latest figures and posts at most one update to the FX thread at a time. */
    private void progress(long done, long total) {
        progressDone.set(done);
        progressTotal.set(total);
        if (!progressPosted.getAndSet(true)) {
            fx.execute(() -> {
                progressPosted.set(false);
                long t = progressTotal.get();
                if (exporting.get()) {
                    exportProgress.set(t <= 0 ? 1 : Math.min(1.0, (double) progressDone.get() / t));
                }
            });
        }
    }

    private AuditFilter filter() {
        Instant since = from.get() == null ? null : from.get().atStartOfDay(IndianFormat.IST).toInstant();
        Instant until = to.get() == null ? null : to.get().plusDays(1).atStartOfDay(IndianFormat.IST).toInstant();
        return new AuditFilter(actor.get(), unit.get(), kind.get(), since, until);
    }

    private void load() {
        long mine = ++request;
        AuditFilter f = applied;
        Long before = current;
        AuditEntry keep = selected.get();
        tasks.run(() -> audit.page(f, before, pageSize + 1)).onSuccess(list -> {
            if (mine != request) {
                return; // a later request is on its way
            }
            show(list, keep);
            status.set("");
        }).onError(e -> {
            if (mine == request) {
                rows.clear();
                hasOlder.set(false);
                status.set(String.valueOf(e.getMessage()));
                showPage();
            }
        }).start();
    }

    private void show(List<AuditEntry> list, AuditEntry keep) {
        hasOlder.set(list.size() > pageSize);
        rows.setAll(list.size() > pageSize ? list.subList(0, pageSize) : list);
        hasNewer.set(!above.isEmpty());
        selected.set(keep == null ? null : rows.stream().filter(r -> r.id() == keep.id()).findFirst().orElse(null));
        showPage();
    }

    private void showPage() {
        if (rows.isEmpty()) {
            page.set(m.get("audit.page.none"));
            return;
        }
        long first = (long) above.size() * pageSize + 1;
        page.set(m.get("audit.page.rows", IndianFormat.number(first), IndianFormat.number(first + rows.size() - 1)));
    }

    /** Before or after text with each "; "-separated part on its own line, so the two sides line up. */
    public static String lines(String s) {
        return s == null ? "" : s.replace("; ", "\n");
    }
}
