package org.warroom.posts.ui;

import java.time.format.DateTimeFormatter;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.MapChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.warroom.operators.Operator;
import org.warroom.platform.i18n.IndianFormat;
import org.warroom.platform.i18n.Messages;
import org.warroom.posts.Category;
import org.warroom.posts.Post;
import org.warroom.posts.PostStatus;
import org.warroom.posts.SlotRef;
import org.warroom.platform.fx.WrapLabel;

/**
 * The posts tab: the list on the left (by status or by a slot picked in the week), and on the right the composer
 * with the workflow's buttons, or the day, week or month of slots (Ctrl+1, 2, 3). Thin: everything it shows and does
 * is the view model's.
 */
public final class PostsView {
    private final PostsViewModel vm;
    private Messages m;
    private final SplitPane root = new SplitPane();
    private final ComboBox<PostStatus> statusFilter = new ComboBox<>();
    private final Label statusLabel = new Label();
    private final Button newPost = new Button();
    private final Button addOperator = new Button();
    private final Label slotFilter = new Label();
    private final Button clearSlot = new Button("✕");
    private final HBox slotFilterBox = new HBox(6, slotFilter, clearSlot);
    private final TableView<Post> table = new TableView<>();
    private boolean refilling;
    private final TableColumn<Post, String> titleCol = new TableColumn<>();
    private final TableColumn<Post, String> categoryCol = new TableColumn<>();
    private final TableColumn<Post, String> slotCol = new TableColumn<>();
    private final TableColumn<Post, String> statusCol = new TableColumn<>();
    private final TableColumn<Post, String> authorCol = new TableColumn<>();
    private final WrapLabel missed = new WrapLabel();
    private final WrapLabel hint = new WrapLabel();
    private final WrapLabel message = new WrapLabel();
    private final Button save = new Button();
    private final Button submit = new Button();
    private final Button approve = new Button();
    private final Button reject = new Button();
    private final Button schedule = new Button();
    private final Button release = new Button();
    private final Button cancel = new Button();
    private final Button repeat = new Button();
    private final TabPane inner = new TabPane();
    private final Tab composeTab = new Tab();
    private final Tab dayTab = new Tab();
    private final Tab weekTab = new Tab();
    private final Tab monthTab = new Tab();
    private MonthView month;
    private final ComposerView composer;
    private final WeekView week;
    private final DayView day;
    private final PostDialogs dialogs;

    public PostsView(PostsViewModel vm, Messages messages) {
        this.vm = vm;
        this.m = messages;
        this.composer = new ComposerView(vm, messages);
        this.week = new WeekView(vm, messages, this::showDay);
        this.dialogs = new PostDialogs(vm, messages);
        this.day = new DayView(vm, messages, dialogs, this::open, date -> {
            vm.week().startProperty().set(date);
            showWeek();
        });
        build();
        applyTexts();
    }

    public Parent node() {
        return root;
    }

    /** Rewords everything in the UI language (MainWindow's addTab calls this on a language switch). */
    public void setMessages(Messages messages) {
        this.m = messages;
        composer.setMessages(messages);
        week.setMessages(messages);
        day.setMessages(messages);
        month.setMessages(messages);
        dialogs.setMessages(messages);
        applyTexts();
    }

    /** Shows the week of slots (for a screenshot or a shortcut). */
    public void showWeek() {
        inner.getSelectionModel().select(weekTab);
    }

    /** Shows one day's slots with their posts (from the week, the month, a shortcut or a screenshot). */
    public void showDay(java.time.LocalDate date) {
        vm.day().show(date);
        inner.getSelectionModel().select(dayTab);
    }

    /** Opens a post in the composer, as choosing it in the list does. */
    private void open(Post p) {
        vm.select(p);
        inner.getSelectionModel().select(composeTab);
    }

