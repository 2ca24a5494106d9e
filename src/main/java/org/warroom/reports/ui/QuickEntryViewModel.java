package org.warroom.reports.ui;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.warroom.people.ConflictException;
import org.warroom.people.ValidationException;
import org.warroom.platform.fx.FxTasks;
import org.warroom.platform.i18n.IndianFormat;
import org.warroom.platform.i18n.Messages;
import org.warroom.reports.QueuedMessage;
import org.warroom.reports.ReportDraft;
import org.warroom.reports.ReportService;
import org.warroom.reports.SavedReport;
import org.warroom.reports.VolunteerMatch;
import org.warroom.reports.importers.IssueTag;
import org.warroom.reports.importers.Mood;

/**
 * The keyboard-first report form: find the volunteer by phone or name, type the numbers (checked as they are typed),
 * save, and the form clears for the next call. Also fills in from a queued chat message, which the save then closes.
 */
public final class QuickEntryViewModel {
    public static final int MAX_FORWARDED = 50;
    public static final int MAX_ADDED = 500;
    public static final int MAX_MEMBERS = 1024;
    static final int MATCHES = 8;

    private final ReportService reports;
    private final FxTasks tasks;
    private final BiConsumer<SavedReport, QueuedMessage> onSaved;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<VolunteerMatch> matches = FXCollections.observableArrayList();
    private final ObjectProperty<VolunteerMatch> picked = new SimpleObjectProperty<>();
    private final ObjectProperty<QueuedMessage> fromQueue = new SimpleObjectProperty<>();
    private final StringProperty forwarded = new SimpleStringProperty("");
    private final StringProperty added = new SimpleStringProperty("");
    private final StringProperty members = new SimpleStringProperty("");
    private final StringProperty feedback = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper forwardedError = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper addedError = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper membersError = new ReadOnlyStringWrapper();
    private final List<BooleanProperty> slots = List.of(new SimpleBooleanProperty(), new SimpleBooleanProperty(),
            new SimpleBooleanProperty(), new SimpleBooleanProperty(), new SimpleBooleanProperty(), new SimpleBooleanProperty());
    private final Map<IssueTag, BooleanProperty> issues = new EnumMap<>(IssueTag.class);
    private final ObjectProperty<Mood> mood = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper reporter = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper confirmation = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper refusal = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper();
    private Messages m;
    private Long scopeUnitId;
    private long searchGeneration;

    /** {@code onSaved} runs on the FX thread after a save, with the queued message it closed (or null). */
    public QuickEntryViewModel(ReportService reports, FxTasks tasks, Messages messages, BiConsumer<SavedReport, QueuedMessage> onSaved) {
        this.reports = reports;
        this.tasks = tasks;
        this.m = messages;
        this.onSaved = onSaved;
        for (IssueTag t : IssueTag.values()) {
            issues.put(t, new SimpleBooleanProperty());
        }
        forwarded.addListener((o, a, b) -> check());
        added.addListener((o, a, b) -> check());
        members.addListener((o, a, b) -> check());
        picked.addListener((o, a, b) -> describeReporter());
        fromQueue.addListener((o, a, b) -> describeReporter());
    }

    public void setMessages(Messages messages) {
        this.m = messages;
        check();
        describeReporter();
    }

