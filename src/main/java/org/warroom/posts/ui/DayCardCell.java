package org.warroom.posts.ui;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.OverrunStyle;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.warroom.org.Unit;
import org.warroom.platform.i18n.Messages;
import org.warroom.posts.DayCard;
import org.warroom.posts.Post;
import org.warroom.posts.PostStatus;

/**
 * A post as a card in a slot of the day view: title, category, state, author, targets in short, and its marks —
 * red with the seats named when its targets are silent at its slot, amber when another post shares the slot and a
 * target. Four one-line labels (no wrapping: Hindi draws badly wrapped), made once per cell and relabelled.
 */
final class DayCardCell extends ListCell<DayCard> {
    /** What a card needs from the screen around it: words, category names and colours, operators' names. */
    interface Looks {
        Messages messages();

        String categoryName(String code);

        int categoryColour(String code);

        String operatorName(long id);
    }

    static final double HEIGHT = 94;
    private final Looks looks;
    private final VBox box = new VBox(1);
    private final Label title = new Label();
    private final Label chip = new Label();
    private final Label state = new Label();
    private final Label targets = new Label();
    private final Label marks = new Label();
    private final javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();

    DayCardCell(Looks looks, Consumer<DayCardCell> wire) {
        this.looks = looks;
        box.getStyleClass().add("day-card");
        title.getStyleClass().add("day-card-title");
        chip.getStyleClass().addAll("cat-chip", "cat-0");
        state.getStyleClass().add("day-card-meta");
        targets.getStyleClass().add("day-card-meta");
        marks.getStyleClass().add("day-card-marks");
        for (Label l : List.of(title, state, targets, marks)) {
            l.setTextOverrun(OverrunStyle.ELLIPSIS);
            l.setMaxWidth(Double.MAX_VALUE);
            l.setMinWidth(0);
        }
        chip.setMinWidth(0);
        chip.setTextOverrun(OverrunStyle.ELLIPSIS);
        HBox line = new HBox(chip);
        line.setAlignment(Pos.CENTER_LEFT);
        box.getChildren().setAll(title, line, state, targets, marks);
        box.setMinWidth(0);
        // the card is as wide as its lane, never wider: long words end in "…" and the tooltip has them whole
        setPrefWidth(0);
        setText(null);
        wire.accept(this);
    }

    @Override
    protected void updateItem(DayCard card, boolean empty) {
        super.updateItem(card, empty);
        if (empty || card == null) {
            setGraphic(null);
            setTooltip(null);
            box.setId(null);
            return;
        }
        Messages m = looks.messages();
        Post p = card.post();
        box.setId("dayCard-" + p.id());
        title.setText("#" + p.id() + " " + p.title());
        chip.setText(looks.categoryName(p.category()));
        String colour = "cat-" + looks.categoryColour(p.category());
        if (!chip.getStyleClass().contains(colour)) {
            chip.getStyleClass().removeIf(k -> k.matches("cat-\\d+"));
            chip.getStyleClass().add(colour);
        }
        state.setText(m.get("posts.status." + p.status().name()) + " · " + looks.operatorName(p.authorId()));
        targets.setText(targetsInShort(card.targets(), m));
        marks.setText(marks(card, m));
        var styles = box.getStyleClass();
        styles.removeAll("card-silent", "card-clash", "card-done", "card-workflow");
        if (card.silent()) {
            styles.add("card-silent");
        } else if (card.clash()) {
            styles.add("card-clash");
        }
        if (p.status() == PostStatus.RELEASED) {
            styles.add("card-done");
        } else if (p.status() != PostStatus.SCHEDULED) {
            styles.add("card-workflow");
        }
        tip.setText(title.getText() + "\n" + chip.getText() + " · " + state.getText() + "\n→ "
                + String.join(", ", card.targets().stream().map(u -> u.name(m.hindi())).toList())
                + (marks.getText().isEmpty() ? "" : "\n" + marks.getText()));
        setTooltip(tip);
        setGraphic(box);
    }

    /** "Sultanpur", "Isauli (187) +2": the first target in the UI language, and how many more. */
    static String targetsInShort(List<Unit> units, Messages m) {
        if (units.isEmpty()) {
            return m.get("calendar.day.card.noTargets");
        }
        Unit u = units.getFirst();
        String first = u.name(m.hindi()) + (u.number() != null && u.kind() == org.warroom.org.UnitKind.ASSEMBLY
                ? " (" + u.number() + ")" : "");
        return units.size() == 1 ? "→ " + first : "→ " + m.get("calendar.day.card.more", first, String.valueOf(units.size() - 1));
    }

    /** The card's silence and clash marks on one line, silence first; empty when it has none. */
    static String marks(DayCard c, Messages m) {
        StringBuilder b = new StringBuilder();
        if (c.silent()) {
            b.append(m.get(c.blocked() ? "calendar.day.card.blocked" : "calendar.day.card.silent", WeekView.ranges(c.silentSeats())));
        }
        if (!c.leftOut().isEmpty()) {
            b.append(b.isEmpty() ? "" : " · ").append(m.get("calendar.day.card.leftOut", WeekView.ranges(c.leftOut())));
        }
        if (c.clash()) {
            b.append(b.isEmpty() ? "" : " · ").append(m.get("calendar.day.card.clash",
                    String.join(", ", c.clashesWith().stream().map(id -> "#" + id).toList()), c.clashUnit()));
        }
        return b.toString();
    }
}
