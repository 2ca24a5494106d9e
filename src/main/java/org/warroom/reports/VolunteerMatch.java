package org.warroom.reports;

/** A volunteer found for quick entry: name, masked phone, booth, and whether they have reported on the day asked. */
public record VolunteerMatch(long volunteerId, String name, String maskedPhone, long boothId, String boothCode,
                             String boothName, boolean reported) {
}
