package org.warroom.posts.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import org.warroom.platform.i18n.IndianFormat;
import org.warroom.platform.i18n.Messages;
import org.warroom.posts.Category;
import org.warroom.posts.DailySlots;
import org.warroom.posts.SlotRef;
import org.warroom.posts.SlotSummary;
import org.warroom.posts.WeekGrid;
import org.warroom.platform.fx.WrapLabel;

/**
 * Seven days × six slots, drawn as 42 fixed cells whose labels change: counts per category (coloured chips, named
 * in the legend), the total, posts still in approval, and red where a seat of the desk's scope is silent. No node
 * per post, so a state-wide week of 19,000 posts draws as fast as an empty one. A click filters the list; a
 * double-click, or a day's header, opens that day.
 */
final class WeekView {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM");

    private final PostsViewModel posts;
    private final WeekViewModel vm;
    private final java.util.function.Consumer<LocalDate> openDay;
    private Messages m;
    private final ScrollPane root = new ScrollPane();
    private final Button prev = new Button();
    private final Button today = new Button();
    private final Button next = new Button();
    private final Label range = new Label();
    private final Label scope = new Label();
    private final Label loading = new Label();
    private final FlowPane legend = new FlowPane(12, 4);
    private final GridPane grid = new GridPane(3, 4);
    private final Label[] dayHeaders = new Label[WeekViewModel.DAYS];
    private final Label[] slotHeaders = new Label[DailySlots.COUNT];
    private final Cell[][] cells = new Cell[WeekViewModel.DAYS][DailySlots.COUNT];
    private final Label emptyTitle = new Label();
    private final FlowPane emptyAhead = new FlowPane(8, 4);
    private final WrapLabel error = new WrapLabel();
    private final javafx.scene.control.Button slotsButton = new javafx.scene.control.Button();
    private final Label slotsNotice = new Label();

    /** One slot's nodes, made once and relabelled on every load. */
    private final class Cell {
        final VBox box = new VBox(3);
        final Label total = new Label();
        final Label caption = new Label();
        final FlowPane chips = new FlowPane(3, 3);
        final Label planned = new Label();
        final WrapLabel silent = new WrapLabel();
        final Tooltip tip = new Tooltip();
        SlotSummary summary;

        Cell() {
            box.getStyleClass().add("slot-cell");
            total.getStyleClass().add("slot-total");
            caption.getStyleClass().add("slot-caption");
            planned.getStyleClass().add("slot-planned");
            silent.getStyleClass().add("slot-silent-seats");
            HBox top = new HBox(5, total, caption);
            top.setAlignment(Pos.BASELINE_LEFT);
            box.getChildren().setAll(top, chips, planned, silent);
            box.setMinHeight(80);
            Tooltip.install(box, tip);
            box.setPadding(new Insets(4, 5, 4, 5));
            box.setOnMouseClicked(e -> {
                if (summary == null) {
                    return;
                }
                SlotRef ref = summary.slot();
                if (e.getClickCount() == 2) {
                    openDay.accept(ref.date());   // the first click chose the slot for the list; the second opens its day
                } else {
                    vm.selectedProperty().set(ref.equals(vm.selectedProperty().get()) ? null : ref);
                }
            });
        }
    }

    /** @param openDay opens the day view on a date (a day's header, or a double-click on a slot) */
    WeekView(PostsViewModel posts, Messages messages, java.util.function.Consumer<LocalDate> openDay) {
        this.posts = posts;
        this.openDay = openDay;
        this.vm = posts.week();
        this.m = messages;
        build();
    }

    Node node() {
        return root;
    }

    void setMessages(Messages messages) {
        this.m = messages;
        applyTexts();
    }

