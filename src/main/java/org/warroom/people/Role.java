package org.warroom.people;

import org.warroom.org.UnitKind;

/** What a volunteer does, and the level of unit the role belongs to. */
public enum Role {
    BOOTH_IT(UnitKind.BOOTH, "Booth IT volunteer", "बूथ आईटी कार्यकर्ता"),
    MANDAL_IT(UnitKind.MANDAL, "Mandal IT team", "मंडल आईटी टीम"),
    DISTRICT_IT(UnitKind.DISTRICT, "District IT team", "जिला आईटी टीम"),
    IT_CONVENOR(null, "IT convenor", "आईटी संयोजक"),
    SOCIAL_MEDIA_CONVENOR(null, "Social-media convenor", "सोशल मीडिया संयोजक");

    private final UnitKind kind;
    private final String en;
    private final String hi;

    Role(UnitKind kind, String en, String hi) {
        this.kind = kind;
        this.en = en;
        this.hi = hi;
    }

    /** The unit kind this role sits at, or null where any level above a booth will do (convenors). */
    public UnitKind kind() {
        return kind;
    }

    public boolean fits(UnitKind unitKind) {
        return kind == null ? unitKind != UnitKind.BOOTH && unitKind != UnitKind.SECTOR && unitKind != UnitKind.LOK_SABHA
                : kind == unitKind;
    }

    public String label(boolean hindi) {
        return hindi ? hi : en;
    }

    /** The role a new volunteer at a unit of this kind gets by default. */
    public static Role defaultFor(UnitKind unitKind) {
        return switch (unitKind) {
            case BOOTH -> BOOTH_IT;
            case MANDAL -> MANDAL_IT;
            case DISTRICT -> DISTRICT_IT;
            default -> IT_CONVENOR;
        };
    }
}
