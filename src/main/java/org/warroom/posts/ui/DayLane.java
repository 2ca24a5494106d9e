package org.warroom.posts.ui;

import java.time.LocalTime;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.warroom.platform.i18n.IndianFormat;
import org.warroom.platform.i18n.Messages;
import org.warroom.posts.DayCard;
import org.warroom.posts.DaySlot;
import org.warroom.posts.SlotSummary;

/**
 * One slot of the day view: a header (time, how many posts go out, those still in approval, the warning for an empty
 * slot within 48 hours, the desk's silent seats in red) over a virtualised list of cards of a fixed height. While a
 * card is dragged over it, it turns green or red and says why.
 */
final class DayLane {
    private final int slotNo;
    private final DayCardCell.Looks looks;
    private final VBox box = new VBox(3);
    private final Label title = new Label();
    private final Label count = new Label();
    private final Label planned = new Label();
    private final javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();
    private final Label warn = new Label();
    private final Label silent = new Label();
    private final Label drop = new Label();
    private final ListView<DayCard> list = new ListView<>();

    DayLane(int slotNo, DayCardCell.Looks looks, Consumer<DayCardCell> wire) {
        this.slotNo = slotNo;
        this.looks = looks;
        box.setId("dayLane-" + slotNo);
        box.getStyleClass().addAll("slot-cell", "day-lane");
        title.getStyleClass().add("day-lane-title");
        title.setId("dayLaneTitle-" + slotNo);
        count.getStyleClass().add("slot-caption");
        count.setId("dayLaneCount-" + slotNo);
        planned.getStyleClass().add("slot-planned");
        warn.getStyleClass().add("day-lane-warn");
        warn.setId("dayLaneWarn-" + slotNo);
        silent.getStyleClass().add("slot-silent-seats");
        silent.setId("dayLaneSilent-" + slotNo);
        drop.getStyleClass().add("day-lane-drop");
        drop.setId("dayLaneDrop-" + slotNo);
        for (Label l : new Label[] {title, count, planned, warn, silent, drop}) {
            l.setMaxWidth(Double.MAX_VALUE);
            l.setMinWidth(0);
        }
        list.setId("dayList-" + slotNo);
        list.getStyleClass().add("day-list");
        list.setFixedCellSize(DayCardCell.HEIGHT);
        list.setCellFactory(l -> new DayCardCell(looks, wire));
        list.setPlaceholder(new Label(""));
        list.setMinWidth(0);
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox header = new VBox(1, title, count, planned, warn, silent);
        javafx.scene.control.Tooltip.install(header, tip);
        box.getChildren().setAll(header, drop, list);
        box.setMinWidth(0);
        box.setMaxHeight(Double.MAX_VALUE);
        box.setPadding(new javafx.geometry.Insets(5));
        show(null);
        hover(null, null);
    }

    int slotNo() {
        return slotNo;
    }

    Node node() {
        return box;
    }

    ListView<DayCard> list() {
        return list;
    }

    /** Shows a slot of a new load, keeping the card of post {@code keep} selected if it is here. */
    void show(DaySlot slot, LocalTime time, long keep) {
        Messages m = looks.messages();
        title.setText(m.get("calendar.day.slot", String.valueOf(slotNo), time.toString()));
        show(slot);
        list.getItems().setAll(slot.cards());
        for (DayCard c : slot.cards()) {
            if (c.post().id() == keep) {
                list.getSelectionModel().select(c);
                list.scrollTo(c);
            }
        }
    }

    private void show(DaySlot slot) {
        Messages m = looks.messages();
        var styles = box.getStyleClass();
        styles.removeAll("slot-empty", "slot-silent", "slot-past");
        if (slot == null) {
            count.setText("");
            planned.setManaged(false);
            warn.setVisible(false);
            warn.setManaged(false);
            silent.setManaged(false);
            return;
        }
        SlotSummary s = slot.summary();
        count.setText(s.empty() ? m.get("calendar.cell.empty") : (s.filled() == 1 ? m.get("calendar.day.onePost")
                : m.get("calendar.day.posts", IndianFormat.number(s.filled()))));
        planned.setText(s.planned() == 0 ? "" : m.get("calendar.cell.planned", IndianFormat.number(s.planned())));
        planned.setManaged(s.planned() > 0);
        planned.setVisible(s.planned() > 0);
        warn.setText(slot.emptySoon() ? m.get("calendar.day.emptySoon") : "");
        warn.setVisible(slot.emptySoon());
        warn.setManaged(slot.emptySoon());
        silent.setText(s.silent() ? m.get("calendar.cell.silentSeats", WeekView.ranges(s.silentSeats())) : "");
        silent.setManaged(s.silent());
        silent.setVisible(s.silent());
        tip.setText(String.join("\n", java.util.stream.Stream.of(title, count, planned, warn, silent)
                .map(Label::getText).filter(t -> !t.isEmpty()).toList()));
        if (s.past()) {
            styles.add("slot-past");
        } else if (s.empty()) {
            styles.add("slot-empty");
        }
        if (s.silent()) {
            styles.add("slot-silent");
        }
    }

    /**
     * While a card is over the lane: {@code state} "drop-ok", "drop-no" or "drop-own" with the text to say; both null
     * when the drag has left it.
     */
    void hover(String state, String text) {
        box.getStyleClass().removeAll("drop-ok", "drop-no", "drop-own");
        if (state != null) {
            box.getStyleClass().add(state);
        }
        drop.setText(text == null ? "" : text);
        drop.setVisible(text != null);
        drop.setManaged(text != null);
        drop.getStyleClass().removeAll("drop-ok-text", "drop-no-text");
        if (state != null) {
            drop.getStyleClass().add(state + "-text");
        }
    }
}