    /** Ctrl+1 the day, Ctrl+2 the week, Ctrl+3 the month: the window's keys while the posts tab is on screen. */
    private void shortcuts(javafx.scene.Scene scene) {
        Tab[] tabs = {dayTab, weekTab, monthTab};
        for (int i = 0; i < tabs.length; i++) {
            Tab tab = tabs[i];
            scene.getAccelerators().put(javafx.scene.input.KeyCombination.keyCombination("Shortcut+" + (i + 1)), () -> {
                if (onScreen()) {
                    inner.getSelectionModel().select(tab);
                }
            });
        }
    }

    /** True when the tab that holds this view is the one shown (an unselected tab's content is invisible). */
    private boolean onScreen() {
        for (javafx.scene.Node n = root; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return root.getScene() != null;
    }

    private void build() {
        root.getStyleClass().add("posts-view");
        root.getStylesheets().add(PostsView.class.getResource("/org/warroom/posts/ui/posts.css").toExternalForm());
        statusFilter.setId("postsStatusFilter");
        statusFilter.getItems().add(null);
        statusFilter.getItems().addAll(PostStatus.values());
        statusFilter.setButtonCell(statusCell());
        statusFilter.setCellFactory(l -> statusCell());
        statusFilter.valueProperty().bindBidirectional(vm.statusFilterProperty());
        newPost.setId("postsNew");
        newPost.setOnAction(e -> {
            table.getSelectionModel().clearSelection();
            vm.newPost();
            inner.getSelectionModel().select(composeTab);
        });
        addOperator.setId("postsAddOperator");
        addOperator.setOnAction(e -> dialogs.addOperator(root.getScene() == null ? null : root.getScene().getWindow()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, statusLabel, statusFilter, spacer, newPost, addOperator);
        bar.setAlignment(Pos.CENTER_LEFT);

        slotFilterBox.setId("postsSlotFilter");
        slotFilterBox.getStyleClass().add("slot-filter");
        slotFilterBox.setAlignment(Pos.CENTER_LEFT);
        clearSlot.setId("postsClearSlot");
        clearSlot.getStyleClass().add("chip-remove");
        clearSlot.setOnAction(e -> vm.week().selectedProperty().set(null));
        slotFilterBox.visibleProperty().bind(vm.week().selectedProperty().isNotNull());
        slotFilterBox.managedProperty().bind(slotFilterBox.visibleProperty());
        vm.week().selectedProperty().addListener((o, a, b) -> applySlotFilter());

        table.setId("postsTable");
        table.setFixedCellSize(28);
        table.getItems().setAll(vm.posts());
        titleCol.setCellValueFactory(c -> constant(c.getValue().title()));
        titleCol.setPrefWidth(130);
        categoryCol.setCellValueFactory(c -> constant(categoryName(c.getValue().category())));
        categoryCol.setPrefWidth(95);
        slotCol.setCellValueFactory(c -> constant(slotText(c.getValue())));
        slotCol.setPrefWidth(86);
        statusCol.setCellValueFactory(c -> constant(m.get("posts.status." + c.getValue().status().name())));
        statusCol.setPrefWidth(74);
        authorCol.setCellValueFactory(c -> constant(operatorName(c.getValue().authorId())));
        authorCol.setPrefWidth(72);
        table.getColumns().setAll(java.util.List.of(titleCol, categoryCol, slotCol, statusCol, authorCol));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, p) -> {
            Post current = vm.selectedProperty().get();
            if (!refilling && p != null && (current == null || current.id() != p.id() || current.version() != p.version())) {
                vm.select(p);
                inner.getSelectionModel().select(composeTab);
            }
        });
        // keep the selected post selected when the list reloads after a command
        vm.posts().addListener((javafx.collections.ListChangeListener<Post>) c -> refill());
        vm.selectedProperty().addListener((o, a, p) -> reselect());
        vm.operatorsById().addListener((MapChangeListener<Long, Operator>) c -> table.refresh());
        vm.categories().addListener((javafx.collections.ListChangeListener<Category>) c -> table.refresh());
        // posts that missed their slot while the console was closed wait here for a decision: release late or cancel
        missed.setId("postsMissed");
        missed.getStyleClass().add("silence-warning");
        vm.releaseLog().missed().addListener((javafx.collections.ListChangeListener<Post>) c -> applyMissed());
        VBox left = new VBox(8, bar, missed, slotFilterBox, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        left.setPadding(new Insets(8));
        left.setMinWidth(360);

        hint.setId("postsHint");
        hint.getStyleClass().add("posts-hint");
        vm.permissions().hint().addListener((o, a, b) -> applyHint());
        message.setId("postsMessage");
        message.getStyleClass().add("posts-message");
        vm.noticeProperty().addListener((o, a, n) -> applyNotice());

        wire(save, "postSave", vm.permissions().canSave(), vm::save);
        wire(submit, "postSubmit", vm.permissions().canSubmit(), vm::submit);
        wire(approve, "postApprove", vm.permissions().canApprove(), vm::approve);
        wire(reject, "postReject", vm.permissions().canApprove(), () -> dialogs.reason("posts.reject.title", true).ifPresent(vm::reject));
        wire(schedule, "postSchedule", vm.permissions().canSchedule(), () -> vm.schedule(false, dialogs::confirmSchedule));
        wire(release, "postRelease", vm.permissions().canRelease(), dialogs::release);
        wire(cancel, "postCancel", vm.permissions().canCancel(), () -> dialogs.reason("posts.cancel.title", false).ifPresent(vm::cancel));
        wire(repeat, "postRepeat", vm.permissions().canRepeat(), dialogs::repeat);
        FlowPane actions = new FlowPane(8, 6, save, submit, approve, reject, schedule, repeat, release, cancel);
        VBox bottom = new VBox(6, hint, actions, message);
        bottom.setPadding(new Insets(8, 10, 10, 10));
        bottom.getStyleClass().add("posts-actions");
        BorderPane compose = new BorderPane(composer.node());
        compose.setBottom(bottom);
        composeTab.setContent(compose);
        composeTab.setClosable(false);
        composeTab.setId("postsComposeTab");
        weekTab.setContent(week.node());
        weekTab.setClosable(false);
        weekTab.setId("postsWeekTab");
        weekTab.selectedProperty().addListener((o, a, on) -> {
            if (on) {
                vm.week().reload();
            }
        });
        dayTab.setContent(day.node());
        dayTab.setClosable(false);
        dayTab.setId("postsDayTab");
        dayTab.selectedProperty().addListener((o, a, on) -> vm.day().setShown(on));
        MonthView monthView = new MonthView(vm.month(), m, this::showDay);
        this.month = monthView;
        monthTab.setContent(monthView.node());
        monthTab.setClosable(false);
        monthTab.setId("postsMonthTab");
        monthTab.selectedProperty().addListener((o, a, on) -> {
            if (on) {
                vm.month().reload();
            }
        });
        inner.getTabs().setAll(composeTab, dayTab, weekTab, monthTab);
        root.sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                shortcuts(scene);
            }
        });
        inner.setId("postsInnerTabs");
        root.getItems().setAll(left, inner);
        root.setOrientation(Orientation.HORIZONTAL);
        root.setDividerPositions(0.36);
        SplitPane.setResizableWithParent(left, false);
    }

    private void wire(Button b, String id, BooleanBinding enabled, Runnable action) {
        b.setId(id);
        b.disableProperty().bind(enabled.not());
        b.setOnAction(e -> action.run());
    }

    /** The table gets its own copy, so a reload never passes for the operator's choice of another row. */
    private void refill() {
        refilling = true;
        try {
            table.getItems().setAll(vm.posts());
            table.getSelectionModel().clearSelection();
            reselect();
        } finally {
            refilling = false;
        }
    }

    private void reselect() {
        Post p = vm.selectedProperty().get();
        if (p == null) {
            return;
        }
        Post shown = table.getSelectionModel().getSelectedItem();
        if (shown != null && shown.id() == p.id()) {
            return;
        }
        for (Post row : vm.posts()) {
            if (row.id() == p.id()) {
                table.getSelectionModel().select(row);
                table.scrollTo(row);
                return;
            }
        }
    }

    private void applyTexts() {
        statusLabel.setText(m.get("posts.filter.status"));
        newPost.setText(m.get("posts.new"));
        addOperator.setText(m.get("posts.addOperator"));
        titleCol.setText(m.get("posts.column.title"));
        categoryCol.setText(m.get("posts.column.category"));
        slotCol.setText(m.get("posts.column.slot"));
        statusCol.setText(m.get("posts.column.status"));
        authorCol.setText(m.get("posts.column.author"));
        table.setPlaceholder(new Label(m.get("posts.list.empty")));
        save.setText(m.get("posts.action.save"));
        submit.setText(m.get("posts.action.submit"));
        approve.setText(m.get("posts.action.approve"));
        reject.setText(m.get("posts.action.reject"));
        schedule.setText(m.get("posts.action.schedule"));
        release.setText(m.get("posts.action.release"));
        cancel.setText(m.get("posts.action.cancel"));
        repeat.setText(m.get("posts.action.repeat"));
        composeTab.setText(m.get("posts.tab.compose"));
        dayTab.setText(m.get("calendar.tab.day"));
        weekTab.setText(m.get("calendar.tab.week"));
        monthTab.setText(m.get("calendar.tab.month"));
        java.util.List.of(dayTab, weekTab, monthTab).forEach(t -> t.setTooltip(new javafx.scene.control.Tooltip("Ctrl+"
                + (inner.getTabs().indexOf(t)))));
        statusFilter.setButtonCell(statusCell());
        applySlotFilter();
        applyHint();
        applyNotice();
        applyMissed();
        table.refresh();
    }

    private void applyMissed() {
        java.util.List<Post> posts = vm.releaseLog().missed();
        missed.setText(posts.isEmpty() ? "" : m.get("posts.missed.banner", IndianFormat.number(posts.size()),
                String.join(", ", posts.stream().map(p -> "#" + p.id() + " " + p.title() + " (" + slotText(p) + ")").toList())));
        missed.setVisible(!posts.isEmpty());
        missed.setManaged(missed.isVisible());
    }

    private void applySlotFilter() {
        SlotRef s = vm.week().selectedProperty().get();
        slotFilter.setText(s == null ? "" : m.get("posts.filter.slot", String.valueOf(s.slotNo()),
                IndianFormat.date(s.date()), vm.composer().slotsProperty().get().slot(s.slotNo()).time().toString()));
    }

    private void applyHint() {
        PostPermissionsViewModel.Hint h = vm.permissions().hint().get();
        hint.setText(h == null || h == PostPermissionsViewModel.Hint.NONE ? "" : m.get("posts.hint." + h.name()));
        hint.setVisible(!hint.getText().isEmpty());
        hint.setManaged(hint.isVisible());
    }

    private void applyNotice() {
        Notice.show(message, vm.noticeProperty().get(), m);
    }

    private ListCell<PostStatus> statusCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(PostStatus s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty ? null : s == null ? m.get("posts.filter.all") : m.get("posts.status." + s.name()));
            }
        };
    }

    private String categoryName(String code) {
        Category c = vm.category(code);
        return c == null ? code : c.name(m.hindi());
    }

    private String operatorName(long id) {
        Operator o = vm.operatorsById().get(id);
        return o == null ? "#" + id : o.name();
    }

    private String slotText(Post p) {
        if (p.slotDate() == null || p.slotNo() == null) {
            return "—";
        }
        return DateTimeFormatter.ofPattern("dd/MM").format(p.slotDate()) + " "
                + vm.composer().slotsProperty().get().slot(p.slotNo()).time();
    }

    private static javafx.beans.value.ObservableValue<String> constant(String s) {
        return new javafx.beans.property.ReadOnlyStringWrapper(s);
    }
}
