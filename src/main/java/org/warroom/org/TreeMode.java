package org.warroom.org;

/** The tree shows the organisation, or assembly seats grouped by their Lok Sabha seat. */
public enum TreeMode {
    ORGANISATION,
    LOK_SABHA
}
