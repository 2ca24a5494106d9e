package org.warroom.posts.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.warroom.operators.Operator;
import org.warroom.platform.fx.WrapLabel;
import org.warroom.platform.i18n.IndianFormat;
import org.warroom.platform.i18n.Messages;
import org.warroom.posts.Category;
import org.warroom.posts.DailySlots;
import org.warroom.posts.DayCard;
import org.warroom.posts.DayPlan;
import org.warroom.posts.Post;
import org.warroom.posts.SlotRef;

/**
 * One day: six lanes side by side, one per slot, each a virtualised list of post cards (a state-wide day of 450
 * posts draws only the cards in sight). Drag a card to another lane to move the post: the lane under the pointer
 * turns green or red (with the reason) from the rules that came with the load; the service decides at the drop and
 * its refusal is shown under the bar, with Undo (Ctrl+Z) after a move. Ctrl+M moves the selected card from the
 * keyboard; a double-click or Enter opens it in the composer.
 */
final class DayView implements DayCardCell.Looks {
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination MOVE = new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination PREVIOUS = new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN);
    private static final KeyCombination NEXT = new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.ALT_DOWN);

    private final DayViewModel vm;
    private final PostsViewModel posts;
    private final PostDialogs dialogs;
    private final Consumer<Post> open;
    private Messages m;
    private final StackPane root = new StackPane();
    private final Button prev = new Button();
    private final Button today = new Button();
    private final Button next = new Button();
    private final DatePicker picker = new DatePicker();
    private final Button week = new Button();
    private final Button moveButton = new Button();
    private final Label heading = new Label();
    private final Label loading = new Label();
    private final Label scope = new Label();
    private final WrapLabel hint = new WrapLabel();
    private final WrapLabel notice = new WrapLabel();
    private final Button undo = new Button();
    private final List<DayLane> lanes = new ArrayList<>();
    private final DayDrag drag;
    private DayCard selected;
    private boolean selecting;

    DayView(PostsViewModel posts, Messages messages, PostDialogs dialogs, Consumer<Post> open, Consumer<LocalDate> openWeek) {
        this.posts = posts;
        this.vm = posts.day();
        this.m = messages;
        this.dialogs = dialogs;
        this.open = open;
        Pane overlay = new Pane();
        this.drag = new DayDrag(vm, lanes, overlay, this::drop, () -> m, this::sayWhileDragging);
        build(overlay, openWeek);
    }

    Node node() {
        return root;
    }

    void setMessages(Messages messages) {
        this.m = messages;
        applyTexts();
    }

    // ---- DayCardCell.Looks

    @Override
    public Messages messages() {
        return m;
    }

    @Override
    public String categoryName(String code) {
        Category c = posts.category(code);
        return c == null ? code : c.name(m.hindi());
    }

    @Override
    public int categoryColour(String code) {
        return CategoryColours.of(posts.categories(), code);
    }

    @Override
    public String operatorName(long id) {
        Operator o = posts.operatorsById().get(id);
        return o == null ? "#" + id : o.name();
    }

    // ---- building

    private void build(Pane overlay, Consumer<LocalDate> openWeek) {
        root.setId("dayView");
        prev.setId("dayPrev");
        prev.setOnAction(e -> vm.previous());
        today.setId("dayToday");
        today.setOnAction(e -> vm.showToday());
        next.setId("dayNext");
        next.setOnAction(e -> vm.next());
        picker.setId("dayDate");
        picker.setPrefWidth(130);
        MoveToSlotDialog.indianDates(picker);
        picker.setValue(vm.dateProperty().get());
        picker.valueProperty().addListener((o, a, d) -> {
            if (d != null && !d.equals(vm.dateProperty().get())) {
                vm.dateProperty().set(d);
            }
        });
        vm.dateProperty().addListener((o, a, d) -> picker.setValue(d));
        week.setId("dayWeek");
        week.setOnAction(e -> openWeek.accept(vm.dateProperty().get()));
        moveButton.setId("dayMove");
        moveButton.setDisable(true);
        moveButton.setOnAction(e -> moveSelected());
        heading.setId("dayHeading");
        heading.getStyleClass().add("week-range");
        loading.getStyleClass().add("caption");
        loading.visibleProperty().bind(vm.loadingProperty().or(vm.busyProperty()));
        scope.getStyleClass().add("caption");
        heading.setMinWidth(0);
        heading.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(heading, Priority.ALWAYS);
        HBox bar = new HBox(8, prev, today, next, picker, heading, loading, moveButton, week);
        bar.setAlignment(Pos.CENTER_LEFT);
        hint.getStyleClass().add("caption");
        HBox.setHgrow(hint, Priority.ALWAYS);
        scope.setMinWidth(Region.USE_PREF_SIZE);
        HBox hintBar = new HBox(8, hint, scope);
        hintBar.setAlignment(Pos.TOP_LEFT);
        notice.setId("dayNotice");
        notice.getStyleClass().add("posts-message");
        undo.setId("dayUndo");
        undo.setOnAction(e -> undo());
        undo.visibleProperty().bind(vm.lastMoveProperty().isNotNull());
        undo.managedProperty().bind(undo.visibleProperty());
        HBox.setHgrow(notice, Priority.ALWAYS);
        HBox noticeBar = new HBox(8, notice, undo);
        noticeBar.setAlignment(Pos.CENTER_LEFT);

        GridPane grid = new GridPane(6, 0);
        grid.setId("dayLanes");
        RowConstraints row = new RowConstraints();
        row.setVgrow(Priority.ALWAYS);
        row.setFillHeight(true);
        grid.getRowConstraints().add(row);
        for (int s = 1; s <= DailySlots.COUNT; s++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100.0 / DailySlots.COUNT);
            cc.setFillWidth(true);
            grid.getColumnConstraints().add(cc);
            DayLane lane = new DayLane(s, this, this::wire);
            lane.list().getSelectionModel().selectedItemProperty().addListener((o, a, c) -> select(lane, c));
            lanes.add(lane);
            grid.add(lane.node(), s - 1, 0);
        }
        VBox content = new VBox(6, bar, hintBar, noticeBar, grid);
        VBox.setVgrow(grid, Priority.ALWAYS);
        content.setPadding(new Insets(10));
        overlay.setMouseTransparent(true);
        overlay.setPickOnBounds(false);
        root.getChildren().setAll(content, overlay);
        root.getStyleClass().add("day-view");
        root.addEventHandler(KeyEvent.KEY_PRESSED, this::keys);

        vm.planProperty().addListener((o, a, p) -> render());
        vm.noticeProperty().addListener((o, a, n) -> applyNotice());
        vm.deskProperty().addListener((o, a, d) -> applyScope());
        posts.operatorsById().addListener((javafx.collections.MapChangeListener<Long, Operator>) c -> refreshCards());
        posts.categories().addListener((javafx.collections.ListChangeListener<Category>) c -> refreshCards());
        applyTexts();
    }

    /** A card's mouse: double-click opens it; a drag moves it (DayDrag); Enter opens the selected one. */
    private void wire(DayCardCell cell) {
        cell.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && cell.getItem() != null) {
                open.accept(cell.getItem().post());
            }
        });
        drag.wire(cell);
    }

    private void keys(KeyEvent e) {
        if (UNDO.match(e)) {
            undo();
        } else if (MOVE.match(e)) {
            moveSelected();
        } else if (PREVIOUS.match(e)) {
            vm.previous();
        } else if (NEXT.match(e)) {
            vm.next();
        } else if (e.getCode() == KeyCode.ENTER && selected != null && e.getTarget() instanceof javafx.scene.control.ListView) {
            open.accept(selected.post());
        } else {
            return;
        }
        e.consume();
    }

    // ---- commands

    private void drop(DayCard card, int slotNo) {
        SlotRef to = new SlotRef(vm.dateProperty().get(), slotNo);
        vm.move(card, to, false, text -> {
            if (dialogs.confirm("posts.move.confirm.title", text, "posts.move.confirm.ok")) {
                vm.move(card, to, true, again -> vm.noticeProperty().set(Notice.refused("posts.refused", again)));
            }
        });
    }

    private void undo() {
        vm.undo(text -> {
            if (dialogs.confirm("posts.move.confirm.title", text, "posts.move.confirm.ok")) {
                vm.undo(true, again -> vm.noticeProperty().set(Notice.refused("posts.refused", again)));
            }
        });
    }

    private void moveSelected() {
        DayCard card = selected;
        DayPlan plan = vm.planProperty().get();
        if (card == null || plan == null) {
            return;
        }
        MoveToSlotDialog.ask(root, m, card, plan.times(), vm).ifPresent(to -> {
            if (to.date().equals(card.post().slotDate()) && vm.isOwnSlot(card, to.slotNo())) {
                return;
            }
            vm.move(card, to, false, text -> {
                if (dialogs.confirm("posts.move.confirm.title", text, "posts.move.confirm.ok")) {
                    vm.move(card, to, true, again -> vm.noticeProperty().set(Notice.refused("posts.refused", again)));
                }
            });
        });
    }

    /** One card selected across the six lists: choosing one in a lane clears the others. */
    private void select(DayLane lane, DayCard card) {
        if (selecting) {
            return;
        }
        if (card != null) {
            selecting = true;
            lanes.stream().filter(l -> l != lane).forEach(l -> l.list().getSelectionModel().clearSelection());
            selecting = false;
            selected = card;
        } else if (selected != null && lane.list().getItems().stream().anyMatch(c -> c.post().id() == selected.post().id())) {
            selected = null;
        }
        moveButton.setDisable(selected == null);
    }

    // ---- drawing

    private void applyTexts() {
        prev.setText("◀");
        prev.setTooltip(new javafx.scene.control.Tooltip(m.get("calendar.day.previous") + " (Alt+←)"));
        today.setText(m.get("calendar.day.today"));
        next.setText("▶");
        next.setTooltip(new javafx.scene.control.Tooltip(m.get("calendar.day.next") + " (Alt+→)"));
        week.setText(m.get("calendar.day.week"));
        moveButton.setText(m.get("calendar.day.move"));
        loading.setText(m.get("calendar.loading"));
        hint.setText(m.get("calendar.day.hint"));
        undo.setText(m.get("calendar.day.undo"));
        applyScope();
        applyNotice();
        render();
    }

    private void applyScope() {
        String desk = vm.deskProperty().get();
        scope.setText(m.get("calendar.scope", desk == null || desk.isBlank() ? m.get("desk.wholeState") : desk));
    }

    private void applyNotice() {
        Notice.show(notice, vm.noticeProperty().get(), m);
    }

    private void render() {
        DayPlan p = vm.planProperty().get();
        LocalDate d = p == null ? vm.dateProperty().get() : p.date();
        String day = DateTimeFormatter.ofPattern("EEEE", m.locale()).format(d) + " " + IndianFormat.date(d);
        heading.setText(p == null ? day : m.get("calendar.day.heading", day, posts(p.posts())));
        if (p == null) {
            return;
        }
        long keep = selected == null ? -1 : selected.post().id();
        for (DayLane lane : lanes) {
            lane.show(p.slot(lane.slotNo()), p.times().slot(lane.slotNo()).time(), keep);
        }
        // the same card may be selected again without a change event: ask the lanes
        selected = lanes.stream().map(l -> l.list().getSelectionModel().getSelectedItem()).filter(java.util.Objects::nonNull)
                .findFirst().orElse(null);
        moveButton.setDisable(selected == null);
    }

    /** While a card is over a lane it may not go to, the reason takes the hint's place; null puts the hint back. */
    private void sayWhileDragging(String why) {
        hint.setText(why == null ? m.get("calendar.day.hint") : why);
        hint.getStyleClass().remove("day-drag-why");
        if (why != null) {
            hint.getStyleClass().add("day-drag-why");
        }
    }

    /** "1 post", "24 posts". */
    String posts(int n) {
        return n == 1 ? m.get("calendar.day.onePost") : m.get("calendar.day.posts", IndianFormat.number(n));
    }

    private void refreshCards() {
        lanes.forEach(l -> l.list().refresh());
    }
}
