package org.warroom.reports;

/** A booth volunteer with no report on the day: whom the mandal and district convenors should call. */
public record MissingVolunteer(long volunteerId, String name, String phone, long boothId, String boothCode,
                               String boothName, long mandalId, String mandalName) {
    /** The phone as shown and exported unless the caller asks for whole numbers. */
    public String maskedPhone() {
        return org.warroom.people.PhoneNumbers.mask(phone);
    }
}
