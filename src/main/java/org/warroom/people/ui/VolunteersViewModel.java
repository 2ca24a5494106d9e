package org.warroom.people.ui;

import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.warroom.org.UnitKind;
import org.warroom.org.UnitRow;
import org.warroom.people.BroadcastList;
import org.warroom.people.ConflictException;
import org.warroom.people.PeopleService;
import org.warroom.people.ValidationException;
import org.warroom.people.Volunteer;
import org.warroom.people.VolunteerDraft;
import org.warroom.people.WhatsAppGroup;
import org.warroom.people.importers.ImportReport;
import org.warroom.people.importers.VolunteerCsvImporter;
import org.warroom.people.Wing;
import org.warroom.platform.fx.FxTasks;

/** The people of the selected unit: volunteers, the booth's WhatsApp group, the seat's broadcast lists. */
public final class VolunteersViewModel {
    private final PeopleService people;
    private final VolunteerCsvImporter importer;
    private final FxTasks tasks;
    private final Runnable onChanged;
    private final ObjectProperty<UnitRow> unit = new SimpleObjectProperty<>();
    private final ObservableList<Volunteer> volunteers = FXCollections.observableArrayList();
    private final ObjectProperty<Optional<WhatsAppGroup>> group = new SimpleObjectProperty<>(Optional.empty());
    private final ObservableList<BroadcastList> lists = FXCollections.observableArrayList();
    private final ObservableList<Wing> wings = FXCollections.observableArrayList();
    private final ObjectProperty<String> message = new SimpleObjectProperty<>();
    private long generation;

    /** {@code onChanged} runs after a save, so the tree refreshes at once rather than at the next tick. */
    public VolunteersViewModel(PeopleService people, VolunteerCsvImporter importer, FxTasks tasks, Runnable onChanged) {
        this.people = people;
        this.importer = importer;
        this.tasks = tasks;
        this.onChanged = onChanged;
        tasks.run(people::wings).onSuccess(wings::setAll).start();
    }

    public ObjectProperty<UnitRow> unitProperty() {
        return unit;
    }

    public ObservableList<Volunteer> volunteers() {
        return volunteers;
    }

    public ObjectProperty<Optional<WhatsAppGroup>> groupProperty() {
        return group;
    }

    public ObservableList<BroadcastList> lists() {
        return lists;
    }

    public ObservableList<Wing> wings() {
        return wings;
    }

    /** The last outcome to show the operator (saved, or why not). */
    public ObjectProperty<String> messageProperty() {
        return message;
    }

    public void setUnit(UnitRow row) {
        boolean same = unit.get() != null && row != null && unit.get().unit().id() == row.unit().id();
        unit.set(row);
        if (!same) {
            volunteers.clear();
            lists.clear();
            group.set(Optional.empty());
        }
        reload();
    }

    public void reload() {
        UnitRow row = unit.get();
        if (row == null) {
            return;
        }
        long gen = ++generation;
        long id = row.unit().id();
        UnitKind kind = row.unit().kind();
        tasks.run(() -> new Loaded(people.volunteersOf(id),
                kind == UnitKind.BOOTH ? people.groupOf(id) : Optional.<WhatsAppGroup>empty(),
                kind == UnitKind.ASSEMBLY ? people.listsOf(id) : List.<BroadcastList>of()))
                .onSuccess(l -> {
                    if (gen == generation) {
                        volunteers.setAll(l.volunteers);
                        group.set(l.group);
                        lists.setAll(l.lists);
                    }
                }).onError(e -> message.set(e.getMessage())).start();
    }

    private record Loaded(List<Volunteer> volunteers, Optional<WhatsAppGroup> group, List<BroadcastList> lists) { }

    /**
     * Saves a new volunteer (existing == null) or an edit. On a refusal {@code onRefused} gets the field and the
     * reason, and nothing was saved.
     */
    public void save(Volunteer existing, VolunteerDraft draft, Consumer<Volunteer> onSaved, BiConsumer<String, String> onRefused) {
        save(existing, draft, onSaved, onRefused, null);
    }

