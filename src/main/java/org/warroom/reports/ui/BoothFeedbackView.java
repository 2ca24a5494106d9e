package org.warroom.reports.ui;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.warroom.platform.fx.WrapLabel;
import org.warroom.platform.i18n.Messages;
import org.warroom.reports.BoothToAsk;
import org.warroom.reports.PlanPhase;
import org.warroom.reports.importers.IssueTag;
import org.warroom.reports.importers.Mood;
import org.warroom.reports.ui.BoothFeedbackViewModel.Kind;

/**
 * The booth feedback tab: on the left the booths of the selected unit still to give this half-week's feedback
 * (double-click or Enter puts one in the form); on the right the form — twice-weekly or a plan's before / after —
 * with mood, issues and the words heard. Ctrl+Enter saves.
 */
final class BoothFeedbackView {
    private final BoothFeedbackViewModel vm;
    private final SplitPane root = new SplitPane();
    private final WrapLabel summary = new WrapLabel();
    private final ListView<BoothToAsk> list = new ListView<>();
    private final Label formTitle = new Label();
    private final WrapLabel boothLine = new WrapLabel();
    private final ToggleGroup kindGroup = new ToggleGroup();
    private final RadioButton twiceWeekly = new RadioButton();
    private final RadioButton planKind = new RadioButton();
    private final TextField plan = new TextField();
    private final ToggleGroup phaseGroup = new ToggleGroup();
    private final Map<PlanPhase, RadioButton> phases = new EnumMap<>(PlanPhase.class);
    private final Label dayLabel = new Label();
    private final DatePicker day = new DatePicker();
    private final Label moodLabel = new Label();
    private final ToggleGroup moodGroup = new ToggleGroup();
    private final Map<Mood, ToggleButton> moods = new EnumMap<>(Mood.class);
    private final Label issuesLabel = new Label();
    private final Map<IssueTag, CheckBox> issues = new EnumMap<>(IssueTag.class);
    private final Label feedbackLabel = new Label();
    private final TextArea feedback = new TextArea();
    private final Button save = new Button();
    private final WrapLabel refusal = new WrapLabel();
    private final WrapLabel confirmation = new WrapLabel();
    private Messages m;

    BoothFeedbackView(BoothFeedbackViewModel vm, Messages messages) {
        this.vm = vm;
        this.m = messages;
        build();
        setMessages(messages);
    }

