package org.warroom.reports.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded mutations of the real fixtures (bytes deleted, inserted, flipped; lines cut, doubled, swapped; files
 * truncated): any input gives a ChatParse or a ChatImportException, never another exception, and every header
 * line ends up as exactly one entry or one error. And a 40,000-message chat.
 */
class ChatParserRobustnessTest {
    /** Header lines in the forms the fixtures use; the parser accepts more, never fewer. */
    static final Pattern HEADER = Pattern.compile("^[\u200E\u200F\uFEFF]*(?:"
            + "\\[\\d{1,2}/\\d{1,2}/(?:\\d{2}|\\d{4}), \\d{1,2}:\\d{2}(?::\\d{2})?(?:[ \u202F]?[AaPp][Mm])?\\]"
            + "|\\d{1,2}/\\d{1,2}/(?:\\d{2}|\\d{4}), \\d{1,2}:\\d{2}(?:[ \u202F]?[AaPp][Mm])? -)( |$)");
    static final byte[][] SPICE = {"\n".getBytes(StandardCharsets.UTF_8), "\r\n".getBytes(StandardCharsets.UTF_8),
            "\u202F".getBytes(StandardCharsets.UTF_8), "\u200E".getBytes(StandardCharsets.UTF_8), ": ".getBytes(StandardCharsets.UTF_8),
            "[".getBytes(StandardCharsets.UTF_8), "13".getBytes(StandardCharsets.UTF_8), "/".getBytes(StandardCharsets.UTF_8),
            "12/03/24, 9:15 am - ".getBytes(StandardCharsets.UTF_8), "[31/02/24, 9:15:00 AM] ".getBytes(StandardCharsets.UTF_8),
            {(byte) 0xE0, (byte) 0xA4}, {(byte) 0xFF}, {0}, "क्\u200Dया".getBytes(StandardCharsets.UTF_8)};

    final WhatsAppChatParser parser = new WhatsAppChatParser();

    @TempDir
    Path dir;

    @Test
    void mutatedTextExportsNeverEscapeWithAnotherException() {
        Random rnd = new Random(20240312);
        int parsed = 0;
        int refused = 0;
        for (int round = 0; round < 3000; round++) {
            byte[] input = mutate(rnd, ChatFixtures.bytes(ChatFixtures.ALL[rnd.nextInt(ChatFixtures.ALL.length)]));
            try {
                check(ChatFixtures.parse(input), input, round);
                parsed++;
            } catch (ChatImportException e) {
                assertThat(e.getMessage()).as("round %d", round).isNotBlank();
                refused++;
            } catch (RuntimeException e) {
                fail("round " + round + ": " + e, e);
            }
        }
        // both outcomes must actually be exercised, or the loop proves nothing
        assertThat(parsed).isGreaterThan(500);
        assertThat(refused).isGreaterThan(100);
    }

    @Test
    void mutatedZipsNeverEscapeWithAnotherException() throws IOException {
        Random rnd = new Random(117);
        Path file = dir.resolve("export.zip");
        for (int round = 0; round < 300; round++) {
            String fixture = ChatFixtures.ALL[rnd.nextInt(ChatFixtures.ALL.length)];
            byte[] zip = ChatFixtures.zip(ChatFilesTest.export(rnd.nextBoolean() ? "_chat.txt" : "WhatsApp Chat with A.txt", fixture),
                    rnd.nextBoolean());
            Files.write(file, mutateBytes(rnd, zip, 1 + rnd.nextInt(3)));
            try {
                parser.parse(file);
            } catch (ChatImportException e) {
                assertThat(e.getMessage()).isNotBlank();
            } catch (RuntimeException e) {
                fail("round " + round + ": " + e, e);
            }
        }
    }

