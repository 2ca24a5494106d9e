package org.warroom.posts.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CampaignDictionaryTest {
    @TempDir
    Path dir;

    @Test
    void shippedListHoldsTheCommonCampaignWords() {
        CampaignDictionary d = CampaignDictionary.shipped();
        assertThat(d.size()).isGreaterThan(225);
        assertThat(d.lookup("modi")).contains("मोदी");
        assertThat(d.lookup("YOGI")).contains("योगी");
        assertThat(d.lookup("Sarkar")).contains("सरकार");
        assertThat(d.lookup("ujjwala")).contains("उज्ज्वला");
        assertThat(d.lookup("shauchalay")).contains("शौचालय");
        assertThat(d.lookup("nosuchword")).isEmpty();
    }

    /** Every district's English name, word by word, gives the Hindi name the geography catalogue holds. */
    @Test
    void everyUpDistrictNameComesOutAsTheCatalogueWritesIt() throws IOException {
        Transliterator t = Transliterator.standard();
        int districts = 0;
        try (InputStream in = getClass().getResourceAsStream("/org/warroom/geography/data/up_districts_hi.csv")) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().get().parse(
                    new InputStreamReader(in, StandardCharsets.UTF_8))) {
                assertThat(t.transliterate(r.get("district"))).as(r.get("district")).isEqualTo(r.get("name_hi"));
                districts++;
            }
        }
        assertThat(districts).isEqualTo(75);
    }

    @Test
    void userWordsAddAndOverrideAndTheLastLineWins() throws IOException {
        Path f = dir.resolve("desk-words.tsv");
        Files.writeString(f, "\uFEFF# Gorakhpur desk\n\nsarkar\tहुकूमत\nchaupal\tचौपाल\r\nchaupal\tचौपाल सभा\n");
        CampaignDictionary d = CampaignDictionary.shipped().withUserWords(f);
        assertThat(d.lookup("sarkar")).contains("हुकूमत");
        assertThat(d.lookup("chaupal")).contains("चौपाल सभा");
        assertThat(d.lookup("modi")).contains("मोदी");
        assertThat(CampaignDictionary.shipped().lookup("sarkar")).contains("सरकार");
    }

    @Test
    void aBadUserFileNamesEveryBadLine() throws IOException {
        Path f = dir.resolve("words.tsv");
        Files.writeString(f, "ok\tठीक\nno tab here\ntwo words\tदो\nlatin\tlatin\n\nmix\tमिक्सx\n");
        assertThatThrownBy(() -> CampaignDictionary.empty().withUserWords(f))
                .isInstanceOfSatisfying(WordListException.class, e -> assertThat(e.problems()).containsExactly(
                        "line 2: expected two columns, a Roman word and its Devanagari, separated by one TAB",
                        "line 3: 'two words' is not a single Roman word (letters a-z only)",
                        "line 4: 'latin' is not Devanagari",
                        "line 6: 'मिक्सx' is not Devanagari"));
    }

    @Test
    void aMissingOrNonUtf8FileIsSaidPlainly() throws IOException {
        assertThatThrownBy(() -> CampaignDictionary.empty().withUserWords(dir.resolve("gone.tsv")))
                .isInstanceOf(WordListException.class).hasMessage("gone.tsv: the file does not exist");
        Path latin1 = dir.resolve("ansi.tsv");
        Files.write(latin1, new byte[] {'a', '\t', (byte) 0xE9, '\n'});
        assertThatThrownBy(() -> CampaignDictionary.empty().withUserWords(latin1))
                .hasMessage("ansi.tsv: the file is not UTF-8 text; save it as UTF-8");
    }
}
