package org.warroom.posts.text;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** A run of text with the styles a renderer should apply to it; the markers themselves are gone. */
public record Span(String text, Set<Style> styles) {
    public Span {
        EnumSet<Style> copy = EnumSet.noneOf(Style.class);
        copy.addAll(styles);
        styles = Collections.unmodifiableSet(copy);
    }

    /** Unstyled text. */
    public static Span plain(String text) {
        return new Span(text, Set.of());
    }
}
