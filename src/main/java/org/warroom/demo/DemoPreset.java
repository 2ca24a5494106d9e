package org.warroom.demo;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** The demo shapes: Sultanpur and the Gorakhpur region exactly as the articles give them, and the whole state. */
public enum DemoPreset {
    /** 1 district, 5 assembly seats, 2,172 booths (Sultanpur, 2022). */
    SULTANPUR(Set.of(187, 188, 189, 190, 191), 2_172, null, null),
    /** 12 party districts, 62 seats, 286 mandals, 27,736 booths (the Gorakhpur region). */
    GORAKHPUR(IntStream.rangeClosed(302, 363).boxed().collect(Collectors.toSet()), 27_736, 286, "org_districts_gorakhpur.csv"),
    /** The real 2014 geography of all 403 seats with synthetic people. */
    UP(null, null, null, null);

    private final Set<Integer> seats;
    private final Integer booths;
    private final Integer mandals;
    private final String orgDistrictFile;

    DemoPreset(Set<Integer> seats, Integer booths, Integer mandals, String orgDistrictFile) {
        this.seats = seats;
        this.booths = booths;
        this.mandals = mandals;
        this.orgDistrictFile = orgDistrictFile;
    }

    public Set<Integer> seats() {
        return seats;
    }

    public Integer booths() {
        return booths;
    }

    public Integer mandals() {
        return mandals;
    }

    public String orgDistrictFile() {
        return orgDistrictFile;
    }

    public static DemoPreset parse(String s) {
        try {
            return valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown preset \"" + s + "\": choose sultanpur, gorakhpur or up.");
        }
    }
}