    @Test
    void fortyThousandMessagesStreamThrough() {
        Random rnd = new Random(40000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LocalDateTime t = LocalDateTime.of(2024, 1, 1, 6, 0);
        String[] authors = {"Ramesh Yadav", "~\u202FSunita", "+91 50123 45678", "सीता देवी"};
        String[] texts = {"बूथ 117: फॉरवर्ड 6, जोड़े 12, सदस्य 148", "क्\u200Dया हाल है?", "<Media omitted>",
                "Booth 118: fwd 5 added 3", "सुबह की पोस्ट\nदूसरी पंक्ति\nतीसरी पंक्ति"};
        int multiLine = 0;
        for (int i = 0; i < 40_000; i++) {
            t = t.plusSeconds(30 + rnd.nextInt(600));
            String text = texts[rnd.nextInt(texts.length)];
            multiLine += text.contains("\n") ? 1 : 0;
            String line = String.format("%02d/%02d/%02d, %d:%02d\u202F%s - %s: %s\n", t.getDayOfMonth(), t.getMonthValue(),
                    t.getYear() % 100, (t.getHour() + 11) % 12 + 1, t.getMinute(), t.getHour() < 12 ? "am" : "pm",
                    authors[rnd.nextInt(authors.length)], text);
            out.writeBytes(line.getBytes(StandardCharsets.UTF_8));
        }
        ChatParse p = ChatFixtures.parse(out.toByteArray());

        assertThat(p.errors()).isEmpty();
        assertThat(p.messages()).hasSize(40_000);
        assertThat(p.linesRead()).isEqualTo(40_000 + 2 * multiLine);
        assertThat(p.messages().getLast().at()).isEqualTo(t.withSecond(0));
        assertThat(p.messages()).extracting(ChatMessage::at).isSorted();
        assertThat(p.messages().stream().filter(m -> m.text().contains("\n")).count()).isEqualTo(multiLine);
        assertThat(p.messages().stream().filter(m -> m.kind() == MessageKind.MEDIA_OMITTED).count()).isPositive();
    }

    /** Every header line is one entry or one error; entries are in file order; lines are counted as an editor does. */
    static void check(ChatParse p, byte[] input, int round) {
        String text = new String(input, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        if (lines.getLast().isEmpty()) {
            lines.removeLast();
        }
        assertThat(p.linesRead()).as("round %d", round).isEqualTo(lines.size());
        Set<Long> entries = new HashSet<>();
        p.messages().forEach(m -> entries.add(m.line()));
        Set<Long> errors = new HashSet<>();
        p.errors().forEach(e -> errors.add(e.line()));
        assertThat(entries).as("round %d: one entry per line", round).hasSize(p.messages().size());
        assertThat(Collections.disjoint(entries, errors)).as("round %d: a line is an entry or an error", round).isTrue();
        assertThat(p.messages()).extracting(ChatMessage::line).isSorted();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).endsWith("\r") ? lines.get(i).substring(0, lines.get(i).length() - 1) : lines.get(i);
            if (HEADER.matcher(line).find()) {
                long n = i + 1;
                assertThat(entries.contains(n) || errors.contains(n)).as("round %d: header line %d: %s", round, n, line).isTrue();
            }
        }
        assertThat(p.messages()).allSatisfy(m -> assertThat(m.at()).isNotNull());
    }

    static byte[] mutate(Random rnd, byte[] good) {
        return switch (rnd.nextInt(6)) {
            case 0 -> mutateLines(rnd, good);
            case 1 -> mutateLines(rnd, mutateBytes(rnd, good, 1));
            case 2 -> {
                byte[] noise = new byte[rnd.nextInt(400)];
                rnd.nextBytes(noise);
                yield noise;
            }
            default -> mutateBytes(rnd, good, 1 + rnd.nextInt(4));
        };
    }

    static byte[] mutateBytes(Random rnd, byte[] in, int times) {
        byte[] b = in;
        for (int k = 0; k < times && b.length > 0; k++) {
            int at = rnd.nextInt(b.length);
            b = switch (rnd.nextInt(5)) {
                case 0 -> splice(b, at, Math.min(b.length, at + 1 + rnd.nextInt(8)), new byte[0]);
                case 1 -> splice(b, at, at, SPICE[rnd.nextInt(SPICE.length)]);
                case 2 -> {
                    byte[] c = b.clone();
                    c[at] ^= (byte) (1 << rnd.nextInt(8));
                    yield c;
                }
                case 3 -> Arrays.copyOf(b, at);
                default -> splice(b, at, at, new byte[] {(byte) rnd.nextInt(256)});
            };
        }
        return b;
    }

    static byte[] mutateLines(Random rnd, byte[] in) {
        List<String> lines = new ArrayList<>(Arrays.asList(new String(in, StandardCharsets.UTF_8).split("\n", -1)));
        for (int k = 1 + rnd.nextInt(4); k > 0 && lines.size() > 1; k--) {
            int a = rnd.nextInt(lines.size());
            int b = rnd.nextInt(lines.size());
            switch (rnd.nextInt(4)) {
                case 0 -> lines.remove(a);
                case 1 -> lines.add(a, lines.get(b));
                case 2 -> lines.set(a, lines.get(a).substring(0, rnd.nextInt(lines.get(a).length() + 1)));
                default -> {
                    String s = lines.get(a);
                    lines.set(a, lines.get(b));
                    lines.set(b, s);
                }
            }
        }
        return String.join(rnd.nextInt(5) == 0 ? "\r\n" : "\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    static byte[] splice(byte[] b, int from, int to, byte[] insert) {
        byte[] out = new byte[b.length - (to - from) + insert.length];
        System.arraycopy(b, 0, out, 0, from);
        System.arraycopy(insert, 0, out, from, insert.length);
        System.arraycopy(b, to, out, from + insert.length, b.length - to);
        return out;
    }
}
