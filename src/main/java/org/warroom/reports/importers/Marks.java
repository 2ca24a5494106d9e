package org.warroom.reports.importers;

import java.util.regex.Pattern;

/**
 * Invisible direction marks that phones sprinkle into exports. Only these are removed: the Devanagari joiners
 * ZWJ (U+200D) and ZWNJ (U+200C) change how a word is written ("क्‍या") and are always kept.
 */
final class Marks {
    private static final Pattern SPACES_AT_ENDS = Pattern.compile("^[\\s\u00A0\u202F]+|[\\s\u00A0\u202F]+$");

    private Marks() {
    }

    /** LRM, RLM and the byte-order mark: iOS starts lines and attachment texts with LRM. */
    static boolean isEdgeMark(char c) {
        return c == '\u200E' || c == '\u200F' || c == '\uFEFF';
    }

    /** Edge marks plus the embedding and isolate controls that wrap phone numbers ("\u202A+91 …\u202C"). */
    static boolean isBidiControl(char c) {
        return isEdgeMark(c) || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    static String stripEdges(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && isEdgeMark(s.charAt(from))) {
            from++;
        }
        while (to > from && isEdgeMark(s.charAt(to - 1))) {
            to--;
        }
        return from == 0 && to == s.length() ? s : s.substring(from, to);
    }

    /** A sender's name without any direction control and without surrounding spaces (regular, no-break or narrow). */
    static String cleanName(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isBidiControl(c)) {
                b.append(c);
            }
        }
        return SPACES_AT_ENDS.matcher(b).replaceAll("");
    }
}