    /** Volunteers are looked for under this unit first (null: everywhere), then everywhere. */
    public void setScope(Long unitId) {
        this.scopeUnitId = unitId;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<VolunteerMatch> matches() {
        return matches;
    }

    public ObjectProperty<VolunteerMatch> pickedProperty() {
        return picked;
    }

    public ObjectProperty<QueuedMessage> fromQueueProperty() {
        return fromQueue;
    }

    public StringProperty forwardedProperty() {
        return forwarded;
    }

    public StringProperty addedProperty() {
        return added;
    }

    public StringProperty membersProperty() {
        return members;
    }

    public StringProperty feedbackProperty() {
        return feedback;
    }

    public ReadOnlyStringProperty forwardedErrorProperty() {
        return forwardedError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty addedErrorProperty() {
        return addedError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty membersErrorProperty() {
        return membersError.getReadOnlyProperty();
    }

    /** Slot 1..6 as a check box. */
    public BooleanProperty slotProperty(int slot) {
        return slots.get(slot - 1);
    }

    public BooleanProperty issueProperty(IssueTag tag) {
        return issues.get(tag);
    }

    public ObjectProperty<Mood> moodProperty() {
        return mood;
    }

    /** Who the report is for, as the form shows it. */
    public ReadOnlyStringProperty reporterProperty() {
        return reporter.getReadOnlyProperty();
    }

    /** The last saved report, in one line. */
    public ReadOnlyStringProperty confirmationProperty() {
        return confirmation.getReadOnlyProperty();
    }

    /** Why the last save did not happen; empty when it did. */
    public ReadOnlyStringProperty refusalProperty() {
        return refusal.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /** Looks volunteers up by phone or name; a late answer to an older search is dropped. */
    public void search(String text) {
        long gen = ++searchGeneration;
        if (text == null || text.isBlank()) {
            matches.clear();
            return;
        }
        Long scope = scopeUnitId;
        tasks.run(() -> {
            List<VolunteerMatch> found = reports.findVolunteers(text, scope, MATCHES);
            return found.isEmpty() && scope != null ? reports.findVolunteers(text, null, MATCHES) : found;
        }).onSuccess(found -> {
            if (gen == searchGeneration) {
                matches.setAll(found);
            }
        }).onError(e -> refusal.set(e.getMessage())).start();
    }

    public void pick(VolunteerMatch match) {
        picked.set(match);
        matches.clear();
        refusal.set("");
    }

    /** Fills the form from a queued message: its sender (when known) and its day; saving turns it into a report. */
    public void fillFrom(QueuedMessage q) {
        clear();
        fromQueue.set(q);
        if (q.volunteerId() == null && q.author() != null && !q.author().startsWith("+")) {
            query.set(q.author());
            search(q.author());
        }
    }

    public void clear() {
        searchGeneration++;
        query.set("");
        matches.clear();
        picked.set(null);
        fromQueue.set(null);
        forwarded.set("");
        added.set("");
        members.set("");
        feedback.set("");
        slots.forEach(s -> s.set(false));
        issues.values().forEach(s -> s.set(false));
        mood.set(null);
        refusal.set("");
    }

    /** Saves the form, or says why not. Returns false when nothing was sent to the database. */
    public boolean save() {
        if (saving.get()) {
            return false;
        }
        Long volunteer = volunteerId();
        if (volunteer == null) {
            refusal.set(m.get("reports.entry.pickFirst"));
            return false;
        }
        if (!forwardedError.get().isEmpty() || !addedError.get().isEmpty() || !membersError.get().isEmpty()) {
            refusal.set(m.get("reports.entry.fixNumbers"));
            return false;
        }
        Set<Integer> s = new TreeSet<>();
        for (int i = 1; i <= 6; i++) {
            if (slots.get(i - 1).get()) {
                s.add(i);
            }
        }
        Set<IssueTag> tags = issues.entrySet().stream().filter(e -> e.getValue().get()).map(Map.Entry::getKey)
                .collect(java.util.stream.Collectors.toSet());
        Integer fwd = number(forwarded.get());
        Integer add = number(added.get());
        Integer size = number(members.get());
        String fb = feedback.get();
        if (fwd == null && add == null && size == null && s.isEmpty() && tags.isEmpty() && mood.get() == null
                && (fb == null || fb.isBlank())) {
            refusal.set(m.get("reports.entry.empty"));
            return false;
        }
        QueuedMessage q = fromQueue.get();
        LocalDate day = q != null && q.sentAt() != null ? q.sentAt().toLocalDate() : reports.today();
        ReportDraft draft = new ReportDraft(volunteer, null, day, s, fwd, add, size, tags, mood.get(), fb);
        String who = picked.get() != null ? picked.get().name() + ", " + picked.get().boothCode() : q.author();
        saving.set(true);
        refusal.set("");
        tasks.run(() -> q == null ? reports.add(draft) : reports.reportFromQueue(q.id(), draft)).onSuccess(saved -> {
            // the form is empty before anyone hears that the save is done
            clear();
            saving.set(false);
            confirmation.set(describe(who, saved));
            onSaved.accept(saved, q);
        }).onError(e -> {
            saving.set(false);
            refusal.set(e instanceof ValidationException || e instanceof ConflictException ? e.getMessage()
                    : m.get("reports.entry.notSaved", String.valueOf(e.getMessage())));
        }).start();
        return true;
    }

    private Long volunteerId() {
        if (picked.get() != null) {
            return picked.get().volunteerId();
        }
        QueuedMessage q = fromQueue.get();
        return q == null ? null : q.volunteerId();
    }

    private void describeReporter() {
        VolunteerMatch v = picked.get();
        QueuedMessage q = fromQueue.get();
        if (v != null) {
            reporter.set(m.get("reports.entry.reporter", v.name(), v.boothCode() + " " + v.boothName(), v.maskedPhone())
                    + (v.reported() ? " · " + m.get("reports.entry.alreadyReported") : ""));
        } else if (q != null && q.volunteerId() != null) {
            reporter.set(m.get("reports.entry.queueSender", q.author()));
        } else {
            reporter.set(m.get(q != null ? "reports.entry.queueUnknown" : "reports.entry.noReporter"));
        }
    }

    private String describe(String who, SavedReport saved) {
        var r = saved.report();
        StringBuilder b = new StringBuilder();
        append(b, "reports.saved.forwarded", r.forwarded());
        append(b, "reports.saved.added", r.added());
        append(b, "reports.saved.members", r.groupSize());
        if (!r.slots().isEmpty()) {
            append(b, "reports.saved.slots", String.join(",", r.slots().stream().map(String::valueOf).toList()));
        }
        if (r.mood() != null) {
            append(b, "reports.saved.mood", m.get("reports.mood." + r.mood().name()));
        }
        return m.get(saved.merged() ? "reports.entry.savedMerged" : "reports.entry.saved", who, IndianFormat.date(r.day()), b.toString());
    }

    private void append(StringBuilder b, String key, Object value) {
        if (value != null) {
            b.append(b.isEmpty() ? "" : ", ").append(m.get(key, String.valueOf(value)));
        }
    }

    private void check() {
        forwardedError.set(problem(forwarded.get(), MAX_FORWARDED));
        addedError.set(problem(added.get(), MAX_ADDED));
        membersError.set(problem(members.get(), MAX_MEMBERS));
    }

    /** Empty when the text is blank or a whole number from 0 to {@code max}; otherwise what is wrong. */
    String problem(String text, int max) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String digits = ascii(text.strip());
        if (!digits.matches("[0-9]{1,7}")) {
            return m.get("reports.entry.numbersOnly");
        }
        return Integer.parseInt(digits) > max ? m.get("reports.entry.range", String.valueOf(max)) : "";
    }

    /** The number typed (Latin or Devanagari digits), or null when blank. Call only when {@link #problem} is empty. */
    static Integer number(String text) {
        return text == null || text.isBlank() ? null : Integer.valueOf(ascii(text.strip()));
    }

    static String ascii(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            b.append(c >= '\u0966' && c <= '\u096F' ? (char) ('0' + (c - '\u0966')) : c);
        }
        return b.toString();
    }
}
