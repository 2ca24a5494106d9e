package org.warroom.reports.ui;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.warroom.platform.i18n.Messages;
import org.warroom.reports.VolunteerMatch;
import org.warroom.reports.importers.IssueTag;
import org.warroom.reports.importers.Mood;
import org.warroom.platform.fx.WrapLabel;

/**
 * The quick-entry form, for the keyboard: type a phone or a name, ↓ or Enter picks, Tab through the numbers (checked
 * as they are typed), Enter anywhere saves, and the form clears with the cursor back in the find field.
 */
final class QuickEntryView {
    private final QuickEntryViewModel vm;
    private final VBox box = new VBox(6);
    private final Label title = new Label();
    private final WrapLabel queueBanner = new WrapLabel();
    private final Button leaveQueue = new Button("×");
    private final HBox queueBox = new HBox(6, queueBanner, leaveQueue);
    private final TextField find = new TextField();
    private final ListView<VolunteerMatch> results = new ListView<>();
    private final WrapLabel reporter = new WrapLabel();
    private final TextField forwarded = new TextField();
    private final TextField added = new TextField();
    private final TextField members = new TextField();
    private final WrapLabel forwardedError = new WrapLabel();
    private final WrapLabel addedError = new WrapLabel();
    private final WrapLabel membersError = new WrapLabel();
    private final Label forwardedLabel = new Label();
    private final Label addedLabel = new Label();
    private final Label membersLabel = new Label();
    private final Label slotsLabel = new Label();
    private final Label issuesLabel = new Label();
    private final Label moodLabel = new Label();
    private final Label feedbackLabel = new Label();
    private final List<CheckBox> slots = new ArrayList<>();
    private final Map<IssueTag, CheckBox> issues = new EnumMap<>(IssueTag.class);
    private final Map<Mood, ToggleButton> moods = new EnumMap<>(Mood.class);
    private final ToggleGroup moodGroup = new ToggleGroup();
    private final TextField feedback = new TextField();
    private final Button save = new Button();
    private final WrapLabel refusal = new WrapLabel();
    private final WrapLabel confirmation = new WrapLabel();
    private Messages m;

    QuickEntryView(QuickEntryViewModel vm, Messages messages) {
        this.vm = vm;
        this.m = messages;
        title.getStyleClass().add("section-title");
        find.setId("reportFind");
        results.setId("reportFindResults");
        results.setItems(vm.matches());
        results.setFixedCellSize(40);
        results.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(vm.matches()));
        results.managedProperty().bind(results.visibleProperty());
        vm.matches().addListener((javafx.collections.ListChangeListener<VolunteerMatch>) c ->
                results.setPrefHeight(4 + 40 * Math.min(5, Math.max(1, vm.matches().size()))));
        reporter.setId("reportReporter");
        reporter.getStyleClass().add("entry-reporter");
        reporter.textProperty().bind(vm.reporterProperty());
        queueBanner.setId("reportFromQueue");
        queueBanner.getStyleClass().add("entry-queue");
        leaveQueue.setId("reportLeaveQueue");
        leaveQueue.setOnAction(e -> vm.clear());
        queueBox.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(queueBanner, Priority.ALWAYS);
        queueBox.visibleProperty().bind(vm.fromQueueProperty().isNotNull());
        queueBox.managedProperty().bind(queueBox.visibleProperty());
        vm.fromQueueProperty().addListener((o, a, q) -> queueBanner.setText(q == null ? "" : m.get("reports.entry.fromQueue", q.text())));

        number(forwarded, "reportForwarded", vm.forwardedProperty(), forwardedError, vm.forwardedErrorProperty());
        number(added, "reportAdded", vm.addedProperty(), addedError, vm.addedErrorProperty());
        number(members, "reportMembers", vm.membersProperty(), membersError, vm.membersErrorProperty());

