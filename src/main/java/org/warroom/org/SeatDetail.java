package org.warroom.org;

/** What the public lists say of an assembly seat; boothListComplete is false where the 2014 booth list is truncated. */
public record SeatDetail(long unitId, String acType, Long electors2014, Integer booths2014, boolean boothListComplete) {
}
