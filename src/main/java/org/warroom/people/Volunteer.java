package org.warroom.people;

import java.time.LocalDate;

/** A volunteer: phone is E.164 (+91…), or null once consent was withdrawn and the contact erased. */
public record Volunteer(long id, long unitId, String name, String phone, Role role, int wingId, LocalDate consentDate,
                        boolean active, boolean synthetic, int version) {

    /** The phone as shown on screen: only the last four digits. */
    public String maskedPhone() {
        return PhoneNumbers.mask(phone);
    }
}
