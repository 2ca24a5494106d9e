package org.warroom.reports.importers;

/** The mood at a booth as the volunteer reads it: "mood: positive" or "माहौल: अच्छा". */
public enum Mood {
    POSITIVE,
    NEUTRAL,
    NEGATIVE
}
