package org.warroom.org;

/** A unit with its coverage: one row of the tree or of a children table. */
public record UnitRow(Unit unit, Coverage coverage) {
}
