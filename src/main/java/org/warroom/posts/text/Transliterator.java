package org.warroom.posts.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Roman (Hinglish or ITRANS) typing → Devanagari for the post composer, word by word: the campaign dictionary
 * first, then the strict ITRANS-style scheme. Links, e-mail addresses, @handles and #hashtags pass through
 * untouched; so do words the writer marks with a leading backslash ({@code \Yogi}) or braces
 * ({@code {Yogi Adityanath}}, braces dropped), and all-capital acronyms (BJP, UP, DBT) that the dictionary does not
 * know. Everything else that is not a letter (spaces, punctuation, emoji, Devanagari already typed) is kept, with
 * {@code |} → । and {@code ||} → ॥. Immutable and safe to share.
 */
public final class Transliterator {
    private static final String TLDS = "com|org|net|in|gov|nic|co|io|info|app|ly|gl|be|edu|me";
    // leftmost match wins, and at one position the earlier alternative: the writer's own marks first, an e-mail
    // before the bare domain inside it; group 1 and 2 hold the text inside {…} and after the backslash
    private static final Pattern PROTECTED = Pattern.compile(String.join("|",
            "\\{([^{}\\n]*)\\}",
            "\\\\(\\S+)",
            "[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}",
            "(?i:\\b(?:https?://|www\\.)\\S+)",
            "(?i:(?<![\\w@.])[a-z0-9][a-z0-9-]*(?:\\.[a-z0-9-]+)*\\.(?:" + TLDS + ")(?![\\w-])(?:/\\S*)?)",
            "(?<![A-Za-z0-9_])@[A-Za-z0-9_]+",
            "(?<![\\p{L}\\p{M}\\p{Nd}_&])#[\\p{L}\\p{M}\\p{Nd}_]+"));
    // an ITRANS word may hold . ~ ^ between letters (ja.ngal, j~naan, R^iShi); a full stop before a space ends it
    private static final Pattern WORD = Pattern.compile("[A-Za-z]+(?:[.~^][A-Za-z]+)*");
    private static final Pattern ACRONYM = Pattern.compile("[A-Z]{2,}");

    private final CampaignDictionary dictionary;
    private final boolean devanagariDigits;

    /** Keeps Latin digits, as most Hindi social-media posts do. */
    public Transliterator(CampaignDictionary dictionary) {
        this(dictionary, false);
    }

    public Transliterator(CampaignDictionary dictionary, boolean devanagariDigits) {
        this.dictionary = dictionary;
        this.devanagariDigits = devanagariDigits;
    }

    /** The shipped campaign words and Latin digits. */
    public static Transliterator standard() {
        return new Transliterator(CampaignDictionary.shipped());
    }

    /** The whole text in Devanagari, protected spans kept. */
    public String transliterate(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (Segment s : segments(text)) {
            out.append(s.text());
        }
        return out.toString();
    }

    /** The same result split into Devanagari and deliberately-Latin stretches, for a live preview. */
    public List<Segment> segments(String text) {
        Segments out = new Segments();
        Matcher m = PROTECTED.matcher(text);
        int at = 0;
        while (m.find()) {
            plain(text.substring(at, m.start()), out);
            String kept = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group();
            out.add(kept, true);
            at = m.end();
        }
        plain(text.substring(at), out);
        return out.done();
    }

    private void plain(String chunk, Segments out) {
        Matcher m = WORD.matcher(chunk);
        int at = 0;
        while (m.find()) {
            out.add(marks(chunk.substring(at, m.start())), false);
            word(m.group(), out);
            at = m.end();
        }
        out.add(marks(chunk.substring(at)), false);
    }

    private void word(String w, Segments out) {
        var known = dictionary.lookup(w);
        if (known.isPresent()) {
            out.add(known.get(), false);
        } else if (ACRONYM.matcher(w).matches()) {
            out.add(w, true);
        } else {
            out.add(ItransScheme.convert(casual(w)), false);
        }
    }

    /**
     * "Bharat" or "Aaj" at the start of a sentence is a capitalised word, not ITRANS's retroflex or long-vowel
     * capitals: phone keyboards capitalise sentences and writers capitalise names, so a word whose only capital is
     * its first letter is read in small letters. Capitals inside a word keep their strict ITRANS meaning.
     */
    static String casual(String w) {
        // R^i and L^i start with a capital that is not a capitalised first letter
        if (w.length() < 2 || !Character.isUpperCase(w.charAt(0)) || !Character.isLowerCase(w.charAt(1))) {
            return w;
        }
        for (int i = 1; i < w.length(); i++) {
            if (Character.isUpperCase(w.charAt(i))) {
                return w;
            }
        }
        return Character.toLowerCase(w.charAt(0)) + w.substring(1);
    }

    /** Dandas and, if asked for, Devanagari digits in the text between words. */
    private String marks(String s) {
        if (s.indexOf('|') < 0 && !devanagariDigits) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '|') {
                boolean dbl = i + 1 < s.length() && s.charAt(i + 1) == '|';
                b.append(dbl ? '॥' : '।');
                i += dbl ? 1 : 0;
            } else if (devanagariDigits && c >= '0' && c <= '9') {
                b.append((char) ('०' + (c - '0')));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Joins neighbouring stretches of the same kind without re-copying them (a post may be 65,536 characters). */
    private static final class Segments {
        private final List<Segment> done = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();
        private boolean latin;

        void add(String text, boolean isLatin) {
            if (text.isEmpty()) {
                return;
            }
            if (isLatin != latin && !current.isEmpty()) {
                done.add(new Segment(current.toString(), latin));
                current.setLength(0);
            }
            latin = isLatin;
            current.append(text);
        }

        List<Segment> done() {
            if (!current.isEmpty()) {
                done.add(new Segment(current.toString(), latin));
            }
            return List.copyOf(done);
        }
    }
}
