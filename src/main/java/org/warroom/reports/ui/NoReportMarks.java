package org.warroom.reports.ui;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.warroom.platform.fx.FxTasks;
import org.warroom.reports.ReportService;

/**
 * Finds which booths loaded in the organisation tree have no report today, so the tree can mark them. Booths to
 * check pile up while one check runs, and go in the next one: a burst of live changes costs a few reads, each one
 * indexed read of the roll-up per thousand booths. When the day turns, every loaded booth is checked again.
 */
public final class NoReportMarks {
    private final ReportService reports;
    private final FxTasks tasks;
    private final Supplier<Collection<Long>> loadedBooths;
    private final BiConsumer<Collection<Long>, Set<Long>> apply;
    private final Set<Long> waiting = new LinkedHashSet<>();
    private boolean running;
    private LocalDate day;

    /**
     * @param loadedBooths the booths the tree holds now
     * @param apply        gets the booths checked and, of those, the ones without a report today (on the FX thread)
     */
    public NoReportMarks(ReportService reports, FxTasks tasks, Supplier<Collection<Long>> loadedBooths,
                         BiConsumer<Collection<Long>, Set<Long>> apply) {
        this.reports = reports;
        this.tasks = tasks;
        this.loadedBooths = loadedBooths;
        this.apply = apply;
    }

    /** Checks these booths (ids that are not booths, or not loaded, are harmless: they are never marked). */
    public void check(Collection<Long> boothIds) {
        waiting.addAll(boothIds);
        if (!running && !waiting.isEmpty()) {
            next();
        }
    }

    /** Checks every loaded booth again (after a reload, or when anything may have changed). */
    public void checkAll() {
        check(loadedBooths.get());
    }

    private void next() {
        LocalDate today = reports.today();
        if (!today.equals(day)) {
            day = today;
            waiting.addAll(loadedBooths.get());
        }
        List<Long> ids = List.copyOf(waiting);
        waiting.clear();
        running = true;
        tasks.run(() -> {
            Set<Long> silent = new HashSet<>(ids);
            silent.removeAll(reports.reportedToday(ids, today));
            return silent;
        }).onSuccess(silent -> {
            running = false;
            apply.accept(ids, silent);
            if (!waiting.isEmpty()) {
                next();
            }
        }).onError(e -> {
            running = false;
            if (!waiting.isEmpty()) {
                next();
            }
        }).start();
    }
}
