package org.warroom.posts.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WhatsAppMarkupTest {
    private static Span span(String text, Style... styles) {
        return new Span(text, Set.of(styles));
    }

    @Test
    void theFourStyles() {
        assertThat(WhatsAppMarkup.parse("*बूथ* _सभा_ ~रद्द~ ```10:30```")).containsExactly(
                span("बूथ", Style.BOLD), span(" "), span("सभा", Style.ITALIC), span(" "),
                span("रद्द", Style.STRIKE), span(" "), span("10:30", Style.MONO));
    }

    @Test
    void stylesNest() {
        assertThat(WhatsAppMarkup.parse("*_आज_ शाम*")).containsExactly(
                span("आज", Style.BOLD, Style.ITALIC), span(" शाम", Style.BOLD));
    }

    @Test
    void markersInsideWordsOrNextToSpacesStayPlain() {
        assertThat(WhatsAppMarkup.parse("2*3*4 snake_case_name a * b * c *x *")).containsExactly(
                span("2*3*4 snake_case_name a * b * c *x *"));
        assertThat(WhatsAppMarkup.parse("**")).containsExactly(span("**"));
    }

    @Test
    void punctuationAroundMarkersIsFine() {
        assertThat(WhatsAppMarkup.parse("(*ज़रूरी*), पढ़ें!")).containsExactly(
                span("("), span("ज़रूरी", Style.BOLD), span("), पढ़ें!"));
    }

    @Test
    void boldDoesNotCrossALineButMonoDoes() {
        assertThat(WhatsAppMarkup.parse("*एक\nदो*")).containsExactly(span("*एक\nदो*"));
        assertThat(WhatsAppMarkup.parse("```एक\n*दो*```")).containsExactly(span("एक\n*दो*", Style.MONO));
    }

    @Test
    void anUnclosedMarkerIsText() {
        assertThat(WhatsAppMarkup.parse("*बूथ _सभा")).containsExactly(span("*बूथ _सभा"));
        assertThat(WhatsAppMarkup.parse("```कोड")).containsExactly(span("```कोड"));
    }

    @Test
    void spansAlwaysRebuildTheTextWithoutMarkers() {
        Random random = new Random(126L);
        String alphabet = "ab *_~`\n.,";
        for (int round = 0; round < 20_000; round++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String in = b.toString();
            List<Span> spans = WhatsAppMarkup.parse(in);
            String joined = String.join("", spans.stream().map(Span::text).toList());
            // removing markers only: the letters and spaces are all still there, in order
            assertThat(joined.replaceAll("[*_~`]", "")).as(in).isEqualTo(in.replaceAll("[*_~`]", ""));
            for (int i = 1; i < spans.size(); i++) {
                assertThat(spans.get(i).styles()).as(in).isNotEqualTo(spans.get(i - 1).styles());
            }
        }
    }

    @Test
    void aLongLineOfStrayMarkersIsHandled() {
        String stray = " *a".repeat(30_000);
        assertThat(WhatsAppMarkup.parse(stray)).containsExactly(span(stray));
    }
}