        HBox slotBox = new HBox(6);
        for (int s = 1; s <= 6; s++) {
            CheckBox c = new CheckBox(String.valueOf(s));
            c.setId("reportSlot" + s);
            c.selectedProperty().bindBidirectional(vm.slotProperty(s));
            slots.add(c);
            slotBox.getChildren().add(c);
        }
        HBox issueBox = new HBox(8);
        for (IssueTag t : IssueTag.values()) {
            CheckBox c = new CheckBox();
            c.setId("reportIssue" + t.name());
            c.selectedProperty().bindBidirectional(vm.issueProperty(t));
            issues.put(t, c);
            issueBox.getChildren().add(c);
        }
        HBox moodBox = new HBox(4);
        for (Mood mood : Mood.values()) {
            ToggleButton b = new ToggleButton();
            b.setId("reportMood" + mood.name());
            b.setToggleGroup(moodGroup);
            b.setUserData(mood);
            b.getStyleClass().add("mood-" + mood.name().toLowerCase(java.util.Locale.ROOT));
            moods.put(mood, b);
            moodBox.getChildren().add(b);
        }
        moodGroup.selectedToggleProperty().addListener((o, a, t) -> vm.moodProperty().set(t == null ? null : (Mood) t.getUserData()));
        vm.moodProperty().addListener((o, a, mood) -> moodGroup.selectToggle(mood == null ? null : moods.get(mood)));
        feedback.setId("reportFeedback");
        feedback.textProperty().bindBidirectional(vm.feedbackProperty());
        save.setId("reportSave");
        save.setOnAction(e -> vm.save());
        save.disableProperty().bind(vm.savingProperty());
        refusal.setId("reportRefusal");
        refusal.getStyleClass().add("form-error");
        refusal.textProperty().bind(vm.refusalProperty());
        confirmation.setId("reportConfirmation");
        confirmation.getStyleClass().add("entry-confirmation");
        confirmation.textProperty().bind(vm.confirmationProperty());

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(4);
        form.addRow(0, forwardedLabel, forwarded, forwardedError);
        form.addRow(1, addedLabel, added, addedError);
        form.addRow(2, membersLabel, members, membersError);
        form.addRow(3, slotsLabel, slotBox);
        GridPane.setColumnSpan(slotBox, 2);
        form.addRow(4, issuesLabel, issueBox);
        GridPane.setColumnSpan(issueBox, 2);
        form.addRow(5, moodLabel, moodBox);
        GridPane.setColumnSpan(moodBox, 2);
        form.addRow(6, feedbackLabel, feedback);
        GridPane.setColumnSpan(feedback, 2);
        for (TextField f : List.of(forwarded, added, members)) {
            f.setPrefColumnCount(5);
        }
        for (WrapLabel l : List.of(forwardedError, addedError, membersError)) {
            l.getStyleClass().add("form-error");
            l.setMaxWidth(170);
        }
        for (WrapLabel l : List.of(reporter, queueBanner, refusal, confirmation)) {
            // a wrapped label must be allowed its full height, or its second line is drawn over the next node
            l.setMinHeight(Region.USE_PREF_SIZE);
            l.setMaxWidth(Double.MAX_VALUE);
        }
        box.getChildren().setAll(title, queueBox, find, results, reporter, form, new HBox(8, save), refusal, confirmation);
        box.setPadding(new Insets(8));
        box.getStyleClass().add("quick-entry");