    private void build() {
        prev.setId("weekPrev");
        prev.setOnAction(e -> vm.previous());
        today.setId("weekToday");
        today.setOnAction(e -> vm.thisWeek());
        next.setId("weekNext");
        next.setOnAction(e -> vm.next());
        range.setId("weekRange");
        range.getStyleClass().add("week-range");
        scope.setId("weekScope");
        scope.getStyleClass().add("caption");
        loading.getStyleClass().add("caption");
        loading.visibleProperty().bind(vm.loadingProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        slotsButton.setId("weekSlotTimes");
        slotsButton.setOnAction(e -> {
            WeekGrid g = vm.gridProperty().get();
            SlotTimesDialog.ask(root, m, g == null ? DailySlots.defaults() : g.slots()).ifPresent(vm::saveSlotTimes);
        });
        slotsButton.setVisible(vm.slotTimesEditable());
        slotsButton.setManaged(vm.slotTimesEditable());
        slotsNotice.setId("weekSlotsSaved");
        slotsNotice.getStyleClass().add("caption");
        vm.slotsSavedProperty().addListener((o, a, n) -> slotsNotice.setText(n == null ? ""
                : n == 0 ? m.get("calendar.slots.saved") : m.get("calendar.slots.savedMoved", n)));
        HBox bar = new HBox(8, prev, today, next, range, loading, spacer, slotsNotice, scope, slotsButton);
        bar.setAlignment(Pos.CENTER_LEFT);
        legend.setId("weekLegend");
        legend.getStyleClass().add("week-legend");

        grid.setId("weekGrid");
        grid.getStyleClass().add("week-grid");
        ColumnConstraints head = new ColumnConstraints(58);
        grid.getColumnConstraints().add(head);
        for (int d = 0; d < WeekViewModel.DAYS; d++) {
            // equal preferred widths that all grow: the days share the width evenly, whatever their counts
            ColumnConstraints cc = new ColumnConstraints(70, 100, Double.MAX_VALUE);
            cc.setHgrow(Priority.ALWAYS);
            cc.setFillWidth(true);
            grid.getColumnConstraints().add(cc);
            dayHeaders[d] = new Label();
            dayHeaders[d].getStyleClass().add("day-header");
            dayHeaders[d].setMaxWidth(Double.MAX_VALUE);
            dayHeaders[d].getStyleClass().add("day-header-link");
            dayHeaders[d].setId("weekDay" + d);
            int day = d;
            dayHeaders[d].setOnMouseClicked(e -> {
                WeekGrid g = vm.gridProperty().get();
                if (g != null) {
                    openDay.accept(g.from().plusDays(day));
                }
            });
            grid.add(dayHeaders[d], d + 1, 0);
        }
        grid.getRowConstraints().add(new RowConstraints());
        for (int s = 0; s < DailySlots.COUNT; s++) {
            RowConstraints rc = new RowConstraints();
            rc.setVgrow(Priority.ALWAYS);
            rc.setFillHeight(true);
            grid.getRowConstraints().add(rc);
            slotHeaders[s] = new Label();
            slotHeaders[s].getStyleClass().add("slot-header");
            grid.add(slotHeaders[s], 0, s + 1);
            for (int d = 0; d < WeekViewModel.DAYS; d++) {
                Cell c = new Cell();
                c.box.setMaxWidth(Double.MAX_VALUE);
                c.box.setMaxHeight(Double.MAX_VALUE);
                cells[d][s] = c;
                grid.add(c.box, d + 1, s + 1);
            }
        }
        emptyTitle.getStyleClass().add("empty-ahead-title");
        emptyAhead.setId("weekEmptyAhead");
        error.getStyleClass().add("form-error");
        emptyAhead.setAlignment(Pos.CENTER_LEFT);
        VBox content = new VBox(8, bar, legend, emptyAhead, grid, error);
        content.setPadding(new Insets(10));
        root.setContent(content);
        root.setFitToWidth(true);
        root.getStyleClass().add("week-view");

        vm.gridProperty().addListener((o, a, g) -> render());
        vm.selectedProperty().addListener((o, a, b) -> render());
        vm.errorProperty().addListener((o, a, e) -> error.setText(e == null ? "" : m.get("posts.failed", e)));
        posts.categories().addListener((ListChangeListener<Category>) ch -> render());
        applyTexts();
    }

    private void applyTexts() {
        prev.setText("◀ " + m.get("calendar.week.previous"));
        today.setText(m.get("calendar.week.today"));
        next.setText(m.get("calendar.week.next") + " ▶");
        loading.setText(m.get("calendar.loading"));
        slotsButton.setText(m.get("calendar.slots.button"));
        emptyTitle.setText(m.get("calendar.emptyAhead.title"));
        render();
    }

    private void render() {
        WeekGrid g = vm.gridProperty().get();
        String desk = vm.deskProperty().get();
        scope.setText(m.get("calendar.scope", desk == null || desk.isBlank() ? m.get("desk.wholeState") : desk));
        renderLegend();
        if (g == null) {
            range.setText("");
            return;
        }
        range.setText(IndianFormat.date(g.from()) + " – " + IndianFormat.date(g.to()));
        DateTimeFormatter weekday = DateTimeFormatter.ofPattern("EEE", m.locale());
        LocalDate todayDate = vm.today();
        for (int d = 0; d < WeekViewModel.DAYS; d++) {
            LocalDate date = g.from().plusDays(d);
            dayHeaders[d].setText(weekday.format(date) + " " + DAY.format(date));
            dayHeaders[d].getStyleClass().remove("day-today");
            if (date.equals(todayDate)) {
                dayHeaders[d].getStyleClass().add("day-today");
            }
        }
        for (int s = 0; s < DailySlots.COUNT; s++) {
            slotHeaders[s].setText(m.get("calendar.slot", String.valueOf(s + 1)) + "\n" + g.slots().slot(s + 1).time());
        }
        for (SlotSummary sum : g.cells()) {
            int d = (int) (sum.slot().date().toEpochDay() - g.from().toEpochDay());
            if (d >= 0 && d < WeekViewModel.DAYS) {
                renderCell(cells[d][sum.slot().slotNo() - 1], sum);
            }
        }
        List<Node> empties = new ArrayList<>();
        empties.add(emptyTitle);
        DateTimeFormatter weekdayTime = DateTimeFormatter.ofPattern("EEE dd/MM HH:mm", m.locale()).withZone(IndianFormat.IST);
        for (SlotSummary e : g.emptyAhead()) {
            Label l = new Label(m.get("calendar.emptyAhead.item", weekdayTime.format(e.at()), String.valueOf(e.slot().slotNo())));
            l.getStyleClass().add("empty-ahead");
            empties.add(l);
        }
        if (empties.size() == 1) {
            empties.clear();
            Label none = new Label(m.get("calendar.emptyAhead.none"));
            none.getStyleClass().add("caption");
            empties.add(none);
        }
        emptyAhead.getChildren().setAll(empties);
    }

    private void renderCell(Cell c, SlotSummary s) {
        c.summary = s;
        String key = s.slot().date() + "-" + s.slot().slotNo();
        c.box.setId("slot-" + key);
        c.total.setId("slotTotal-" + key);
        c.total.setText(IndianFormat.number(s.filled()));
        c.caption.setText(s.empty() ? m.get("calendar.cell.empty") : m.get("calendar.cell.posts"));
        // chips are reused from the last render: relabelling is cheaper than making and styling new nodes
        var chips = c.chips.getChildren();
        int used = 0;
        StringBuilder tip = new StringBuilder(m.get("calendar.slot", String.valueOf(s.slot().slotNo())) + " · "
                + IndianFormat.date(s.slot().date()));
        for (Map.Entry<String, Integer> e : s.filledByCategory().entrySet()) {
            if (used == chips.size()) {
                Label chip = new Label();
                chip.getStyleClass().addAll("cat-chip", "cat-0");
                chips.add(chip);
            }
            Label chip = (Label) chips.get(used++);
            chip.setText(IndianFormat.number(e.getValue()));
            String colour = "cat-" + colour(e.getKey());
            if (!chip.getStyleClass().contains(colour)) {
                chip.getStyleClass().removeIf(k -> k.matches("cat-\\d+"));
                chip.getStyleClass().add(colour);
            }
            tip.append('\n').append(categoryName(e.getKey())).append(": ").append(IndianFormat.number(e.getValue()));
        }
        if (used < chips.size()) {
            chips.remove(used, chips.size());
        }
        c.planned.setText(s.planned() == 0 ? "" : m.get("calendar.cell.planned", IndianFormat.number(s.planned())));
        c.planned.setManaged(s.planned() > 0);
        List<Integer> seats = s.silentSeats();
        String ranges = ranges(seats);
        c.silent.setText(seats.isEmpty() ? "" : ranges.length() <= 12 ? m.get("calendar.cell.silentSeats", ranges)
                : m.get("calendar.cell.silentMany", String.valueOf(seats.size())));
        c.silent.setManaged(!seats.isEmpty());
        if (!seats.isEmpty()) {
            tip.append('\n').append(m.get("calendar.cell.silentSeats", ranges));
        }
        c.tip.setText(tip.toString());
        var styles = c.box.getStyleClass();
        styles.removeAll("slot-empty", "slot-silent", "slot-past", "slot-selected");
        if (s.past()) {
            styles.add("slot-past");
        }
        if (s.empty() && !s.past()) {
            styles.add("slot-empty");
        }
        if (s.silent()) {
            styles.add("slot-silent");
        }
        if (s.slot().equals(vm.selectedProperty().get())) {
            styles.add("slot-selected");
        }
    }

    /** 187–188, 190–193, 250: consecutive seats as a range, so a phase fits on one line of a cell. */
    static String ranges(List<Integer> seats) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < seats.size(); ) {
            int j = i;
            while (j + 1 < seats.size() && seats.get(j + 1) == seats.get(j) + 1) {
                j++;
            }
            if (!b.isEmpty()) {
                b.append(", ");
            }
            b.append(seats.get(i));
            if (j > i) {
                b.append('–').append(seats.get(j));
                i = j + 1;
            } else {
                i++;
            }
        }
        return b.toString();
    }

    private void renderLegend() {
        List<Node> items = new ArrayList<>();
        for (Category c : posts.categories()) {
            Label chip = new Label(" ");
            chip.getStyleClass().addAll("cat-chip", "cat-" + colour(c.code()));
            Label name = new Label(c.name(m.hindi()));
            HBox item = new HBox(4, chip, name);
            item.setAlignment(Pos.CENTER_LEFT);
            items.add(item);
        }
        items.add(swatch("legend-empty", m.get("calendar.legend.empty")));
        items.add(swatch("legend-silent", m.get("calendar.legend.silent")));
        legend.getChildren().setAll(items);
    }

    private static HBox swatch(String style, String text) {
        Region r = new Region();
        r.getStyleClass().addAll("legend-swatch", style);
        HBox item = new HBox(4, r, new Label(text));
        item.setAlignment(Pos.CENTER_LEFT);
        return item;
    }

    private int colour(String code) {
        return CategoryColours.of(posts.categories(), code);
    }

    private String categoryName(String code) {
        Category c = posts.category(code);
        return c == null ? code : c.name(m.hindi());
    }
}
