package org.warroom.org;

/** Where a unit's Hindi name came from, so a transliterated or generated name is never mistaken for a checked one. */
public enum NameSource {
    /** typed by an operator */
    ENTERED,
    /** from the shipped public lists (with its confidence) */
    DATA,
    /** produced by transliteration from the English name */
    TRANSLITERATED,
    /** composed by the generator (mandals, sectors) */
    GENERATED,
    /** no Hindi name known */
    NONE
}
