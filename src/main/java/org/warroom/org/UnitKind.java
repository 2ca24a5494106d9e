package org.warroom.org;

/** The levels of the organisation tree, and the Lok Sabha seat which groups assembly seats beside it. */
public enum UnitKind {
    STATE("state", "प्रदेश"),
    REGION("region", "क्षेत्र"),
    DISTRICT("district", "जिला"),
    LOK_SABHA("Lok Sabha seat", "लोकसभा"),
    ASSEMBLY("assembly seat", "विधानसभा"),
    MANDAL("mandal", "मंडल"),
    SECTOR("sector", "सेक्टर"),
    BOOTH("booth", "बूथ");

    private final String en;
    private final String hi;

    UnitKind(String en, String hi) {
        this.en = en;
        this.hi = hi;
    }

    public String label(boolean hindi) {
        return hindi ? hi : en;
    }

    /** Team seats a unit of this kind expects to fill (booth IT volunteers, mandal and district IT teams). */
    public int teamSeats() {
        return switch (this) {
            case BOOTH -> 5;
            case MANDAL -> 7;
            case DISTRICT -> 15;
            default -> 0;
        };
    }

    /** Search results list bigger units first. */
    public int searchRank() {
        return switch (this) {
            case STATE -> 0;
            case REGION -> 1;
            case DISTRICT -> 2;
            case ASSEMBLY -> 3;
            case LOK_SABHA -> 4;
            case MANDAL -> 5;
            case SECTOR -> 6;
            case BOOTH -> 7;
        };
    }
}
