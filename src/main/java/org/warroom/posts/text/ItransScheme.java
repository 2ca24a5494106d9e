package org.warroom.posts.text;

import java.util.HashMap;
import java.util.Map;

/**
 * The strict ITRANS-style table and the syllable rules that turn one Roman word into Devanagari.
 * Consonants written back to back join with a virama (so {@code tr} is त्र and {@code shr} is श्र), a vowel after a
 * consonant becomes its sign, and a word-final consonant keeps its inherent vowel (भारत, not भारत्), because Hindi
 * writers never type the final schwa and an explicit {@code .h} is there for the rare halant.
 */
final class ItransScheme {
    private enum Kind { CONSONANT, VOWEL, MODIFIER, HALANT, AVAGRAHA }

    /** {@code letter} is the consonant or independent vowel; {@code sign} the vowel sign after a consonant. */
    private record Sound(Kind kind, String letter, String sign) {
    }

    private record Match(Sound sound, int length) {
    }

    static final char VIRAMA = '\u094D';
    private static final Map<String, Sound> TABLE = new HashMap<>();
    private static int longest;

    static {
        vowel("अ", "", "a");
        vowel("आ", "ा", "aa", "A");
        vowel("इ", "ि", "i");
        vowel("ई", "ी", "ii", "I", "ee");
        vowel("उ", "ु", "u");
        vowel("ऊ", "ू", "uu", "U", "oo");
        vowel("ऋ", "ृ", "RRi", "R^i");
        vowel("ॠ", "ॄ", "RRI", "R^I");
        vowel("ऌ", "ॢ", "LLi", "L^i");
        vowel("ए", "े", "e");
        vowel("ऐ", "ै", "ai");
        vowel("ओ", "ो", "o");
        vowel("औ", "ौ", "au");
        consonant("क", "k");
        consonant("ख", "kh");
        consonant("ग", "g");
        consonant("घ", "gh");
        consonant("ङ", "~N", "N^");
        consonant("च", "ch", "c");
        consonant("छ", "Ch", "chh");
        consonant("ज", "j");
        consonant("झ", "jh");
        consonant("ञ", "~n", "JN");
        consonant("ट", "T");
        consonant("ठ", "Th");
        consonant("ड", "D");
        consonant("ढ", "Dh");
        consonant("ण", "N");
        consonant("त", "t");
        consonant("थ", "th");
        consonant("द", "d");
        consonant("ध", "dh");
        consonant("न", "n");
        consonant("प", "p");
        consonant("फ", "ph");
        consonant("ब", "b");
        consonant("भ", "bh");
        consonant("म", "m");
        consonant("य", "y");
        consonant("र", "r");
        consonant("ल", "l");
        consonant("व", "v", "w");
        consonant("श", "sh");
        consonant("ष", "Sh", "shh");
        consonant("स", "s");
        consonant("ह", "h");
        consonant("ळ", "L");
        // nukta letters are written base + U+093C: the precomposed U+0958..U+095F are excluded from NFC composition
        consonant("क़", "q");
        consonant("ख़", "K");
        consonant("ग़", "G");
        consonant("ज़", "z", "J");
        consonant("फ़", "f");
        consonant("ड़", ".D");
        consonant("ढ़", ".Dh");
        consonant("य़", "Y");
        consonant("क्ष", "x", "kSh", "ksh");
        consonant("ज्ञ", "GY", "j~n", "dny");
        add(Kind.MODIFIER, "ं", "", "M", ".n", ".m");
        add(Kind.MODIFIER, "ँ", "", ".N");
        add(Kind.MODIFIER, "ः", "", "H");
        add(Kind.HALANT, "", "", ".h");
        add(Kind.AVAGRAHA, "ऽ", "", ".a");
    }

    private ItransScheme() {
    }

    /**
     * Converts one word made of ASCII letters and the ITRANS marks {@code . ~ ^}. Every letter yields Devanagari:
     * a capital the table does not know is read as its small letter, so no Latin letter survives.
     */
    static String convert(String word) {
        StringBuilder out = new StringBuilder(word.length() + 4);
        boolean open = false;       // a consonant is waiting for its vowel
        boolean syllable = false;   // something a modifier can sit on has been written
        int i = 0;
        while (i < word.length()) {
            Match m = match(word, i);
            if (m != null && m.sound().kind() == Kind.MODIFIER && !syllable && Character.isUpperCase(word.charAt(i))) {
                // "M" or "H" with nothing before it is a capitalised m or h, not an anusvara or visarga
                m = match(lowerAt(word, i), i);
            }
            if (m == null) {
                out.append(word.charAt(i));
                open = false;
                syllable = false;
                i++;
                continue;
            }
            Sound s = m.sound();
            switch (s.kind()) {
                case CONSONANT -> {
                    if (open) {
                        out.append(VIRAMA);
                    }
                    out.append(s.letter());
                    open = true;
                }
                case VOWEL -> {
                    out.append(open ? s.sign() : s.letter());
                    open = false;
                }
                case HALANT -> {
                    if (open) {
                        out.append(VIRAMA);
                    }
                    open = false;
                }
                case MODIFIER, AVAGRAHA -> {
                    out.append(s.letter());
                    open = false;
                }
            }
            syllable = true;
            i += m.length();
        }
        return out.toString();
    }

    /** The longest table entry at {@code i}; failing that, the same with the capital there read as a small letter. */
    private static Match match(String w, int i) {
        for (int len = Math.min(longest, w.length() - i); len > 0; len--) {
            Sound s = TABLE.get(w.substring(i, i + len));
            if (s != null) {
                return new Match(s, len);
            }
        }
        char c = w.charAt(i);
        return c >= 'A' && c <= 'Z' ? match(lowerAt(w, i), i) : null;
    }

    private static String lowerAt(String w, int i) {
        char[] chars = w.toCharArray();
        chars[i] = Character.toLowerCase(chars[i]);
        return new String(chars);
    }

    private static void vowel(String letter, String sign, String... keys) {
        add(Kind.VOWEL, letter, sign, keys);
    }

    private static void consonant(String letter, String... keys) {
        add(Kind.CONSONANT, letter, "", keys);
    }

    private static void add(Kind kind, String letter, String sign, String... keys) {
        for (String k : keys) {
            TABLE.put(k, new Sound(kind, letter, sign));
            longest = Math.max(longest, k.length());
        }
    }
}
