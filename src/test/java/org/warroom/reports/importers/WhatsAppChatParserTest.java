package org.warroom.reports.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.warroom.reports.importers.ChatFixtures.parse;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Real-shaped exports from both phone families: every header style, entry kind and author style. */
class WhatsAppChatParserTest {
    static final String ZWJ_KYA = "क्\u200Dया";
    static final String NUKTA_ZILE = "ज़िले";

    static Map<Long, ChatMessage> byLine(ChatParse p) {
        return p.messages().stream().collect(Collectors.toMap(ChatMessage::line, Function.identity()));
    }

    @Test
    void androidIndia12hourWithNarrowSpaces() {
        ChatParse p = parse(ChatFixtures.text(ChatFixtures.ANDROID_12H));
        Map<Long, ChatMessage> m = byLine(p);

        assertThat(p.errors()).isEmpty();
        assertThat(p.notes()).isEmpty();
        assertThat(p.linesRead()).isEqualTo(29);
        assertThat(p.messages()).hasSize(24);
        // every notice, including the subject change whose new name holds a colon
        for (long line : new long[] {1, 2, 3, 4, 5, 6, 7, 8, 17, 18, 19, 20, 27, 28, 29}) {
            assertThat(m.get(line).kind()).as("line %d", line).isEqualTo(MessageKind.SYSTEM);
            assertThat(m.get(line).author()).as("line %d", line).isNull();
        }
        assertThat(m.get(6L).text()).isEqualTo("Ramesh Yadav changed the subject from \"बूथ 117\" to \"बूथ 117: इसौली\"");
        assertThat(m.get(1L).at()).isEqualTo(LocalDateTime.of(2024, 3, 12, 9, 0));

        assertThat(m.get(9L)).isEqualTo(new ChatMessage(9, LocalDateTime.of(2024, 3, 12, 9, 15), "Ramesh Yadav",
                AuthorKind.SAVED_NAME, "बूथ 117: फॉरवर्ड 6, जोड़े 12, सदस्य 148", MessageKind.TEXT, false));
        ChatMessage sunita = m.get(10L);
        assertThat(sunita.author()).isEqualTo("Sunita");
        assertThat(sunita.authorKind()).isEqualTo(AuthorKind.TILDE_NAME);
        assertThat(sunita.text()).isEqualTo("आज " + ZWJ_KYA + " प्लान है? " + NUKTA_ZILE + " से संदेश आया").contains("\u200D");
        assertThat(m.get(11L).authorKind()).isEqualTo(AuthorKind.PHONE);
        assertThat(m.get(11L).author()).isEqualTo("+91 50123 45678");
        assertThat(m.get(11L).kind()).isEqualTo(MessageKind.MEDIA_OMITTED);
        assertThat(m.get(12L).kind()).isEqualTo(MessageKind.ATTACHMENT);
        assertThat(m.get(12L).text()).isEqualTo("IMG-20240312-WA0003.jpg (file attached)\nरैली की तस्वीर");
        assertThat(m.get(14L).kind()).isEqualTo(MessageKind.DELETED);
        assertThat(m.get(15L).kind()).isEqualTo(MessageKind.DELETED);
        assertThat(m.get(16L).edited()).isTrue();
        assertThat(m.get(16L).text()).isEqualTo("कल सुबह 10 बजे बैठक है");
        assertThat(m.get(16L).kind()).isEqualTo(MessageKind.TEXT);
        assertThat(m.get(21L).at()).isEqualTo(LocalDateTime.of(2024, 3, 12, 12, 30));
        assertThat(m.get(21L).text()).isEqualTo("योजनाओं की सूची: क्\u200Cष\n1. उज्ज्वला\n2. आयुष्मान भारत\n\n3. पीएम किसान");
        assertThat(m.get(26L).at()).isEqualTo(LocalDateTime.of(2024, 3, 12, 13, 5));
        assertThat(m.get(27L).at()).as("12:05 am is just after midnight").isEqualTo(LocalDateTime.of(2024, 3, 13, 0, 5));
    }

