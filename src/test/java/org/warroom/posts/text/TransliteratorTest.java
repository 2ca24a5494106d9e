package org.warroom.posts.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TransliteratorTest {
    private static final Transliterator SCHEME = new Transliterator(CampaignDictionary.empty());
    private static final Transliterator STANDARD = Transliterator.standard();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            // the examples verified in toolchain/TOOLCHAIN.md
            "bhaarat, भारत", "kaaryakartaa, कार्यकर्ता", "kshetra, क्षेत्र", "shrii, श्री",
            "namaste, नमस्ते",
            // a word-final consonant keeps its schwa; a final 'a' changes nothing
            "bhaarata, भारत", "jagat.h, जगत्",
            // vowels, independent and as signs
            "a, अ", "aa, आ", "A, आ", "i, इ", "ii, ई", "I, ई", "u, उ", "uu, ऊ", "U, ऊ", "RRi, ऋ", "R^i, ऋ",
            "e, ए", "ai, ऐ", "o, ओ", "au, औ", "kaa, का", "ki, कि", "kii, की", "ku, कु", "kuu, कू", "kRRi, कृ",
            "ke, के", "kai, कै", "ko, को", "kau, कौ", "kaI, कई",
            // anusvara, chandrabindu, visarga, avagraha
            "saMsad, संसद", "sa.nsad, संसद", "maa.N, माँ", "duHkh, दुःख", "so.aham, सोऽहम",
            // nukta letters, written base + nukta as NFC requires
            "qalam, क़लम", "aKabaar, अख़बार", "zamiin, ज़मीन", "fasal, फ़सल", "sa.Dak, सड़क", "pa.Dhaa, पढ़ा",
            // conjuncts by virama, and the named ones
            "x, क्ष", "kSh, क्ष", "ksh, क्ष", "GYaan, ज्ञान", "j~naan, ज्ञान", "dnyaan, ज्ञान", "shram, श्रम",
            "trishuul, त्रिशूल", "kR^iShNa, कृष्ण", "hindii, हिन्दी",
            // a capital that is only the first letter is casual capitalisation
            "Aaj, आज", "Bhaarat, भारत", "Mahaan, महान",
            // a capital inside a word keeps its ITRANS meaning; one ITRANS has no use for reads as small
            "bhArat, भारत", "BhArat, भारत",
    })
    void scheme(String roman, String devanagari) {
        assertThat(SCHEME.transliterate(roman)).isEqualTo(devanagari);
    }

    @Test
    void dandasDigitsAndPunctuation() {
        assertThat(SCHEME.transliterate("jay ho | jay ho ||")).isEqualTo("जय हो । जय हो ॥");
        assertThat(SCHEME.transliterate("2027 tak, 75 jile!")).isEqualTo("2027 तक, 75 जिले!");
        assertThat(new Transliterator(CampaignDictionary.empty(), true).transliterate("2027 tak"))
                .isEqualTo("२०२७ तक");
        assertThat(SCHEME.transliterate("  (sach?)\n\"haa.N\"")).isEqualTo("  (सच?)\n\"हाँ\"");
    }

    @Test
    void dictionaryWordsComeFirstWhateverTheirCapitals() {
        assertThat(STANDARD.transliterate("modi yogi sarkar yojana vikas kisan booth bhajpa"))
                .isEqualTo("मोदी योगी सरकार योजना विकास किसान बूथ भाजपा");
        assertThat(STANDARD.transliterate("Labharthi AWAS Ujjwala ayushman shauchalay sadak bijli"))
                .isEqualTo("लाभार्थी आवास उज्ज्वला आयुष्मान शौचालय सड़क बिजली");
        assertThat(STANDARD.transliterate("mahila yuva garib ration Gorakhpur Lucknow"))
                .isEqualTo("महिला युवा गरीब राशन गोरखपुर लखनऊ");
        // the scheme alone drops the final long vowel a casual writer meant
        assertThat(SCHEME.transliterate("yojana")).isEqualTo("योजन");
    }

    @Test
    void linksHandlesHashtagsAndEmailPassThroughInAMixedSentence() {
        String in = "Aaj Modi ji ne kisan samman nidhi jaarii kii | dekhiye https://pmkisan.gov.in/Home.aspx?id=7 "
                + "aur pmkisan.gov.in par #KisanSamman @myogiadityanath, sampark: help@up.gov.in";
        assertThat(STANDARD.transliterate(in)).isEqualTo("आज मोदी जी ने किसान सम्मान निधि जारी की । देखिये "
                + "https://pmkisan.gov.in/Home.aspx?id=7 और pmkisan.gov.in पर #KisanSamman @myogiadityanath, "
                + "संपर्क: help@up.gov.in");
        assertThat(STANDARD.transliterate("#योगी_सरकार aur youtu.be/abc")).isEqualTo("#योगी_सरकार और youtu.be/abc");
    }

    @Test
    void writerMarksLatinWithBackslashOrBraces() {
        assertThat(STANDARD.transliterate("\\Modi ki {Digital India} yojana"))
                .isEqualTo("Modi की Digital India योजना");
        assertThat(STANDARD.segments("{Yogi Adityanath} ji"))
                .containsExactly(new Segment("Yogi Adityanath", true), new Segment(" जी", false));
        // an unclosed brace is just a brace
        assertThat(SCHEME.transliterate("{ram")).isEqualTo("{रम");
    }

    @Test
    void acronymsStayLatinUnlessTheDictionaryKnowsThem() {
        assertThat(STANDARD.transliterate("UP me BJP, DBT se MODI")).isEqualTo("UP मे BJP, DBT से मोदी");
    }

    @Test
    void devanagariAlreadyTypedIsLeftAlone() {
        String hindi = "उत्तर प्रदेश में 403 विधानसभा सीटें हैं।";
        assertThat(STANDARD.transliterate(hindi)).isEqualTo(hindi);
    }

    @Test
    void outputIsNfcNormalised() {
        String out = STANDARD.transliterate("qalam Kabar zamiin fasal sa.Dak pa.Dhaa zila");
        assertThat(Normalizer.isNormalized(out, Normalizer.Form.NFC)).isTrue();
    }

    /** Any ASCII yields Devanagari except in the stretches it marks Latin, which come from the input. */
    @Test
    void anyAsciiInputIsSafe() {
        Random random = new Random(20270220L);
        String alphabet = "aaaeiioukKgGcCjJtTdDnNpbmMyrlvwsShHxzfqRLAIU.~^|{}\\@#:/ -_,!?0123456789\n\t";
        for (int round = 0; round < 20_000; round++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                b.append(random.nextInt(4) == 0 ? (char) (32 + random.nextInt(95)) : alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String in = b.toString();
            List<Segment> segments = STANDARD.segments(in);
            StringBuilder joined = new StringBuilder();
            for (Segment s : segments) {
                joined.append(s.text());
                if (s.latin()) {
                    // neighbouring protected spans merge once their markup is dropped, so: a subsequence
                    assertThat(isSubsequence(s.text(), in)).as("input %s, segment %s", in, s.text()).isTrue();
                } else {
                    assertThat(s.text()).as("input %s", in).doesNotContainPattern("[A-Za-z]");
                }
            }
            assertThat(STANDARD.transliterate(in)).isEqualTo(joined.toString());
        }
    }

    private static boolean isSubsequence(String part, String whole) {
        int j = 0;
        for (int i = 0; i < whole.length() && j < part.length(); i++) {
            if (whole.charAt(i) == part.charAt(j)) {
                j++;
            }
        }
        return j == part.length();
    }

    @Test
    void aFullLengthPostKeepsItsLinksAndLosesNoText() {
        String line = "Aaj modi ji ki sarkar ne https://x.com/a #vikas gaanv gaanv tak bijli pahu.Nchaaii. ";
        List<Segment> segments = STANDARD.segments(line.repeat(800));
        assertThat(segments).hasSize(1 + 4 * 800);
        assertThat(segments.getFirst().text()).isEqualTo("आज मोदी जी की सरकार ने ");
        assertThat(segments.get(1)).isEqualTo(new Segment("https://x.com/a", true));
        assertThat(segments.get(2).text()).isEqualTo(" ");
        assertThat(segments.get(4).text()).isEqualTo(" गांव गांव तक बिजली पहुँचाई. आज मोदी जी की सरकार ने ");
    }
}