        PauseTransition debounce = new PauseTransition(Duration.millis(150));
        debounce.setOnFinished(e -> vm.search(find.getText()));
        find.textProperty().bindBidirectional(vm.queryProperty());
        find.textProperty().addListener((o, a, b) -> debounce.playFromStart());
        find.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN && !results.getItems().isEmpty()) {
                results.requestFocus();
                results.getSelectionModel().selectFirst();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                if (!results.getItems().isEmpty()) {
                    pick(results.getItems().getFirst());
                } else if (!find.getText().isBlank()) {
                    debounce.stop();
                    vm.search(find.getText());
                    pickWhenOne();
                } else if (vm.pickedProperty().get() != null || vm.fromQueueProperty().get() != null) {
                    vm.save();
                }
            } else if (e.getCode() == KeyCode.ESCAPE) {
                vm.clear();
                e.consume();
            }
        });
        results.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && results.getSelectionModel().getSelectedItem() != null) {
                pick(results.getSelectionModel().getSelectedItem());
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                find.requestFocus();
                e.consume();
            }
        });
        results.setOnMouseClicked(e -> {
            if (results.getSelectionModel().getSelectedItem() != null) {
                pick(results.getSelectionModel().getSelectedItem());
            }
        });
        // Enter in any other field saves the report
        form.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                vm.save();
            }
        });
        // after a save the form is empty and the cursor waits for the next volunteer
        vm.savingProperty().addListener((o, was, now) -> {
            if (was && !now && vm.refusalProperty().get().isEmpty()) {
                find.requestFocus();
            }
        });
        setMessages(messages);
    }

    private void number(TextField field, String id, javafx.beans.property.StringProperty value, WrapLabel error, ReadOnlyStringProperty problem) {
        field.setId(id);
        error.setId(id + "Error");
        field.textProperty().bindBidirectional(value);
        error.textProperty().bind(problem);
        problem.addListener((o, a, p) -> {
            field.getStyleClass().remove("invalid");
            if (p != null && !p.isEmpty()) {
                field.getStyleClass().add("invalid");
            }
        });
    }

    /** The answer to a search just started by Enter: one volunteer (a phone number) is picked at once. */
    private void pickWhenOne() {
        javafx.collections.ListChangeListener<VolunteerMatch> once = new javafx.collections.ListChangeListener<>() {
            @Override
            public void onChanged(Change<? extends VolunteerMatch> c) {
                vm.matches().removeListener(this);
                if (vm.matches().size() == 1) {
                    pick(vm.matches().getFirst());
                }
            }
        };
        vm.matches().addListener(once);
    }

    private void pick(VolunteerMatch v) {
        vm.pick(v);
        vm.queryProperty().set("");
        vm.matches().clear();
        forwarded.requestFocus();
    }

    /** Puts a volunteer (from the missing list) in the form and moves the cursor to the numbers. */
    void pickVolunteer(VolunteerMatch v) {
        pick(v);
    }

    /** Moves the cursor to the form: the find field, or the numbers when the sender is already known. */
    void focus() {
        if (vm.pickedProperty().get() != null || (vm.fromQueueProperty().get() != null && vm.fromQueueProperty().get().volunteerId() != null)) {
            forwarded.requestFocus();
        } else {
            find.requestFocus();
        }
    }

    Node node() {
        return box;
    }

    void setMessages(Messages messages) {
        this.m = messages;
        title.setText(m.get("reports.entry.title"));
        find.setPromptText(m.get("reports.entry.find.prompt"));
        results.setCellFactory(l -> new VolunteerCell(m));
        forwardedLabel.setText(m.get("reports.entry.forwarded"));
        addedLabel.setText(m.get("reports.entry.added"));
        membersLabel.setText(m.get("reports.entry.members"));
        forwarded.setPromptText("0–" + QuickEntryViewModel.MAX_FORWARDED);
        added.setPromptText("0–" + QuickEntryViewModel.MAX_ADDED);
        members.setPromptText("0–" + QuickEntryViewModel.MAX_MEMBERS);
        slotsLabel.setText(m.get("reports.entry.slots"));
        issuesLabel.setText(m.get("reports.entry.issues"));
        moodLabel.setText(m.get("reports.entry.mood"));
        feedbackLabel.setText(m.get("reports.entry.feedback"));
        feedback.setPromptText(m.get("reports.entry.feedback.prompt"));
        issues.forEach((t, c) -> c.setText(m.get("reports.issue." + t.name())));
        moods.forEach((mood, b) -> b.setText(m.get("reports.mood." + mood.name())));
        save.setText(m.get("reports.entry.save"));
        leaveQueue.setTooltip(new javafx.scene.control.Tooltip(m.get("reports.entry.leaveQueue")));
        for (Control c : List.<Control>of(find)) {
            c.setTooltip(new javafx.scene.control.Tooltip(m.get("reports.entry.find.tooltip")));
        }
        var q = vm.fromQueueProperty().get();
        queueBanner.setText(q == null ? "" : m.get("reports.entry.fromQueue", q.text()));
    }
}
