package org.warroom.reports.importers;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * A message made ready for matching keywords: NFC, lower case, Latin digits, and without the nukta and joiners
 * that people type or leave out at will ("जोड़े" and "जोडे", "फ़ॉरवर्ड" and "फॉरवर्ड" match alike). Every
 * matching position maps back to the original, so free text (feedback, seat names) comes out exactly as typed.
 */
final class ReportText {
    enum Type { WORD, NUMBER, SEP }

    /** A word, a number (signed when written "-3") or one punctuation mark; positions are in the matching text. */
    record Token(Type type, String text, long value, int start, int end) {
        boolean is(Type t) {
            return type == t;
        }

        char sep() {
            return text.charAt(0);
        }
    }

    /** Longer numbers are all "too big"; the cap keeps them from overflowing. */
    private static final long CAP = 9_999_999;

    final String original;
    final List<Token> tokens = new ArrayList<>();
    private final int[] toOriginal;

    private ReportText(String original, String matching, int[] toOriginal) {
        this.original = original;
        this.toOriginal = toOriginal;
        tokenize(matching);
    }

    static ReportText of(String message) {
        String nfc = Normalizer.normalize(message, Normalizer.Form.NFC);
        StringBuilder m = new StringBuilder(nfc.length());
        int[] map = new int[nfc.length() + 1];
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            if (c == '\u093C' || c == '\u200C' || c == '\u200D' || Marks.isBidiControl(c)) {
                continue;
            }
            map[m.length()] = i;
            if (Character.isDigit(c)) {
                m.append((char) ('0' + Character.digit(c, 10)));
            } else if (c == '\u2013' || c == '\u2014' || c == '\u2212') {
                m.append('-');
            } else {
                m.append(Character.toLowerCase(c));
            }
        }
        map[m.length()] = nfc.length();
        return new ReportText(nfc, m.toString(), map);
    }

    /** A keyword as it looks after the same treatment, so the vocabulary can be written naturally. */
    static String matchingForm(String word) {
        return of(word).tokens.stream().map(Token::text).reduce("", String::concat);
    }

    /** The original text from the matching position {@code start} to the end, without surrounding spaces. */
    String originalFrom(int start) {
        return original.substring(toOriginal[start]).strip();
    }

    /** The original text between two matching positions. */
    String originalBetween(int start, int end) {
        return original.substring(toOriginal[start], toOriginal[end]);
    }

    private void tokenize(String s) {
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int start = i;
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i++;
            } else if (isWordChar(c)) {
                while (i < s.length() && isWordChar(s.charAt(i))) {
                    i++;
                }
                tokens.add(new Token(Type.WORD, s.substring(start, i), 0, start, i));
            } else if (isDigit(c) || (c == '-' && i + 1 < s.length() && isDigit(s.charAt(i + 1))
                    && (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1))))) {
                // "fwd -3" is a minus sign, "1-3" and "fwd-3" are separators: a minus only where no word touches it
                boolean negative = c == '-';
                i += negative ? 1 : 0;
                int digits = i;
                while (i < s.length() && isDigit(s.charAt(i))) {
                    i++;
                }
                long value = i - digits > 7 ? CAP : Math.min(CAP, Long.parseLong(s.substring(digits, i)));
                tokens.add(new Token(Type.NUMBER, s.substring(start, i), negative ? -value : value, start, i));
            } else {
                i++;
                tokens.add(new Token(Type.SEP, String.valueOf(c), 0, start, i));
            }
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isWordChar(char c) {
        int type = Character.getType(c);
        return Character.isLetter(c) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
