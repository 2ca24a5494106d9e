package org.warroom.map;

/** What colours the map. */
public enum MapMeasure {
    /** Share of booths with at least one volunteer, from the coverage summary the tree shows. */
    COVERAGE,
    /** Today's share of expected booth volunteers who reported, from the reports' roll-up. */
    REPORTING,
    /** The election calendar's silence period (RP Act s.126): silent now, or days until it begins. */
    SILENCE
}
