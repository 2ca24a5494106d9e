package org.warroom.reports.ui;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.warroom.operators.AccessDeniedException;
import org.warroom.org.UnitKind;
import org.warroom.org.UnitRow;
import org.warroom.people.ValidationException;
import org.warroom.platform.fx.FxTasks;
import org.warroom.platform.i18n.IndianFormat;
import org.warroom.platform.i18n.Messages;
import org.warroom.reports.BoothFeedbackDraft;
import org.warroom.reports.BoothFeedbackStatus;
import org.warroom.reports.BoothToAsk;
import org.warroom.reports.PlanFeedbackDraft;
import org.warroom.reports.PlanPhase;
import org.warroom.reports.ReportService;
import org.warroom.reports.importers.IssueTag;
import org.warroom.reports.importers.Mood;

/**
 * Feedback per booth, not per volunteer: the twice-weekly round (Monday–Wednesday, Thursday–Sunday) and the before /
 * after feedback on a named plan. For the unit selected in the tree it shows how many booths have given this
 * half-week's feedback and lists the ones still to ask; a booth is picked from that list or from the tree.
 */
public final class BoothFeedbackViewModel {
    /** Booths listed to ask; the count above the list says how many there are in all. */
    static final int LIST = 200;

    /** Which feedback the form records. */
    public enum Kind { TWICE_WEEKLY, PLAN }

    private final ReportService reports;
    private final FxTasks tasks;
    private final Runnable onChanged;
    private final ReadOnlyObjectWrapper<UnitRow> unit = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<BoothToAsk> booth = new SimpleObjectProperty<>();
    private final ObjectProperty<Kind> kind = new SimpleObjectProperty<>(Kind.TWICE_WEEKLY);
    private final StringProperty plan = new SimpleStringProperty("");
    private final ObjectProperty<PlanPhase> phase = new SimpleObjectProperty<>(PlanPhase.BEFORE);
    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>();
    private final ObjectProperty<Mood> mood = new SimpleObjectProperty<>();
    private final Map<IssueTag, BooleanProperty> issues = new EnumMap<>(IssueTag.class);
    private final StringProperty feedback = new SimpleStringProperty("");
    private final ObservableList<BoothToAsk> toAsk = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper confirmation = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper refusal = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper();
    private Messages m;
    private long generation;

    public BoothFeedbackViewModel(ReportService reports, FxTasks tasks, Messages messages, Runnable onChanged) {
        this.reports = reports;
        this.tasks = tasks;
        this.m = messages;
        this.onChanged = onChanged;
        for (IssueTag t : IssueTag.values()) {
            issues.put(t, new SimpleBooleanProperty());
        }
    }

    public void setMessages(Messages messages) {
        this.m = messages;
        refresh();
    }

    /** Follows the tree: a booth is put in the form at once; any unit's booths still to ask are listed. */
    public void setUnit(UnitRow row) {
        unit.set(row);
        if (row != null && row.unit().kind() == UnitKind.BOOTH) {
            booth.set(new BoothToAsk(row.unit().id(), row.unit().code(), row.unit().name(false), row.unit().name(true), null, null));
            confirmation.set("");
        }
        refresh();
    }

    /** Reads the half-week's count and the booths still to ask, off the FX thread; a late answer for an old unit is dropped. */
    public void refresh() {
        UnitRow row = unit.get();
        long mine = ++generation;
        if (row == null) {
            summary.set("");
            toAsk.clear();
            return;
        }
        LocalDate on = day.get() == null ? reports.today() : day.get();
        long id = row.unit().id();
        tasks.run(() -> new Round(reports.boothFeedbackStatus(id, on), reports.boothsWithoutFeedback(id, on, LIST)))
                .onSuccess(r -> {
                    if (mine != generation) {
                        return;
                    }
                    BoothFeedbackStatus s = r.status();
                    summary.set(s.booths() == 0 ? m.get("reports.feedback.noBooths")
                            : m.get("reports.feedback.summary", IndianFormat.number(s.withFeedback()), IndianFormat.number(s.booths()),
                            m.get(s.half() == 1 ? "reports.feedback.half1" : "reports.feedback.half2"), IndianFormat.date(s.weekStart())));
                    toAsk.setAll(r.booths());
                })
                .onError(e -> summary.set(m.get("reports.feedback.notRead", String.valueOf(e.getMessage()))))
                .start();
    }

    private record Round(BoothFeedbackStatus status, List<BoothToAsk> booths) {
    }

    /** Saves the form for the chosen booth; the form clears (the kind and plan stay) and the count refreshes. */
    public boolean save() {
        if (saving.get()) {
            return false;
        }
        BoothToAsk b = booth.get();
        if (b == null) {
            refusal.set(m.get("reports.feedback.pickBooth"));
            return false;
        }
        Set<IssueTag> tags = issues.entrySet().stream().filter(e -> e.getValue().get()).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        String text = feedback.get() == null || feedback.get().isBlank() ? null : feedback.get().strip();
        if (mood.get() == null && tags.isEmpty() && text == null) {
            refusal.set(m.get("reports.feedback.empty"));
            return false;
        }
        LocalDate on = day.get() == null ? reports.today() : day.get();
        Kind k = kind.get();
        String planName = plan.get();
        PlanPhase p = phase.get();
        Mood md = mood.get();
        saving.set(true);
        refusal.set("");
        tasks.run(() -> {
            if (k == Kind.PLAN) {
                reports.savePlanFeedback(new PlanFeedbackDraft(planName, b.boothId(), p, on, null, md, tags, text));
            } else {
                reports.saveBoothFeedback(new BoothFeedbackDraft(b.boothId(), on, null, md, tags, text));
            }
            return b;
        }).onSuccess(saved -> {
            saving.set(false);
            confirmation.set(k == Kind.PLAN
                    ? m.get("reports.feedback.savedPlan", saved.code() + " " + saved.name(m.hindi()), planName.strip(),
                    m.get("reports.feedback.phase." + p.name()))
                    : m.get("reports.feedback.saved", saved.code() + " " + saved.name(m.hindi())));
            clear();
            refresh();
            onChanged.run();
        }).onError(e -> {
            saving.set(false);
            refusal.set(e instanceof ValidationException || e instanceof AccessDeniedException ? e.getMessage()
                    : m.get("reports.feedback.notSaved", String.valueOf(e.getMessage())));
        }).start();
        return true;
    }

    private void clear() {
        booth.set(null);
        mood.set(null);
        issues.values().forEach(p -> p.set(false));
        feedback.set("");
    }

    public ReadOnlyObjectProperty<UnitRow> unitProperty() {
        return unit.getReadOnlyProperty();
    }

    public ObjectProperty<BoothToAsk> boothProperty() {
        return booth;
    }

    public ObjectProperty<Kind> kindProperty() {
        return kind;
    }

    public StringProperty planProperty() {
        return plan;
    }

    public ObjectProperty<PlanPhase> phaseProperty() {
        return phase;
    }

    public ObjectProperty<LocalDate> dayProperty() {
        return day;
    }

    public ObjectProperty<Mood> moodProperty() {
        return mood;
    }

    public BooleanProperty issueProperty(IssueTag tag) {
        return issues.get(tag);
    }

    public StringProperty feedbackProperty() {
        return feedback;
    }

    public ObservableList<BoothToAsk> toAsk() {
        return toAsk;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty confirmationProperty() {
        return confirmation.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty refusalProperty() {
        return refusal.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }
}
