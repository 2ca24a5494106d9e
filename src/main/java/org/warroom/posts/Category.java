package org.warroom.posts;

/** A kind of content (positive news, the government's work, …); the desk can add its own. */
public record Category(String code, String nameEn, String nameHi, boolean userDefined) {
    public String name(boolean hindi) {
        return hindi ? nameHi : nameEn;
    }
}
