package org.warroom.people;

/** A broadcast list of an assembly seat: WhatsApp allows 256 members at most. */
public record BroadcastList(long id, long seatId, String name, int members, int version) {
    public static final int MAX_MEMBERS = 256;
}