    @Test
    void iosExportWithMarksGroupNamedNoticesAndAttachments() {
        ChatParse p = parse(ChatFixtures.text(ChatFixtures.IOS_12H));
        Map<Long, ChatMessage> m = byLine(p);

        assertThat(p.errors()).isEmpty();
        assertThat(p.linesRead()).isEqualTo(18);
        assertThat(p.messages()).extracting(ChatMessage::line)
                .containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L, 13L, 14L, 15L, 18L);
        for (long line : new long[] {1, 2, 3, 9, 10, 13, 14}) {
            assertThat(m.get(line).kind()).as("line %d", line).isEqualTo(MessageKind.SYSTEM);
            assertThat(m.get(line).author()).as("iOS names the group as a notice's sender").isEqualTo("बूथ 117 इसौली");
            assertThat(m.get(line).text()).doesNotStartWith("\u200E");
        }
        assertThat(m.get(4L)).extracting(ChatMessage::author, ChatMessage::authorKind, ChatMessage::kind, ChatMessage::text)
                .containsExactly("Sunita", AuthorKind.TILDE_NAME, MessageKind.MEDIA_OMITTED, "image omitted");
        assertThat(m.get(5L)).extracting(ChatMessage::author, ChatMessage::authorKind, ChatMessage::kind, ChatMessage::text)
                .containsExactly("+91 50123 45678", AuthorKind.PHONE, MessageKind.ATTACHMENT,
                        "<attached: 00000012-PHOTO-2024-03-12-09-03-00.jpg>");
        assertThat(m.get(6L).text()).isEqualTo("Booth 117: fwd 6 added 12 members 148");
        assertThat(m.get(7L).kind()).isEqualTo(MessageKind.DELETED);
        assertThat(m.get(8L)).extracting(ChatMessage::text, ChatMessage::edited).containsExactly("बैठक 5 बजे", true);
        assertThat(m.get(11L).kind()).isEqualTo(MessageKind.MEDIA_OMITTED);
        assertThat(m.get(12L).kind()).as("typed by a person, not marked by iOS").isEqualTo(MessageKind.TEXT);
        assertThat(m.get(15L).at()).isEqualTo(LocalDateTime.of(2024, 3, 12, 13, 15, 30));
        assertThat(m.get(15L).text()).isEqualTo(NUKTA_ZILE + " की बैठक:\nसुबह 10 बजे\n" + ZWJ_KYA + " सब आएँगे?");
        assertThat(m.get(18L).at()).isEqualTo(LocalDateTime.of(2024, 3, 13, 0, 0, 5));
    }

    @Test
    void twentyFourHourClockFourDigitYearsDevanagariDigitsAndCrlf() {
        String lf = ChatFixtures.text(ChatFixtures.ANDROID_24H);
        ChatParse p = parse(lf);
        ChatParse crlf = parse(lf.replace("\n", "\r\n"));

        assertThat(crlf).isEqualTo(p);
        assertThat(p.errors()).isEmpty();
        assertThat(p.messages()).extracting(ChatMessage::at).containsExactly(
                LocalDateTime.of(2024, 3, 12, 9, 0), LocalDateTime.of(2024, 3, 12, 9, 15),
                LocalDateTime.of(2024, 3, 12, 21, 15), LocalDateTime.of(2024, 3, 13, 0, 0), LocalDateTime.of(2024, 3, 13, 23, 59));
        assertThat(p.messages().getFirst().kind()).isEqualTo(MessageKind.SYSTEM);
        assertThat(p.messages().get(2).text()).isEqualTo("बूथ ११७: फॉरवर्ड ६, जोड़े १२, सदस्य १४८");
        assertThat(p.messages().get(4).kind()).isEqualTo(MessageKind.ATTACHMENT);
        assertThat(p.messages()).allSatisfy(msg -> assertThat(msg.text()).doesNotContain("\r"));
    }

    @Test
    void crlfKeepsMultiLineMessagesWithoutCarriageReturns() {
        ChatParse p = parse("12/03/24, 9:15 am - A: one\r\ntwo\r\n\r\nthree\r\n12/03/24, 9:16 am - B: x\r\n");
        assertThat(p.messages().getFirst().text()).isEqualTo("one\ntwo\n\nthree");
        assertThat(p.linesRead()).isEqualTo(5);
    }

    @Test
    void monthFirstUsExportIsDetectedFromTheWholeFile() {
        ChatParse p = parse(ChatFixtures.text(ChatFixtures.ANDROID_US));
        assertThat(p.errors()).isEmpty();
        assertThat(p.notes()).singleElement().asString().contains("month/day/year").contains("line 3");
        assertThat(p.messages()).extracting(ChatMessage::at).containsExactly(
                LocalDateTime.of(2024, 3, 9, 21, 15), LocalDateTime.of(2024, 3, 9, 21, 16),
                LocalDateTime.of(2024, 3, 25, 10, 1), LocalDateTime.of(2024, 12, 31, 23, 59));
        assertThat(p.messages().get(1).author()).isEqualTo("John");
    }

    @Test
    void ambiguousDatesAreReadDayFirstAndSaySo() {
        ChatParse p = parse("01/02/24, 10:00 am - Ramesh: पहला\n02/03/24, 10:00 am - Ramesh: दूसरा\n");
        assertThat(p.messages()).extracting(ChatMessage::at)
                .containsExactly(LocalDateTime.of(2024, 2, 1, 10, 0), LocalDateTime.of(2024, 3, 2, 10, 0));
        assertThat(p.notes()).singleElement().asString().contains("day/month/year").contains("India");
    }

    @Test
    void everyClockAndSpaceVariantBeforeAmPm() {
        String text = String.join("\n",
                "13/03/24, 9:15 am - A: regular space",
                "13/03/24, 9:15\u202Fpm - A: narrow no-break space",
                "13/03/24, 9:15\u00A0PM - A: no-break space, upper case",
                "13/03/24, 9:15pm - A: no space",
                "13/03/24, 9:15 p.m. - A: dotted",
                "13/03/24 21:15 - A: no comma",
                "[13/03/24, 9:15:07\u202FPM] A: iOS",
                "[13/03/2024, 21:15:07] A: iOS 24-hour",
                "13.03.24, 21:15 - A: dotted date",
                "13-03-2024, 21:15 - A: dashed date");
        ChatParse p = parse(text);
        assertThat(p.errors()).isEmpty();
        assertThat(p.messages()).hasSize(10);
        assertThat(p.messages().getFirst().at()).isEqualTo(LocalDateTime.of(2024, 3, 13, 9, 15));
        assertThat(p.messages().subList(1, 10)).allSatisfy(msg -> assertThat(msg.at().getHour()).isEqualTo(21));
        assertThat(p.messages().get(6).at().getSecond()).isEqualTo(7);
    }

    @Test
    void directionMarksAndBomAreStrippedButJoinersKept() {
        String text = "\uFEFF\u200E13/03/24, 9:15 am - \u202A+91 50123 45678\u202C: \u200E" + ZWJ_KYA + " हाल\u200F\n"
                + "\u200F13/03/24, 9:16 am - ~ Ramesh: " + NUKTA_ZILE + "\u200E\n";
        ChatParse p = parse(text);
        assertThat(p.errors()).isEmpty();
        assertThat(p.messages().getFirst()).extracting(ChatMessage::author, ChatMessage::authorKind, ChatMessage::text)
                .containsExactly("+91 50123 45678", AuthorKind.PHONE, ZWJ_KYA + " हाल");
        assertThat(p.messages().get(1)).extracting(ChatMessage::author, ChatMessage::authorKind, ChatMessage::text)
                .containsExactly("Ramesh", AuthorKind.TILDE_NAME, NUKTA_ZILE);
    }

    @Test
    void editedSuffixOnAMultiLineMessage() {
        ChatParse p = parse("13/03/24, 9:15 am - A: पहली पंक्ति\nदूसरी पंक्ति <This message was edited>\n");
        assertThat(p.messages().getFirst()).extracting(ChatMessage::text, ChatMessage::edited)
                .containsExactly("पहली पंक्ति\nदूसरी पंक्ति", true);
    }

    @Test
    void authorsWithColonsInTheirTextAndEmptyText() {
        ChatParse p = parse("13/03/24, 9:15 am - Ramesh: समय: 10 बजे\n13/03/24, 9:16 am - Suresh:\nअगली पंक्ति\n");
        assertThat(p.messages()).extracting(ChatMessage::author).containsExactly("Ramesh", "Suresh");
        assertThat(p.messages()).extracting(ChatMessage::text).containsExactly("समय: 10 बजे", "अगली पंक्ति");
    }

    @Test
    void typedTextThatMentionsNoticesIsNotANotice() {
        ChatParse p = parse(String.join("\n",
                "13/03/24, 9:15 am - Ramesh: Suresh left",
                "13/03/24, 9:16 am - Ramesh: I created group for booth 118",
                "13/03/24, 9:17 am - Ramesh: disappearing messages on karo",
                "13/03/24, 9:18 am - Ramesh: image omitted nahi hua"));
        assertThat(p.messages()).extracting(ChatMessage::kind).containsOnly(MessageKind.TEXT);
    }

    @Test
    void impossibleDatesAreErrorsWithTheirLinesAndNeverJoinTheMessageBefore() {
        ChatParse p = parse(String.join("\n",
                "13/03/24, 9:15 am - A: ठीक",
                "31/02/24, 9:15 am - A: फरवरी में 31 नहीं होते",
                "इस पंक्ति सहित",
                "14/03/24, 13:15 pm - A: 13 pm",
                "45/03/24, 9:15 am - A: 45",
                "14/03/24, 25:00 - A: 25 बजे",
                "14/03/24, 9:61 am - A: 61 मिनट",
                "14/03/24, 9:15 am - A: फिर ठीक"));
        assertThat(p.messages()).extracting(ChatMessage::line).containsExactly(1L, 8L);
        assertThat(p.messages().getFirst().text()).isEqualTo("ठीक");
        assertThat(p.errors()).extracting(LineError::line).containsExactly(2L, 4L, 5L, 6L, 7L);
        assertThat(p.errors().getFirst().reason()).contains("31/02/24").contains("day/month/year").contains("1 line after it");
        assertThat(p.errors().get(1).reason()).contains("12-hour");
        assertThat(p.errors().getFirst().message()).startsWith("line 2: ");
    }

    @Test
    void conflictingDateOrdersFollowTheMajorityAndListTheRest() {
        ChatParse p = parse(String.join("\n",
                "13/03/24, 9:15 am - A: एक", "14/03/24, 9:15 am - A: दो", "03/15/24, 9:15 am - A: उल्टा"));
        assertThat(p.messages()).hasSize(2);
        assertThat(p.errors()).singleElement().extracting(LineError::line).isEqualTo(3L);
        assertThat(p.notes()).singleElement().asString().contains("first on line 3");
    }

    @Test
    void linesBeforeTheFirstMessageAreReportedNotDropped() {
        ChatParse p = parse("\n\nकुछ और\nएक और\n13/03/24, 9:15 am - A: ठीक\n");
        assertThat(p.messages()).hasSize(1);
        assertThat(p.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.reason()).startsWith("2 lines before the first message");
        });
    }

    @Test
    void aFileWithoutHeadersIsNotAChat() {
        String prose = "यह एक साधारण पाठ फ़ाइल है।\n".repeat(60);
        assertThatThrownBy(() -> parse(prose)).isInstanceOf(ChatImportException.class)
                .hasMessageContaining("not a WhatsApp chat export").hasMessageContaining("first 50 lines");
        assertThatThrownBy(() -> parse("name,phone\nRam,98765\n")).isInstanceOf(ChatImportException.class)
                .hasMessageContaining("not a WhatsApp chat export").hasMessageContaining("2 lines");
        // the 50th non-blank line may still be the first header; blank lines do not count
        String late = "\n".repeat(100) + "x\n".repeat(49) + "13/03/24, 9:15 am - A: ठीक\n";
        assertThat(parse(late).messages()).hasSize(1);
    }

    @Test
    void headerLinesAreAccountedForExactly() {
        List<String> lines = ChatFixtures.text(ChatFixtures.ANDROID_12H).lines().toList();
        ChatParse p = parse(ChatFixtures.text(ChatFixtures.ANDROID_12H));
        long headers = lines.stream().filter(l -> l.matches("^\\d\\d/\\d\\d/\\d\\d, .*")).count();
        assertThat(p.messages().size() + p.errors().size()).isEqualTo((int) headers);
    }
}
