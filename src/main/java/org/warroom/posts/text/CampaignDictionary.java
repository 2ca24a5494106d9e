package org.warroom.posts.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whole words as campaign writers really type them (modi, sarkar, yojana, district names) with their accepted
 * Devanagari spelling. Casual Roman spelling drops long vowels and the schwa, so a scheme alone would write
 * "yojana" as योजन; these words are looked up before the scheme runs.
 */
public final class CampaignDictionary {
    static final String RESOURCE = "campaign-words.tsv";
    private static final Pattern ROMAN = Pattern.compile("[A-Za-z]+");
    private static final Pattern LATIN_LETTER = Pattern.compile("[A-Za-z]");
    private static final Pattern DEVANAGARI = Pattern.compile("[\\u0900-\\u097F]");

    private final Map<String, String> words;

    private CampaignDictionary(Map<String, String> words) {
        this.words = Map.copyOf(words);
    }

    /** No words: the scheme alone. */
    public static CampaignDictionary empty() {
        return new CampaignDictionary(Map.of());
    }

    /** The word list shipped with the application ({@code org/warroom/posts/text/campaign-words.tsv}). */
    public static CampaignDictionary shipped() {
        try (InputStream in = CampaignDictionary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the application");
            }
            return empty().with(RESOURCE, decode(in.readAllBytes(), RESOURCE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * This dictionary plus the words of a writer's own TSV file (roman TAB devanagari; blank lines and lines
     * starting with # are skipped). A word in the file replaces the same word here, and a later line replaces an
     * earlier one, so a desk can correct a shipped spelling without waiting for a release.
     *
     * @throws WordListException naming every bad line, or saying why the file cannot be read
     */
    public CampaignDictionary withUserWords(Path tsv) {
        String name = String.valueOf(tsv.getFileName());
        try {
            return with(name, decode(Files.readAllBytes(tsv), name));
        } catch (NoSuchFileException e) {
            throw new WordListException(name, List.of("the file does not exist"));
        } catch (IOException e) {
            throw new WordListException(name, List.of("the file could not be read (" + e.getClass().getSimpleName() + ")"));
        }
    }

    /** The Devanagari for a whole word, whatever its capitals. */
    public Optional<String> lookup(String word) {
        return Optional.ofNullable(words.get(word.toLowerCase(Locale.ROOT)));
    }

    public int size() {
        return words.size();
    }

    private CampaignDictionary with(String name, String text) {
        Map<String, String> merged = new HashMap<>(words);
        List<String> problems = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t");
            String problem = problem(cells);
            if (problem != null) {
                problems.add("line " + (i + 1) + ": " + problem);
            } else {
                merged.put(cells[0].strip().toLowerCase(Locale.ROOT), cells[1].strip());
            }
        }
        if (!problems.isEmpty()) {
            throw new WordListException(name, problems);
        }
        return new CampaignDictionary(merged);
    }

    private static String problem(String[] cells) {
        if (cells.length != 2) {
            return "expected two columns, a Roman word and its Devanagari, separated by one TAB";
        }
        String roman = cells[0].strip();
        String hindi = cells[1].strip();
        if (!ROMAN.matcher(roman).matches()) {
            return "'" + roman + "' is not a single Roman word (letters a-z only)";
        }
        // a Latin letter here would defeat the promise that only protected spans stay in Roman script
        if (!DEVANAGARI.matcher(hindi).find() || LATIN_LETTER.matcher(hindi).find()) {
            return "'" + hindi + "' is not Devanagari";
        }
        return null;
    }

    private static String decode(byte[] bytes, String name) {
        int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            throw new WordListException(name, List.of("the file is not UTF-8 text; save it as UTF-8"));
        }
    }
}
