package org.warroom.reports.db;

/** A volunteer as reporting needs one: where they sit (their booth's code, part number and path) and whether active. */
public record VolunteerRef(long id, long unitId, String name, String phone, String role, boolean active, String unitKind,
                           String unitCode, Integer unitNumber, String unitPath, String unitName) {
    public boolean boothVolunteer() {
        return "BOOTH_IT".equals(role) && "BOOTH".equals(unitKind);
    }
}
