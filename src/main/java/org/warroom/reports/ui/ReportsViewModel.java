package org.warroom.reports.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.warroom.org.OrgService;
import org.warroom.org.UnitKind;
import org.warroom.org.UnitRow;
import org.warroom.platform.fx.FxTasks;
import org.warroom.platform.i18n.Messages;
import org.warroom.reports.DayRollup;
import org.warroom.reports.ImportMode;
import org.warroom.reports.ImportRequest;
import org.warroom.reports.ImportSummary;
import org.warroom.reports.MissingList;
import org.warroom.reports.QueueStatus;
import org.warroom.reports.QueuedMessage;
import org.warroom.reports.ReportImportService;
import org.warroom.reports.ReportService;
import org.warroom.reports.VolunteerMatch;
import org.warroom.reports.importers.ImportFormat;

/**
 * The reports screen of the unit selected in the tree: its charts, today's missing list, the review queue, imports
 * and the quick-entry form. Every read runs in the background; live changes are coalesced (charts at most
 * {@value #CHART_GAP_MS} ms apart, the missing list and the queue at most once a second), and nothing is read while
 * the screen is hidden: it catches up when shown.
 */
public final class ReportsViewModel {
    static final long CHART_GAP_MS = 333;
    static final long LIST_GAP_MS = 1000;
    static final int QUEUE_LIMIT = 500;

    private final ReportService reports;
    private final ReportImportService imports;
    private final OrgService org;
    private final FxTasks tasks;
    private final Executor fx;
    private final Runnable onChanged;
    private final QuickEntryViewModel entry;
    private final ReadOnlyObjectWrapper<UnitRow> unit = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ChartData> charts = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<MissingList> missing = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper missingTooWide = new ReadOnlyBooleanWrapper();
    private final ObservableList<QueuedMessage> queue = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper importing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper importProgress = new ReadOnlyDoubleWrapper();
    private final RefreshGate chartGate;
    private final RefreshGate missingGate;
    private final RefreshGate queueGate;
    private final AtomicBoolean cancel = new AtomicBoolean();
    private final AtomicLong progressDone = new AtomicLong();
    private final AtomicLong progressTotal = new AtomicLong();
    private final AtomicBoolean progressPosted = new AtomicBoolean();
    private Messages m;
    private boolean showing;
    private boolean stale = true;
    private boolean missingShowing = true;
    private boolean missingStale;

    /**
     * @param fx        runs on the FX thread (Platform::runLater): import progress is posted through it, coalesced
     * @param later     delays a coalesced refresh on the FX thread
     * @param onChanged runs after this screen saved something, so the tree refreshes at once
     */
    public ReportsViewModel(ReportService reports, ReportImportService imports, OrgService org, FxTasks tasks, Executor fx,
                            RefreshGate.Later later, Messages messages, Runnable onChanged) {
        this.reports = reports;
        this.imports = imports;
        this.org = org;
        this.tasks = tasks;
        this.fx = fx;
        this.m = messages;
        this.onChanged = onChanged;
        this.chartGate = new RefreshGate(CHART_GAP_MS, later, System::currentTimeMillis, this::loadCharts);
        this.missingGate = new RefreshGate(LIST_GAP_MS, later, System::currentTimeMillis, this::loadMissing);
        this.queueGate = new RefreshGate(LIST_GAP_MS, later, System::currentTimeMillis, this::loadQueue);
        this.entry = new QuickEntryViewModel(reports, tasks, messages, (saved, q) -> {
            status.set("");
            refreshAll();
            if (q != null) {
                queueGate.request();
            }
            onChanged.run();
        });
    }

    public QuickEntryViewModel entry() {
        return entry;
    }

    public void setMessages(Messages messages) {
        this.m = messages;
        entry.setMessages(messages);
    }

    public Messages messages() {
        return m;
    }