    /**
     * The same; when another desk saved the volunteer first, {@code onConflict} gets the merge of this draft with
     * their version (side by side, field by field) instead of a refusal, and nothing was saved.
     */
    public void save(Volunteer existing, VolunteerDraft draft, Consumer<Volunteer> onSaved, BiConsumer<String, String> onRefused,
                     Consumer<org.warroom.people.VolunteerMerge> onConflict) {
        tasks.run(() -> {
            if (existing == null) {
                return people.add(draft);
            }
            try {
                return people.update(existing.id(), existing.version(), draft);
            } catch (ConflictException e) {
                Volunteer theirs = people.volunteer(existing.id()).orElseThrow(() -> e);
                throw new Stale(new org.warroom.people.VolunteerMerge(existing, draft, theirs), e);
            }
        })
                .onSuccess(v -> {
                    message.set(null);
                    reload();
                    onChanged.run();
                    onSaved.accept(v);
                })
                .onError(e -> {
                    if (e instanceof Stale s && onConflict != null) {
                        onConflict.accept(s.merge);
                        return;
                    }
                    Throwable t = e instanceof Stale s ? s.getCause() : e;
                    onRefused.accept(t instanceof ValidationException ve ? ve.field() : "",
                            t instanceof ValidationException || t instanceof ConflictException ? t.getMessage()
                                    : "Not saved: " + t.getMessage());
                })
                .start();
    }

    /** Saves the desk's choice after a conflict, against the other desk's version (which may have moved on again). */
    public void saveMerged(org.warroom.people.VolunteerMerge merge, Consumer<Volunteer> onSaved, BiConsumer<String, String> onRefused,
                           Consumer<org.warroom.people.VolunteerMerge> onConflict) {
        save(merge.theirs(), merge.merged(), onSaved, onRefused, onConflict);
    }

    /** Another desk saved first: carries the merge back to the FX thread. */
    private static final class Stale extends RuntimeException {
        final transient org.warroom.people.VolunteerMerge merge;

        Stale(org.warroom.people.VolunteerMerge merge, ConflictException cause) {
            super(cause.getMessage(), cause);
            this.merge = merge;
        }
    }

    /** Checks a volunteers file and reports; saves nothing. */
    public void previewImport(java.nio.file.Path file, Consumer<ImportReport> onReport, Consumer<String> onFailed) {
        tasks.run(() -> importer.preview(file, ImportReport.Mode.ALL_OR_NOTHING)).onSuccess(onReport)
                .onError(e -> onFailed.accept(e.getMessage())).start();
    }

    /** Imports a volunteers file in the chosen mode, in one transaction. */
    public void runImport(java.nio.file.Path file, ImportReport.Mode mode, Consumer<ImportReport> onReport, Consumer<String> onFailed) {
        tasks.run(() -> importer.importFile(file, mode, false)).onSuccess(r -> {
            reload();
            onChanged.run();
            onReport.accept(r);
        }).onError(e -> onFailed.accept(e.getMessage())).start();
    }

    public void setActive(Volunteer v, boolean active) {
        tasks.run(() -> people.setActive(v, active)).onSuccess(saved -> {
            reload();
            onChanged.run();
        }).onError(e -> message.set(e.getMessage())).start();
    }

    /** Saves the group's count as this desk saw the group ({@code seenVersion}; null when it showed none). */
    public void saveGroup(String name, int members, Integer seenVersion, BiConsumer<String, String> onRefused) {
        UnitRow row = unit.get();
        tasks.run(() -> people.saveGroup(row.unit().id(), name, members, seenVersion)).onSuccess(g -> {
            reload();
            onChanged.run();
        }).onError(e -> {
            onRefused.accept("members", e.getMessage());
            if (e instanceof ConflictException) {
                reload();
            }
        }).start();
    }

    public void addList(String name, int members, BiConsumer<String, String> onRefused) {
        UnitRow row = unit.get();
        tasks.run(() -> people.addList(row.unit().id(), name, members)).onSuccess(l -> reload())
                .onError(e -> onRefused.accept("members", e.getMessage())).start();
    }
}
