package org.warroom.org;

/**
 * Coverage of a unit's subtree, as kept in the summary table: booths with any volunteer, with all five,
 * with a WhatsApp group, group members against target, team seats filled.
 */
public record Coverage(int booths, int boothsAny, int boothsFull, int boothsGroup, long groupMembers,
                       long groupTarget, int teamSeats, int teamFilled, int volunteers) {

    public static final Coverage ZERO = new Coverage(0, 0, 0, 0, 0, 0, 0, 0, 0);

    public Coverage plus(Coverage o) {
        return new Coverage(booths + o.booths, boothsAny + o.boothsAny, boothsFull + o.boothsFull,
                boothsGroup + o.boothsGroup, groupMembers + o.groupMembers, groupTarget + o.groupTarget,
                teamSeats + o.teamSeats, teamFilled + o.teamFilled, volunteers + o.volunteers);
    }

    public Coverage minus(Coverage o) {
        return new Coverage(booths - o.booths, boothsAny - o.boothsAny, boothsFull - o.boothsFull,
                boothsGroup - o.boothsGroup, groupMembers - o.groupMembers, groupTarget - o.groupTarget,
                teamSeats - o.teamSeats, teamFilled - o.teamFilled, volunteers - o.volunteers);
    }

    public boolean isZero() {
        return equals(ZERO);
    }

    public int vacantSeats() {
        return teamSeats - teamFilled;
    }

    /** Share of booths with at least one volunteer, 0..1; NaN when there are no booths. */
    public double anyRate() {
        return rate(boothsAny, booths);
    }

    public double fullRate() {
        return rate(boothsFull, booths);
    }

    public double groupRate() {
        return rate(boothsGroup, booths);
    }

    public double memberRate() {
        return groupTarget == 0 ? Double.NaN : (double) groupMembers / groupTarget;
    }

    private static double rate(long part, long whole) {
        return whole == 0 ? Double.NaN : (double) part / whole;
    }
}
