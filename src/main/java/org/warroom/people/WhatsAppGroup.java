package org.warroom.people;

/** The one WhatsApp group of a booth: members now against the target of 150. */
public record WhatsAppGroup(long boothId, String name, int members, int target, int version) {
}