    private void build() {
        root.setId("boothFeedbackView");
        summary.setId("feedbackSummary");
        summary.getStyleClass().add("section-title");
        summary.textProperty().bind(vm.summaryProperty());
        list.setId("feedbackToAsk");
        list.setItems(vm.toAsk());
        list.setFixedCellSize(26);
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(BoothToAsk b, boolean empty) {
                super.updateItem(b, empty);
                setText(empty || b == null ? null : b.code() + "  " + b.name(m.hindi()) + "  ·  " + b.mandal(m.hindi()));
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                pickSelected();
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                pickSelected();
            }
        });
        VBox left = new VBox(6, summary, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        left.setPadding(new Insets(8));

        formTitle.getStyleClass().add("section-title");
        boothLine.setId("feedbackBooth");
        boothLine.getStyleClass().add("entry-reporter");
        vm.boothProperty().addListener((o, a, b) -> showBooth());
        twiceWeekly.setId("feedbackTwiceWeekly");
        planKind.setId("feedbackPlanKind");
        twiceWeekly.setToggleGroup(kindGroup);
        planKind.setToggleGroup(kindGroup);
        twiceWeekly.setUserData(Kind.TWICE_WEEKLY);
        planKind.setUserData(Kind.PLAN);
        kindGroup.selectToggle(twiceWeekly);
        kindGroup.selectedToggleProperty().addListener((o, a, t) -> vm.kindProperty().set(t == null ? Kind.TWICE_WEEKLY : (Kind) t.getUserData()));
        plan.setId("feedbackPlan");
        plan.textProperty().bindBidirectional(vm.planProperty());
        HBox phaseBox = new HBox(10);
        for (PlanPhase p : PlanPhase.values()) {
            RadioButton r = new RadioButton();
            r.setId("feedbackPhase" + p.name());
            r.setToggleGroup(phaseGroup);
            r.setUserData(p);
            phases.put(p, r);
            phaseBox.getChildren().add(r);
        }
        phaseGroup.selectToggle(phases.get(PlanPhase.BEFORE));
        phaseGroup.selectedToggleProperty().addListener((o, a, t) -> vm.phaseProperty().set(t == null ? PlanPhase.BEFORE : (PlanPhase) t.getUserData()));
        HBox planBox = new HBox(8, plan, phaseBox);
        planBox.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(plan, Priority.ALWAYS);
        planBox.visibleProperty().bind(planKind.selectedProperty());
        planBox.managedProperty().bind(planBox.visibleProperty());
        day.setId("feedbackDay");
        day.valueProperty().bindBidirectional(vm.dayProperty());
        day.valueProperty().addListener((o, a, d) -> vm.refresh());
        HBox moodBox = new HBox(4);
        for (Mood mood : Mood.values()) {
            ToggleButton b = new ToggleButton();
            b.setId("feedbackMood" + mood.name());
            b.setToggleGroup(moodGroup);
            b.setUserData(mood);
            b.getStyleClass().add("mood-" + mood.name().toLowerCase(Locale.ROOT));
            moods.put(mood, b);
            moodBox.getChildren().add(b);
        }
        moodGroup.selectedToggleProperty().addListener((o, a, t) -> vm.moodProperty().set(t == null ? null : (Mood) t.getUserData()));
        vm.moodProperty().addListener((o, a, mood) -> moodGroup.selectToggle(mood == null ? null : moods.get(mood)));
        FlowPane issueBox = new FlowPane(8, 4);
        for (IssueTag t : IssueTag.values()) {
            CheckBox c = new CheckBox();
            c.setId("feedbackIssue" + t.name());
            c.selectedProperty().bindBidirectional(vm.issueProperty(t));
            issues.put(t, c);
            issueBox.getChildren().add(c);
        }
        feedback.setId("feedbackText");
        feedback.setPrefRowCount(4);
        feedback.setWrapText(true);
        feedback.textProperty().bindBidirectional(vm.feedbackProperty());
        save.setId("feedbackSave");
        save.setDefaultButton(false);
        save.setOnAction(e -> vm.save());
        save.disableProperty().bind(vm.savingProperty());
        refusal.setId("feedbackRefusal");
        refusal.getStyleClass().add("form-error");
        refusal.textProperty().bind(vm.refusalProperty());
        confirmation.setId("feedbackConfirmation");
        confirmation.getStyleClass().add("entry-confirmation");
        confirmation.textProperty().bind(vm.confirmationProperty());
        VBox form = new VBox(8, formTitle, boothLine, new HBox(14, twiceWeekly, planKind), planBox,
                new HBox(8, dayLabel, day), moodLabel, moodBox, issuesLabel, issueBox, feedbackLabel, feedback, save,
                refusal, confirmation);
        form.setPadding(new Insets(8));
        form.getStyleClass().add("quick-entry");
        form.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN).match(e)) {
                vm.save();
                e.consume();
            }
        });
        root.getItems().setAll(left, form);
        root.setDividerPositions(0.45);
    }

    private void pickSelected() {
        BoothToAsk b = list.getSelectionModel().getSelectedItem();
        if (b != null) {
            vm.boothProperty().set(b);
            moods.get(Mood.values()[0]).requestFocus();
        }
    }

    private void showBooth() {
        BoothToAsk b = vm.boothProperty().get();
        boothLine.setText(b == null ? m.get("reports.feedback.noBooth")
                : m.get("reports.feedback.booth", b.code() + " " + b.name(m.hindi())));
    }

    Node node() {
        return root;
    }

    void setMessages(Messages messages) {
        this.m = messages;
        formTitle.setText(m.get("reports.feedback.title"));
        twiceWeekly.setText(m.get("reports.feedback.kind.TWICE_WEEKLY"));
        planKind.setText(m.get("reports.feedback.kind.PLAN"));
        plan.setPromptText(m.get("reports.feedback.plan.prompt"));
        phases.forEach((p, r) -> r.setText(m.get("reports.feedback.phase." + p.name())));
        dayLabel.setText(m.get("reports.feedback.day"));
        day.setPromptText(m.get("reports.feedback.today"));
        moodLabel.setText(m.get("reports.entry.mood"));
        moods.forEach((mood, b) -> b.setText(m.get("reports.mood." + mood.name())));
        issuesLabel.setText(m.get("reports.entry.issues"));
        issues.forEach((t, c) -> c.setText(m.get("reports.issue." + t.name())));
        feedbackLabel.setText(m.get("reports.feedback.words"));
        feedback.setPromptText(m.get("reports.entry.feedback.prompt"));
        save.setText(m.get("reports.feedback.save"));
        list.setPlaceholder(new Label(m.get("reports.feedback.allGiven")));
        list.refresh();
        showBooth();
    }
}
