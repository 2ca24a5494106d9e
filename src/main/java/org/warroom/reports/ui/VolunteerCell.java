package org.warroom.reports.ui;

import javafx.scene.control.ListCell;
import org.warroom.platform.i18n.Messages;
import org.warroom.reports.VolunteerMatch;

/** A volunteer found by phone or name, on two lines: name, masked phone and whether they reported today; then the booth. */
final class VolunteerCell extends ListCell<VolunteerMatch> {
    private final Messages m;

    VolunteerCell(Messages m) {
        this.m = m;
        // as wide as the list, never wider: long booth names end in "…" instead of a horizontal scroll bar
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(VolunteerMatch v, boolean empty) {
        super.updateItem(v, empty);
        setText(empty || v == null ? null : v.name() + " · " + v.maskedPhone() + (v.reported() ? "  ✓ " + m.get("reports.entry.reportedToday") : "")
                + "\n" + v.boothCode() + " · " + v.boothName());
    }
}
