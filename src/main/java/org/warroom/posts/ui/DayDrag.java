package org.warroom.posts.ui;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import org.warroom.platform.i18n.Messages;
import org.warroom.posts.DayCard;

/**
 * Dragging a card between the day's lanes with the mouse alone (press, move, release on the card, which keeps the
 * pointer while the button is down): no system drag-and-drop, so it behaves the same on every platform and in tests.
 * The lane under the pointer turns green (may move there), red (may not, the reason said above the lanes) or grey
 * (its own slot); a small label follows the pointer. Releasing over another lane asks for the move.
 */
final class DayDrag {
    private final DayViewModel vm;
    private final List<DayLane> lanes;
    private final Pane overlay;
    private final Label ghost = new Label();
    private final BiConsumer<DayCard, Integer> drop;
    private final Supplier<Messages> messages;
    private final Consumer<String> say;
    private DayCard dragging;
    private DayLane over;

    DayDrag(DayViewModel vm, List<DayLane> lanes, Pane overlay, BiConsumer<DayCard, Integer> drop, Supplier<Messages> messages,
            Consumer<String> say) {
        this.vm = vm;
        this.lanes = lanes;
        this.overlay = overlay;
        this.drop = drop;
        this.messages = messages;
        this.say = say;
        ghost.getStyleClass().add("day-drag-ghost");
        ghost.setId("dayDragGhost");
        ghost.setVisible(false);
        ghost.setManaged(false);
        overlay.getChildren().add(ghost);
    }

    /** The card being dragged, or null. */
    DayCard dragging() {
        return dragging;
    }

    void wire(DayCardCell cell) {
        cell.setOnDragDetected(e -> {
            if (e.getButton() == MouseButton.PRIMARY && cell.getItem() != null && !vm.busyProperty().get()) {
                dragging = cell.getItem();
                ghost.setText("#" + dragging.post().id() + " " + dragging.post().title());
                ghost.setVisible(true);
                follow(e);
                e.consume();
            }
        });
        cell.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (dragging != null) {
                follow(e);
                e.consume();
            }
        });
        cell.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (dragging != null) {
                DayCard card = dragging;
                DayLane target = laneAt(e.getSceneX(), e.getSceneY());
                end();
                if (target != null && !vm.isOwnSlot(card, target.slotNo())) {
                    drop.accept(card, target.slotNo());
                }
                e.consume();
            }
        });
    }

    private void follow(MouseEvent e) {
        Point2D p = overlay.sceneToLocal(e.getSceneX(), e.getSceneY());
        ghost.autosize();
        ghost.relocate(p.getX() + 14, p.getY() + 10);
        DayLane lane = laneAt(e.getSceneX(), e.getSceneY());
        if (lane == over) {
            return;
        }
        if (over != null) {
            over.hover(null, null);
        }
        over = lane;
        if (lane == null) {
            say.accept(null);
            return;
        }
        Messages m = messages.get();
        if (vm.isOwnSlot(dragging, lane.slotNo())) {
            lane.hover("drop-own", m.get("calendar.day.ownSlot"));
            say.accept(null);
            return;
        }
        String why = vm.dropRefusal(dragging, lane.slotNo());
        lane.hover(why == null ? "drop-ok" : "drop-no", m.get(why == null ? "calendar.day.dropHere" : "calendar.day.dropNo"));
        say.accept(why == null ? null : m.get("calendar.day.dropWhy", String.valueOf(lane.slotNo()), why));
    }

    private void end() {
        dragging = null;
        if (over != null) {
            over.hover(null, null);
        }
        over = null;
        ghost.setVisible(false);
        say.accept(null);
    }

    private DayLane laneAt(double sceneX, double sceneY) {
        for (DayLane l : lanes) {
            if (l.node().localToScene(l.node().getLayoutBounds()).contains(sceneX, sceneY)) {
                return l;
            }
        }
        return null;
    }
}
