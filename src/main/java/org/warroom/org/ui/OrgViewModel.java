package org.warroom.org.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.warroom.org.ChangeBatch;
import org.warroom.org.OrgService;
import org.warroom.org.TreeMode;
import org.warroom.org.Unit;
import org.warroom.org.UnitKind;
import org.warroom.org.UnitRow;
import org.warroom.platform.fx.FxTasks;

/**
 * State and commands of the organisation screen: the desk's root, lazy children, search, the selected unit's
 * details, and live refresh from change notices written by any process. All database work runs through FxTasks.
 */
public final class OrgViewModel {
    public static final int SEARCH_LIMIT = 50;
    private static final int MAX_CHANGES_PER_POLL = 5000;

    private final OrgService org;
    private final FxTasks tasks;
    private final StringProperty desk = new SimpleStringProperty();

    private final BooleanProperty hindi = new SimpleBooleanProperty(false);
    private final ObjectProperty<TreeMode> mode = new SimpleObjectProperty<>(TreeMode.ORGANISATION);
    private final ObservableList<UnitRow> searchResults = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<UnitDetails> details = new ReadOnlyObjectWrapper<>();
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty connected = new SimpleBooleanProperty(true);
    private final ObjectProperty<Throwable> error = new SimpleObjectProperty<>();
    private long searchGeneration;
    private long detailsGeneration;
    private long lastSeq = -1;
    private boolean polling;

    public OrgViewModel(OrgService org, FxTasks tasks, String desk) {
        this.org = org;
        this.tasks = tasks;
        this.desk.set(desk);
    }

    public BooleanProperty hindiProperty() {
        return hindi;
    }

    public ObjectProperty<TreeMode> modeProperty() {
        return mode;
    }

    /** The unit this desk is scoped to (a district's name), or empty for the whole state. */
    public StringProperty deskProperty() {
        return desk;
    }

    /** Districts a desk can be scoped to. */
    public void loadDistricts(Consumer<List<UnitRow>> onDistricts) {
        tasks.run(org::districts).onSuccess(onDistricts).onError(this::failed).start();
    }

    public ObservableList<UnitRow> searchResults() {
        return searchResults;
    }

    public ReadOnlyObjectProperty<UnitDetails> detailsProperty() {
        return details.getReadOnlyProperty();
    }

    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty connectedProperty() {
        return connected;
    }

    public ObjectProperty<Throwable> errorProperty() {
        return error;
    }

    public FxTasks tasks() {
        return tasks;
    }

    /** The desk's top unit: the district it is scoped to, or the state. */
    public void loadRoot(Consumer<UnitRow> onRoot) {
        String d = desk.get();
        tasks.run(() -> {
            lastSeqInit();
            return rootOf(org, d);
        }).onSuccess(onRoot).onError(error::set).start();
    }

    private static UnitRow rootOf(OrgService org, String d) {
        if (d != null && !d.isBlank()) {
            return org.findDesk(d).orElseThrow(() -> new IllegalArgumentException("No district or seat named \"" + d + "\"."));
        }
        return org.roots().stream().findFirst().orElse(null);
    }

    /**
     * The desk's top unit and its children as the window's first tree shows them, read ahead (while the window is
     * being wired, on any thread) so that the first tree needs no trip to the database; null if the desk is unknown
     * (the window then says so as usual). The change sequence is read first: a change in between is polled again.
     */
    public static FirstTree readFirstTree(OrgService org, String desk) {
        long seq = org.lastChangeSeq();
        UnitRow root;
        try {
            root = rootOf(org, desk);
        } catch (IllegalArgumentException e) {
            return null;
        }
        return new FirstTree(desk, root, root == null ? List.of() : org.children(root.unit(), TreeMode.ORGANISATION), seq);
    }

    /** A first tree read ahead: the desk it was read for, its top unit (null: no organisation yet), its children. */
    public record FirstTree(String desk, UnitRow root, List<UnitRow> children, long seq) { }

    /**
     * Takes the first tree read ahead if it is this desk's in the organisation view: sets where live changes are
     * followed from and hands over the root at once; false (nothing done) if it does not fit.
     */
    public boolean useFirstTree(FirstTree first, Consumer<UnitRow> onRoot) {
        if (first == null || mode.get() != TreeMode.ORGANISATION || !deskName(first.desk()).equals(deskName(desk.get()))) {
            return false;
        }
        if (lastSeq < 0) {
            lastSeq = first.seq();
        }
        onRoot.accept(first.root());
        return true;
    }

    private static Optional<String> deskName(String s) {
        return s == null || s.isBlank() ? Optional.empty() : Optional.of(s);
    }

    private void lastSeqInit() {
        if (lastSeq < 0) {
            lastSeq = org.lastChangeSeq();
        }
    }

    public void loadChildren(Unit parent, Consumer<List<UnitRow>> onChildren) {
        TreeMode m = mode.get();
        tasks.run(() -> org.children(parent, m)).onSuccess(onChildren).onError(this::failed).start();
    }

