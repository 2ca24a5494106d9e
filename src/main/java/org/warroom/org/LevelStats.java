package org.warroom.org;

/** Counts and coverage of one level of the tree, for `warroom stats`. */
public record LevelStats(UnitKind kind, long units) {
}
