package org.warroom.posts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * X's count, as twitter-text 3.1.0's default configuration (v3) gives it. Written down here because it surprises
 * people: Devanagari is NOT weighted double. The v3 ranges give weight 1 to U+0000–U+10FF (which includes
 * Devanagari, U+0900–U+097F) and to a few punctuation ranges; everything else (CJK, emoji) weighs 2. The count is
 * per code point after NFC, so a conjunct costs every code point it is made of: क्षेत्र is 2 visible letters but
 * 7 code points, 7 weighted characters. A URL counts 23 whatever its length.
 */
class ChannelTextTest {
    private static int x(String text) {
        return ChannelText.measure(Channel.X, text).used();
    }

    @Test
    void xCountsLatinOnePerCharacterUpTo280() {
        assertThat(ChannelText.X_MAX).isEqualTo(280);
        assertThat(ChannelText.measure(Channel.X, "a".repeat(280))).isEqualTo(new TextMeasure(Channel.X, 280, 280, true));
        assertThat(ChannelText.measure(Channel.X, "a".repeat(281))).isEqualTo(new TextMeasure(Channel.X, 281, 280, false));
    }

    @Test
    void xCountsAnyUrlAs23() {
        assertThat(x("https://pmkisan.gov.in/" + "a".repeat(200))).isEqualTo(23);
        assertThat(x("देखें https://x.com/a")).isEqualTo(5 + 1 + 23);
        assertThat(x("pmkisan.gov.in")).isEqualTo(23);
    }

    @Test
    void xCountsDevanagariOnePerCodePoint() {
        assertThat(x("भारत")).isEqualTo(4);
        assertThat(x("क्षेत्र")).isEqualTo(7);
        assertThat(x("श्री")).isEqualTo(4);
        assertThat(ChannelText.measure(Channel.X, "भ".repeat(280)).valid()).isTrue();
        assertThat(ChannelText.measure(Channel.X, "भ".repeat(281)).valid()).isFalse();
    }

    @Test
    void xNormalisesToNfcFirstSoAPrecomposedNuktaLetterCountsTwo() {
        // U+095B (ज़ precomposed) is excluded from NFC composition: it becomes ज + ◌़
        assertThat(x("\u095B")).isEqualTo(2);
        assertThat(x("\u091C\u093C")).isEqualTo(2);
    }

    @Test
    void xWeighsEmojiAndCjkDouble() {
        assertThat(x("👍")).isEqualTo(2);
        assertThat(x("中")).isEqualTo(2);
    }

    @Test
    void xRefusesEmptyTextAndSomeInvisibleCharacters() {
        assertThat(ChannelText.measure(Channel.X, "").valid()).isFalse();
        assertThat(ChannelText.measure(Channel.X, "जय\uFEFF").valid()).isFalse();
    }

    @Test
    void whatsAppAndFacebookCountUtf16Characters() {
        assertThat(ChannelText.measure(Channel.WHATSAPP, "क्षेत्र 👍")).isEqualTo(new TextMeasure(Channel.WHATSAPP, 10, 65_536, true));
        assertThat(ChannelText.measure(Channel.WHATSAPP, "a".repeat(65_537)).valid()).isFalse();
        assertThat(ChannelText.measure(Channel.FACEBOOK, "a".repeat(63_206)).valid()).isTrue();
        assertThat(ChannelText.measure(Channel.FACEBOOK, "a".repeat(63_207)).over()).isEqualTo(1);
    }

    @Test
    void whatsAppPreviewStylesSpans() {
        assertThat(ChannelText.whatsAppPreview("*मोदी* जी")).extracting(s -> s.text()).containsExactly("मोदी", " जी");
    }
}