    public ReadOnlyObjectProperty<UnitRow> unitProperty() {
        return unit.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ChartData> chartsProperty() {
        return charts.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<MissingList> missingProperty() {
        return missing.getReadOnlyProperty();
    }

    /** True when the unit is above a district: its missing list would run to lakhs of names. */
    public ReadOnlyBooleanProperty missingTooWideProperty() {
        return missingTooWide.getReadOnlyProperty();
    }

    /** Open messages of the review queue, oldest first as the service gives them. */
    public ObservableList<QueuedMessage> queue() {
        return queue;
    }

    /** The last outcome to show (an import's summary, an export, a queue action, or why it failed). */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Shows an outcome from the view (a chart saved as PNG). */
    public void setStatusText(String text) {
        status.set(text);
    }

    public ReadOnlyBooleanProperty importingProperty() {
        return importing.getReadOnlyProperty();
    }

    /** 0..1 while importing; -1 while the size is unknown. */
    public ReadOnlyDoubleProperty importProgressProperty() {
        return importProgress.getReadOnlyProperty();
    }

    /** Follows the tree's selection; the same unit again (a fresh row after a live change) reloads nothing. */
    public void setUnit(UnitRow row) {
        UnitRow now = unit.get();
        if (row != null && now != null && row.unit().id() == now.unit().id()) {
            unit.set(row);
            return;
        }
        unit.set(row);
        charts.set(null);
        missing.set(null);
        entry.setScope(row == null ? null : row.unit().id());
        missingTooWide.set(row != null && tooWide(row.unit().kind()));
        refreshAll();
    }

    /** The screen became visible or hidden; hidden, it reads nothing and catches up when shown. */
    public void setShowing(boolean visible) {
        showing = visible;
        if (visible && stale) {
            refreshAll();
            queueGate.request();
        }
    }

    /**
     * A live change: {@code changedIds} are loaded units of the tree that changed or lie above a change (null: anything
     * may have changed). The charts and lists reload when the selected unit is among them.
     */
    public void liveChange(Set<Long> changedIds) {
        UnitRow u = unit.get();
        if (u != null && (changedIds == null || changedIds.contains(u.unit().id()))) {
            refreshAll();
        }
        queueGate.request();
    }

    /** Reloads charts and the missing list (coalesced); F5 and saves land here. */
    public void refreshAll() {
        if (!showing) {
            stale = true;
            return;
        }
        stale = false;
        chartGate.request();
        if (missingShowing) {
            missingGate.request();
        } else {
            missingStale = true;
        }
    }

    /**
     * Tell whether the missing list is on screen. While it is not, it is not read: a district's list is thousands of
     * volunteers, and during an import it would be read every second for nobody (a sixth of the window's work in
     * measure 34); the tab's count then comes from the roll-up ({@link #missingCount}). It catches up when shown.
     */
    public void setMissingShowing(boolean visible) {
        missingShowing = visible;
        if (visible && missingStale) {
            missingStale = false;
            missingGate.request();
        }
    }

    /**
     * How many have not reported today: the list's count while the list is on screen and is of the unit shown, else
     * the roll-up's expected less reported (the same figures as the "today" line); -1 when neither is known.
     */
    public int missingCount() {
        MissingList list = missing.get();
        UnitRow u = unit.get();
        if (missingShowing && list != null && u != null && list.unitId() == u.unit().id()) {
            return list.missing();
        }
        ChartData d = charts.get();
        if (d == null || d.own().isEmpty()) {
            return -1;
        }
        DayRollup today = d.own().getLast();
        return Math.max(0, today.expected() - today.reported());
    }

    public void reloadQueue() {
        queueGate.request();
    }

    private static boolean tooWide(UnitKind kind) {
        return kind == UnitKind.STATE || kind == UnitKind.REGION;
    }

    private void loadCharts(Runnable done) {
        UnitRow u = unit.get();
        if (u == null) {
            charts.set(null);
            done.run();
            return;
        }
        tasks.run(() -> ChartData.load(reports, u)).onSuccess(d -> {
            if (same(u)) {
                charts.set(d);
            }
            done.run();
        }).onError(e -> {
            status.set(m.get("reports.failed", String.valueOf(e.getMessage())));
            done.run();
        }).start();
    }

    private void loadMissing(Runnable done) {
        UnitRow u = unit.get();
        if (u == null || tooWide(u.unit().kind())) {
            missing.set(null);
            done.run();
            return;
        }
        tasks.run(() -> reports.missing(u.unit().id(), reports.today())).onSuccess(list -> {
            if (same(u)) {
                missing.set(list);
            }
            done.run();
        }).onError(e -> {
            status.set(m.get("reports.failed", String.valueOf(e.getMessage())));
            done.run();
        }).start();
    }

    private void loadQueue(Runnable done) {
        tasks.run(() -> reports.queue(QueueStatus.OPEN, QUEUE_LIMIT)).onSuccess(list -> {
            if (!list.equals(queue)) {
                queue.setAll(list);
            }
            done.run();
        }).onError(e -> done.run()).start();
    }

    private boolean same(UnitRow u) {
        return unit.get() != null && unit.get().unit().id() == u.unit().id();
    }

    /** Finds a unit by id (a bar or a heatmap cell) and hands it to {@code open}, which selects it in the tree. */
    public void openUnit(long unitId, Consumer<UnitRow> open) {
        tasks.run(() -> org.unit(unitId)).onSuccess(r -> r.ifPresent(open)).start();
    }

    /** Writes today's missing list of the unit as CSV or XLSX; phones masked unless {@code wholePhones}. */
    public void exportMissing(Path file, boolean xlsx, boolean wholePhones) {
        MissingList list = missing.get();
        if (list == null) {
            return;
        }
        tasks.run(() -> {
            if (xlsx) {
                reports.exportMissingXlsx(list, file, wholePhones);
            } else {
                reports.exportMissingCsv(list, file, wholePhones);
            }
            return file;
        }).onSuccess(f -> status.set(m.get("reports.missing.exported", list.missing(), String.valueOf(f.getFileName()))))
                .onError(e -> status.set(m.get("reports.failed", String.valueOf(e.getMessage())))).start();
    }

    /** Reads the whole file and counts what an import would do, saving nothing (a dry run, rolled back). */
    public void preview(Path file, Consumer<ImportSummary> onSummary, Consumer<String> onFailed) {
        run(file, ImportMode.KEEP_GOOD, true, onSummary, onFailed);
    }

    /** Imports the file in one transaction; {@link #cancelImport()} stops it and leaves the database as it was. */
    public void runImport(Path file, ImportMode mode, Consumer<ImportSummary> onSummary, Consumer<String> onFailed) {
        run(file, mode, false, s -> {
            status.set(describe(s));
            if (s.saved()) {
                refreshAll();
                queueGate.request();
                onChanged.run();
            }
            onSummary.accept(s);
        }, onFailed);
    }

    public void cancelImport() {
        cancel.set(true);
    }

    private void run(Path file, ImportMode mode, boolean dryRun, Consumer<ImportSummary> onSummary, Consumer<String> onFailed) {
        if (importing.get()) {
            onFailed.accept(m.get("reports.import.busy"));
            return;
        }
        cancel.set(false);
        importing.set(true);
        importProgress.set(-1);
        ImportRequest request = new ImportRequest(ImportFormat.AUTO, mode, dryRun, java.util.Map.of(), null, null);
        tasks.run(() -> imports.importFile(file, request, this::progress, cancel::get)).onSuccess(s -> {
            importing.set(false);
            onSummary.accept(s);
        }).onError(e -> {
            importing.set(false);
            onFailed.accept(String.valueOf(e.getMessage()));
        }).start();
    }

    /** From the import's thread: keeps the latest figures and posts at most one update to the FX thread at a time. */
    private void progress(long done, long total) {
        progressDone.set(done);
        progressTotal.set(total);
        if (!progressPosted.getAndSet(true)) {
            fx.execute(() -> {
                progressPosted.set(false);
                long t = progressTotal.get();
                if (importing.get()) {
                    importProgress.set(t <= 0 ? -1 : Math.min(1.0, (double) progressDone.get() / t));
                }
            });
        }
    }

    /** The summary of an import in the UI's language; every line accounted for. */
    public String describe(ImportSummary s) {
        String counts = m.get("reports.import.counts", s.total(), s.reports(), s.queued(), s.system(), s.media(), s.duplicates(),
                s.errors().size());
        String state = s.cancelled() ? m.get("reports.import.cancelled") : s.saved() ? m.get("reports.import.saved")
                : s.dryRun() ? m.get("reports.import.dryRun") : m.get("reports.import.refused");
        return counts + " — " + state;
    }

    /** Fills the quick-entry form from a queued message. */
    public void makeReport(QueuedMessage q) {
        entry.fillFrom(q);
    }

    public void attach(QueuedMessage q, long volunteerId) {
        decide(() -> reports.attach(q.id(), volunteerId), "reports.queue.attached");
    }

    public void dismiss(QueuedMessage q) {
        decide(() -> reports.dismiss(q.id()), "reports.queue.dismissed");
    }

    private void decide(java.util.concurrent.Callable<QueuedMessage> action, String doneKey) {
        tasks.run(action).onSuccess(q -> {
            queue.removeIf(x -> x.id() == q.id());
            status.set(m.get(doneKey));
            queueGate.request();
        }).onError(e -> {
            status.set(String.valueOf(e.getMessage()));
            queueGate.request();
        }).start();
    }

    /** Volunteers by phone or name anywhere (the attach dialog's search). */
    public void findVolunteers(String text, Consumer<List<VolunteerMatch>> found) {
        if (text == null || text.isBlank()) {
            found.accept(List.of());
            return;
        }
        tasks.run(() -> reports.findVolunteers(text, null, QuickEntryViewModel.MATCHES)).onSuccess(found).start();
    }
}
