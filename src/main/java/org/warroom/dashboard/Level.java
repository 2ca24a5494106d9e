package org.warroom.dashboard;

import java.util.Locale;

/** A tile's colour: good, watch or bad against its thresholds; NONE when there is no data to judge. */
public enum Level {
    GOOD, WATCH, BAD, NONE;

    /** The style class of the tile's colour band ("good", "watch", "bad", "none"). */
    public String styleClass() {
        return name().toLowerCase(Locale.ROOT);
    }
}
