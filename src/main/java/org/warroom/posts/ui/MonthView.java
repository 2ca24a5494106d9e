package org.warroom.posts.ui;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import org.warroom.platform.fx.WrapLabel;
import org.warroom.platform.i18n.Messages;
import org.warroom.posts.DailySlots;
import org.warroom.posts.SlotSummary;
import org.warroom.posts.WeekGrid;

/**
 * Six weeks around a month, a day per cell: how many of its six slots are filled, and a strip of six marks — green
 * filled, dashed amber empty ahead, red silent for a seat of the desk, grey past. A click opens that day.
 * The 42 cells are built once and restyled on each load.
 */
final class MonthView {
    private static final DateTimeFormatter TITLE = DateTimeFormatter.ofPattern("MMMM yyyy");
    private final MonthViewModel vm;
    private final Consumer<LocalDate> openDay;
    private final VBox root = new VBox(8);
    private final Button prev = new Button();
    private final Button today = new Button();
    private final Button next = new Button();
    private final Label title = new Label();
    private final GridPane grid = new GridPane();
    private final Label[] weekdays = new Label[7];
    private final List<Day> days = new ArrayList<>();
    private final WrapLabel error = new WrapLabel();
    private Messages m;

    /** One day's cell: its number, the filled count and six slot marks. */
    private static final class Day {
        final VBox box = new VBox(3);
        final Label number = new Label();
        final Label filled = new Label();
        final Region[] marks = new Region[DailySlots.COUNT];
        final Tooltip tip = new Tooltip();
        LocalDate date;
    }

    MonthView(MonthViewModel vm, Messages messages, Consumer<LocalDate> openDay) {
        this.vm = vm;
        this.m = messages;
        this.openDay = openDay;
        build();
        vm.gridProperty().addListener((o, a, g) -> render());
        vm.errorProperty().addListener((o, a, e) -> error.setText(e == null ? "" : m.get("posts.failed", e)));
        applyTexts();
    }

    private void build() {
        root.setId("monthView");
        root.setPadding(new Insets(8));
        prev.setId("monthPrev");
        prev.setOnAction(e -> vm.previous());
        today.setId("monthToday");
        today.setOnAction(e -> vm.thisMonth());
        next.setId("monthNext");
        next.setOnAction(e -> vm.next());
        title.setId("monthTitle");
        title.getStyleClass().add("week-range");
        HBox bar = new HBox(8, prev, today, next, title);
        bar.setAlignment(Pos.CENTER_LEFT);
        grid.setId("monthGrid");
        grid.setHgap(4);
        grid.setVgap(4);
        for (int c = 0; c < 7; c++) {
            grid.getColumnConstraints().add(new ColumnConstraints(60, 100, Double.MAX_VALUE, Priority.ALWAYS, null, true));
            weekdays[c] = new Label();
            weekdays[c].getStyleClass().add("day-header");
            weekdays[c].setMaxWidth(Double.MAX_VALUE);
            grid.add(weekdays[c], c, 0);
        }
        grid.getRowConstraints().add(new RowConstraints());
        for (int r = 0; r < MonthViewModel.DAYS / 7; r++) {
            RowConstraints rc = new RowConstraints(56, 70, Double.MAX_VALUE);
            rc.setVgrow(Priority.ALWAYS);
            grid.getRowConstraints().add(rc);
        }
        for (int i = 0; i < MonthViewModel.DAYS; i++) {
            Day d = new Day();
            d.number.getStyleClass().add("month-day-number");
            d.filled.getStyleClass().add("slot-caption");
            HBox strip = new HBox(2);
            for (int s = 0; s < DailySlots.COUNT; s++) {
                d.marks[s] = new Region();
                d.marks[s].getStyleClass().add("month-mark");
                strip.getChildren().add(d.marks[s]);
            }
            d.box.getChildren().setAll(d.number, d.filled, strip);
            d.box.getStyleClass().add("month-day");
            d.box.setId("monthDay" + i);
            d.box.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
            d.box.setPadding(new Insets(4));
            Tooltip.install(d.box, d.tip);
            d.box.setOnMouseClicked(e -> {
                if (d.date != null) {
                    openDay.accept(d.date);
                }
            });
            days.add(d);
            grid.add(d.box, i % 7, 1 + i / 7);
        }
        error.getStyleClass().add("form-error");
        root.getChildren().setAll(bar, grid, error);
        VBox.setVgrow(grid, Priority.ALWAYS);
    }

    private void render() {
        WeekGrid g = vm.gridProperty().get();
        title.setText(TITLE.withLocale(m.locale()).format(vm.monthProperty().get()));
        if (g == null) {
            return;
        }
        LocalDate todayDate = vm.today();
        for (int i = 0; i < MonthViewModel.DAYS; i++) {
            Day d = days.get(i);
            d.date = g.from().plusDays(i);
            d.number.setText(String.valueOf(d.date.getDayOfMonth()));
            var styles = d.box.getStyleClass();
            styles.removeAll("month-other", "month-today");
            if (!d.date.getMonth().equals(vm.monthProperty().get().getMonth())) {
                styles.add("month-other");
            }
            if (d.date.equals(todayDate)) {
                styles.add("month-today");
            }
        }
        int[] filled = new int[MonthViewModel.DAYS];
        StringBuilder[] tips = new StringBuilder[MonthViewModel.DAYS];
        for (SlotSummary s : g.cells()) {
            int i = (int) (s.slot().date().toEpochDay() - g.from().toEpochDay());
            if (i < 0 || i >= MonthViewModel.DAYS) {
                continue;
            }
            Region mark = days.get(i).marks[s.slot().slotNo() - 1];
            mark.getStyleClass().removeAll("mark-filled", "mark-empty", "mark-silent", "mark-past");
            mark.getStyleClass().add(s.silent() ? "mark-silent" : !s.empty() ? "mark-filled" : s.past() ? "mark-past" : "mark-empty");
            if (!s.empty()) {
                filled[i]++;
            }
            if (tips[i] == null) {
                tips[i] = new StringBuilder();
            }
            tips[i].append(m.get("calendar.slot", String.valueOf(s.slot().slotNo()))).append(' ')
                    .append(g.slots().slot(s.slot().slotNo()).time()).append(": ")
                    .append(s.empty() ? m.get("calendar.month.emptySlot") : m.get("calendar.month.posts", s.filled()))
                    .append(s.silent() ? " · " + m.get("calendar.month.silent", s.silentSeats().size()) : "").append('\n');
        }
        for (int i = 0; i < MonthViewModel.DAYS; i++) {
            Day d = days.get(i);
            d.filled.setText(m.get("calendar.month.filled", filled[i], DailySlots.COUNT));
            d.tip.setText(tips[i] == null ? "" : tips[i].toString().strip());
        }
    }

    Node node() {
        return root;
    }

    void setMessages(Messages messages) {
        this.m = messages;
        applyTexts();
    }

    private void applyTexts() {
        prev.setText("◀ " + m.get("calendar.month.previous"));
        today.setText(m.get("calendar.month.this"));
        next.setText(m.get("calendar.month.next") + " ▶");
        for (int c = 0; c < 7; c++) {
            weekdays[c].setText(DayOfWeek.of(c + 1).getDisplayName(TextStyle.SHORT, m.locale()));
        }
        render();
    }
}