    /** Runs a search; an older search that returns late is dropped. */
    public void search(String text, Unit scope) {
        long gen = ++searchGeneration;
        if (text == null || text.isBlank()) {
            searchResults.clear();
            return;
        }
        tasks.run(() -> org.search(text, scope, SEARCH_LIMIT)).onSuccess(rows -> {
            if (gen == searchGeneration) {
                searchResults.setAll(rows);
            }
        }).onError(this::failed).start();
    }

    /** The chain from the root to the unit, with each ancestor's children, so the tree can open the way to it. */
    public void reveal(Unit unit, Consumer<List<List<UnitRow>>> onPath) {
        TreeMode m = mode.get();
        tasks.run(() -> {
            List<UnitRow> ancestry = org.ancestry(unit);
            List<List<UnitRow>> levels = new ArrayList<>();
            for (UnitRow a : ancestry) {
                if (a.unit().id() != unit.id()) {
                    levels.add(org.children(a.unit(), m == TreeMode.LOK_SABHA && a.unit().kind() == UnitKind.STATE ? TreeMode.ORGANISATION : m));
                }
            }
            return levels;
        }).onSuccess(onPath).onError(this::failed).start();
    }

    public void select(UnitRow row) {
        if (row == null) {
            details.set(null);
            return;
        }
        loadDetails(row.unit());
    }

    /** Asks for a live refresh at once (after this desk saved something) instead of at the next tick. */
    public void nudge(Set<Long> loaded, Consumer<Map<Long, UnitRow>> apply, Runnable reloadAll) {
        poll(loaded, apply, reloadAll);
    }

    /** Reloads the selected unit's details, e.g. after a change. */
    public void refreshDetails() {
        UnitDetails d = details.get();
        if (d != null) {
            loadDetails(d.row().unit());
        }
    }

    private void loadDetails(Unit unit) {
        long gen = ++detailsGeneration;
        TreeMode m = mode.get();
        tasks.run(() -> {
            UnitRow fresh = org.unit(unit.id()).orElseThrow(() -> new IllegalStateException("That unit was removed."));
            boolean booth = unit.kind() == UnitKind.BOOTH;
            return new UnitDetails(fresh, org.ancestry(unit), booth ? List.of() : org.children(unit, m),
                    booth ? org.boothDetail(unit.id()) : Optional.empty(),
                    unit.kind() == UnitKind.ASSEMBLY ? org.seatDetail(unit.id()) : Optional.empty());
        }).onSuccess(d -> {
            if (gen == detailsGeneration) {
                details.set(d);
            }
        }).onError(this::failed).start();
    }

    /**
     * One round of live refresh: asks for change notices since the last round and hands back fresh rows for
     * the loaded units that changed or lie above a change. {@code reloadAll} runs when the whole tree was rebuilt.
     */
    public void poll(Set<Long> loaded, Consumer<Map<Long, UnitRow>> apply, Runnable reloadAll) {
        if (polling || lastSeq < 0) {
            return;
        }
        polling = true;
        long since = lastSeq;
        tasks.run(() -> {
            ChangeBatch batch = org.changesSince(since, MAX_CHANGES_PER_POLL);
            if (batch.unitIds().isEmpty() && !batch.overflow()) {
                return new PollResult(batch.lastSeq(), Map.of(), false);
            }
            if (batch.unitIds().contains(0L)) {
                return new PollResult(batch.lastSeq(), Map.of(), true);
            }
            Set<Long> affected = new HashSet<>();
            if (batch.overflow()) {
                affected.addAll(loaded);
            } else {
                Set<Long> pathIds = new HashSet<>();
                org.units(batch.unitIds()).forEach(r -> pathIds.addAll(r.unit().pathIds()));
                affected.addAll(pathIds);
                // an assembly seat on the path is also counted in its Lok Sabha seat
                org.units(pathIds).stream().map(a -> a.unit().lokSabhaId()).filter(id -> id != null).forEach(affected::add);
                affected.retainAll(loaded);
            }
            Map<Long, UnitRow> fresh = new HashMap<>();
            org.units(affected).forEach(r -> fresh.put(r.unit().id(), r));
            return new PollResult(batch.lastSeq(), fresh, false);
        }).onSuccess(r -> {
            polling = false;
            connected.set(true);
            lastSeq = r.lastSeq;
            if (r.reloadAll) {
                reloadAll.run();
                refreshDetails();
            } else if (!r.fresh.isEmpty()) {
                apply.accept(r.fresh);
                UnitDetails d = details.get();
                if (d != null && (r.fresh.containsKey(d.row().unit().id())
                        || d.children().stream().anyMatch(c -> r.fresh.containsKey(c.unit().id())))) {
                    refreshDetails();
                }
            }
        }).onError(e -> {
            polling = false;
            connected.set(false);
        }).start();
    }

    private record PollResult(long lastSeq, Map<Long, UnitRow> fresh, boolean reloadAll) { }

    private void failed(Throwable e) {
        error.set(e);
    }
}
