package org.warroom.org;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Splits names and queries into search tokens the same way: lower case, NFC, Devanagari digits as ASCII. */
public final class SearchTokens {
    private SearchTokens() {
    }

    public static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        String norm = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        for (String t : norm.split("[^\\p{L}\\p{M}\\p{N}\\u200C\\u200D]+")) {
            if (!t.isEmpty()) {
                out.add(asciiDigits(t));
            }
        }
        return out;
    }

    /** Tokens to index for a name: each word (two characters or more) and the whole name run together. */
    public static Set<String> index(String... names) {
        Set<String> tokens = new LinkedHashSet<>();
        for (String name : names) {
            List<String> words = split(name);
            for (String w : words) {
                if (w.length() >= 2 || w.chars().allMatch(Character::isDigit)) {
                    tokens.add(cut(w));
                }
            }
            if (words.size() > 1) {
                tokens.add(cut(String.join("", words)));
            }
        }
        return tokens;
    }

    private static String cut(String s) {
        return s.length() > 80 ? s.substring(0, 80) : s;
    }

    /** Devanagari digits ०-९ typed in a query become 0-9. */
    public static String asciiDigits(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            b.append(c >= '\u0966' && c <= '\u096F' ? (char) ('0' + (c - '\u0966')) : c);
        }
        return b.toString();
    }

    /** A LIKE pattern for a prefix, with the wildcard characters escaped. */
    public static String likePrefix(String token) {
        return token.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
