package org.warroom.people;

import java.time.LocalDate;

/** What an operator or an importer submits for a new or edited volunteer, before validation. */
public record VolunteerDraft(long unitId, String name, String phone, Role role, int wingId, LocalDate consentDate,
                             boolean active) {
}
