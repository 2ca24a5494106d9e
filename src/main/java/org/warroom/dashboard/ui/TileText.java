package org.warroom.dashboard.ui;

import org.warroom.dashboard.Measure;
import org.warroom.dashboard.Tile;
import org.warroom.platform.i18n.IndianFormat;
import org.warroom.platform.i18n.Messages;

/** The words and numbers of a tile in the UI language: its big value, its detail line and its trend note. */
public final class TileText {
    private TileText() {
    }

    /** The big number; "—" when there is no data (the detail then says why, never a zero). */
    public static String value(Tile t) {
        if (!t.hasData()) {
            return "—";
        }
        if (t.measure() == Measure.RELEASED) {
            return IndianFormat.number(t.bySlot().stream().mapToLong(Integer::longValue).sum());
        }
        return t.measure().rate() ? IndianFormat.percent(t.value()) : IndianFormat.number(t.part());
    }

    public static String detail(Tile t, Messages m) {
        if (!t.hasData()) {
            return m.get("dashboard.empty." + t.measure().code());
        }
        return switch (t.measure()) {
            case COVERED, VOLUNTEERS, REPORTS -> m.get("dashboard.detail." + t.measure().code(), IndianFormat.number(t.part()),
                    IndianFormat.number(t.whole()));
            case RELEASED -> m.get("dashboard.detail.released", IndianFormat.number(t.part()), IndianFormat.number(t.whole()),
                    slots(t));
            case APPROVALS -> m.get("dashboard.detail.approvals");
            case SILENT -> m.get("dashboard.detail.silent", IndianFormat.number(t.whole()));
        };
    }

    /** "Last 14 days", or how many of them have data, or that there is no history yet. */
    public static String trend(Tile t, Messages m) {
        int n = t.trend().daysWithData();
        int all = t.trend().days().size();
        if (n == 0) {
            return m.get("dashboard.trend.none");
        }
        return n == all ? m.get("dashboard.trend.full", all) : m.get("dashboard.trend.days", n, all);
    }

    /** Releases by slot: "1:2 2:3 3:0". */
    static String slots(Tile t) {
        StringBuilder b = new StringBuilder();
        for (int s = 0; s < t.bySlot().size(); s++) {
            b.append(s == 0 ? "" : " ").append(s + 1).append(':').append(IndianFormat.number(t.bySlot().get(s)));
        }
        return b.toString();
    }
}
