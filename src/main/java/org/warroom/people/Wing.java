package org.warroom.people;

/** A frontal wing (morcha, prakoshth), each with its own IT cell; wing 1 is the main organisation. */
public record Wing(int id, String code, String nameEn, String nameHi, boolean active) {
    public String name(boolean hindi) {
        return hindi ? nameHi : nameEn;
    }
}
