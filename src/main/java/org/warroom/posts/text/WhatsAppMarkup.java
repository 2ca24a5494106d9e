package org.warroom.posts.text;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * WhatsApp's inline markup turned into styled spans for a preview. The rules follow what WhatsApp shows: a marker
 * opens only at the start of the text or after a non-letter, must be followed by a non-space, and closes before a
 * non-letter after a non-space, so {@code 2*3*4} and {@code snake_case_name} stay plain. Markers nest
 * ({@code *_both_*}); ```mono``` holds no further markup and may span lines, while *, _ and ~ do not pair across a
 * line break, so the preview never promises styling the phone might not show.
 */
public final class WhatsAppMarkup {
    private static final String MONO = "```";

    private WhatsAppMarkup() {
    }

    public static List<Span> parse(String text) {
        List<Span> out = new ArrayList<>();
        parse(text, 0, text.length(), EnumSet.noneOf(Style.class), out);
        return merge(out);
    }

    private static void parse(String t, int from, int to, Set<Style> styles, List<Span> out) {
        StringBuilder plain = new StringBuilder();
        // where a failed search for a closing marker stopped: a later opener before that point fails too,
        // which keeps a long line full of stray markers linear instead of quadratic
        int[] noCloserBefore = new int[3];
        boolean monoUnclosed = false;
        int i = from;
        while (i < to) {
            if (!monoUnclosed && t.startsWith(MONO, i)) {
                int close = t.indexOf(MONO, i + 3);
                monoUnclosed = close < 0;
                if (close > i + 3 && close + 3 <= to) {
                    flush(plain, styles, out);
                    out.add(new Span(t.substring(i + 3, close), with(styles, Style.MONO)));
                    i = close + 3;
                    continue;
                }
            }
            Style s = style(t.charAt(i));
            if (s != null && !styles.contains(s) && i >= noCloserBefore[s.ordinal()] && opens(t, i, to)) {
                int close = closing(t, i, to);
                if (close < 0) {
                    noCloserBefore[s.ordinal()] = -close;
                } else {
                    flush(plain, styles, out);
                    parse(t, i + 1, close, with(styles, s), out);
                    i = close + 1;
                    continue;
                }
            }
            plain.append(t.charAt(i));
            i++;
        }
        flush(plain, styles, out);
    }

    private static boolean opens(String t, int i, int to) {
        boolean afterNonLetter = i == 0 || !wordChar(t.charAt(i - 1));
        return afterNonLetter && i + 1 < to && !Character.isWhitespace(t.charAt(i + 1)) && t.charAt(i + 1) != t.charAt(i);
    }

    /** The first marker that can close the one at {@code i}, on the same line; if none, minus where the search stopped. */
    private static int closing(String t, int i, int to) {
        char marker = t.charAt(i);
        for (int j = i + 2; j < to; j++) {
            char c = t.charAt(j);
            if (c == '\n') {
                return -j;
            }
            boolean beforeNonLetter = j + 1 >= t.length() || !wordChar(t.charAt(j + 1));
            if (c == marker && !Character.isWhitespace(t.charAt(j - 1)) && beforeNonLetter) {
                return j;
            }
        }
        return -to;
    }

    /** Letters, digits and combining marks: a Devanagari vowel sign (की) is part of its word. */
    private static boolean wordChar(char c) {
        int type = Character.getType(c);
        return Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    private static Style style(char c) {
        return switch (c) {
            case '*' -> Style.BOLD;
            case '_' -> Style.ITALIC;
            case '~' -> Style.STRIKE;
            default -> null;
        };
    }

    private static Set<Style> with(Set<Style> styles, Style s) {
        EnumSet<Style> more = EnumSet.noneOf(Style.class);
        more.addAll(styles);
        more.add(s);
        return more;
    }

    private static void flush(StringBuilder plain, Set<Style> styles, List<Span> out) {
        if (!plain.isEmpty()) {
            out.add(new Span(plain.toString(), styles));
            plain.setLength(0);
        }
    }

    private static List<Span> merge(List<Span> spans) {
        List<Span> merged = new ArrayList<>();
        for (Span s : spans) {
            int last = merged.size() - 1;
            if (last >= 0 && merged.get(last).styles().equals(s.styles())) {
                merged.set(last, new Span(merged.get(last).text() + s.text(), s.styles()));
            } else {
                merged.add(s);
            }
        }
        return List.copyOf(merged);
    }
}
