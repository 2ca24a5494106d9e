package org.warroom.reports;

/** A booth that has not given its twice-weekly feedback this half-week, with the mandal it sits in. */
public record BoothToAsk(long boothId, String code, String nameEn, String nameHi, String mandalEn, String mandalHi) {
    public String name(boolean hindi) {
        return hindi && nameHi != null ? nameHi : nameEn;
    }

    public String mandal(boolean hindi) {
        return hindi && mandalHi != null ? mandalHi : mandalEn;
    }
}
