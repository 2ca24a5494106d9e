package org.warroom.reports.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole files: .txt and .zip exports, and every way a file can fail to be one. */
class ChatFilesTest {
    final WhatsAppChatParser parser = new WhatsAppChatParser();

    @TempDir
    Path dir;

    Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    static Map<String, byte[]> export(String chatName, String fixture) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("00000012-PHOTO-2024-03-12-09-03-00.jpg", ChatFixtures.photo());
        entries.put(chatName, ChatFixtures.bytes(fixture));
        entries.put("00000013-AUDIO-2024-03-12-09-04-00.opus", ChatFixtures.photo());
        return entries;
    }

    @Test
    void aTxtFileAndTheSameChatInAZipReadAlike() throws IOException {
        ChatParse fromText = parser.parse(write("WhatsApp Chat with बूथ 117 इसौली.txt", ChatFixtures.bytes(ChatFixtures.IOS_12H)));
        ChatParse deflated = parser.parse(write("a.zip", ChatFixtures.zip(export("_chat.txt", ChatFixtures.IOS_12H), false)));
        ChatParse stored = parser.parse(write("b.zip", ChatFixtures.zip(export("_chat.txt", ChatFixtures.IOS_12H), true)));

        assertThat(fromText.messages()).hasSize(16);
        assertThat(deflated).isEqualTo(fromText);
        assertThat(stored).isEqualTo(fromText);
    }

    @Test
    void androidZipNamesTheChatAfterTheGroupAndMayUseAFolder() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("__MACOSX/._WhatsApp Chat with x.txt", new byte[] {0, 5, 22, 7});
        entries.put("WhatsApp Chat with बूथ 117/IMG-20240312-WA0003.jpg", ChatFixtures.photo());
        entries.put("WhatsApp Chat with बूथ 117/WhatsApp Chat with बूथ 117.txt", ChatFixtures.bytes(ChatFixtures.ANDROID_12H));
        ChatParse p = parser.parse(write("WhatsApp Chat with बूथ 117.zip", ChatFixtures.zip(entries, false)));
        assertThat(p.messages()).hasSize(24);
        assertThat(p.notes()).isEmpty();
    }

    @Test
    void aZipWithOneRenamedTextFileIsReadWithANote() throws IOException {
        ChatParse p = parser.parse(write("x.zip", ChatFixtures.zip(export("chat-booth-117.txt", ChatFixtures.ANDROID_24H), false)));
        assertThat(p.messages()).hasSize(5);
        assertThat(p.notes()).singleElement().asString().contains("chat-booth-117.txt");
    }

    @Test
    void aZipWithoutAChatNamesWhatItHolds() throws IOException {
        Map<String, byte[]> media = new LinkedHashMap<>();
        media.put("IMG-20240312-WA0003.jpg", ChatFixtures.photo());
        media.put("VID-20240312-WA0004.mp4", ChatFixtures.photo());
        Path zip = write("media.zip", ChatFixtures.zip(media, false));
        assertThatThrownBy(() -> parser.parse(zip)).isInstanceOf(ChatImportException.class)
                .hasMessageContaining("media.zip holds no WhatsApp chat").hasMessageContaining("IMG-20240312-WA0003.jpg");
        Path empty = write("empty.zip", ChatFixtures.zip(Map.of(), false));
        assertThatThrownBy(() -> parser.parse(empty)).isInstanceOf(ChatImportException.class).hasMessageContaining("holds nothing");
    }

    @Test
    void aTruncatedZipIsRefusedWhereverItIsCut() throws IOException {
        byte[] zip = ChatFixtures.zip(export("_chat.txt", ChatFixtures.ANDROID_12H), false);
        for (int cut : new int[] {4, 30, zip.length / 3, zip.length / 2, zip.length - 40, zip.length - 1}) {
            Path file = write("cut.zip", Arrays.copyOf(zip, cut));
            ChatImportException e = catchThrowableOfType(ChatImportException.class, () -> parser.parse(file));
            assertThat(e).as("cut at %d of %d", cut, zip.length).isNotNull();
            assertThat(e.getMessage()).contains("cut.zip is damaged or incomplete");
        }
    }

    @Test
    void aDamagedChatInsideAnIntactZipIsCaughtByItsChecksum() throws IOException {
        byte[] zip = ChatFixtures.zip(export("_chat.txt", ChatFixtures.ANDROID_24H), true);
        byte[] chat = ChatFixtures.bytes(ChatFixtures.ANDROID_24H);
        int at = indexOf(zip, chat) + 20;
        zip[at] ^= 0x01;
        Path file = write("flipped.zip", zip);
        assertThatThrownBy(() -> parser.parse(file)).isInstanceOf(ChatImportException.class).hasMessageContaining("damaged");
    }

    @Test
    void nonUtf8TextNamesTheLine() throws IOException {
        String text = "13/03/24, 9:15 am - Ramesh: ठीक\n13/03/24, 9:16 am - Ramesh: ok\n13/03/24, 9:17 am - Ramesh: café\n";
        byte[] cp1252 = text.replace("ठीक", "thik").getBytes(Charset.forName("windows-1252"));
        ChatImportException e = catchThrowableOfType(ChatImportException.class, () -> parser.parse(write("c.txt", cp1252)));
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.getMessage()).startsWith("Line 3: ").contains("not UTF-8").contains("0xE9").doesNotContain("café");

        ChatImportException binary = catchThrowableOfType(ChatImportException.class,
                () -> parser.parse(write("photo.txt", ChatFixtures.photo())));
        assertThat(binary.getMessage()).contains("not a WhatsApp chat export");

        byte[] utf16 = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE);
        assertThatThrownBy(() -> parser.parse(write("u.txt", utf16))).hasMessageContaining("UTF-16");
        byte[] nul = "13/03/24, 9:15 am - A: x\n13/03/24, 9:15 am - A: \0\n".getBytes(StandardCharsets.UTF_8);
        assertThat(catchThrowableOfType(ChatImportException.class, () -> parser.parse(write("n.txt", nul))).line()).isEqualTo(2);
    }

    @Test
    void aUtf8ByteOrderMarkIsFine() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] chat = ChatFixtures.bytes(ChatFixtures.ANDROID_24H);
        byte[] both = new byte[bom.length + chat.length];
        System.arraycopy(bom, 0, both, 0, 3);
        System.arraycopy(chat, 0, both, 3, chat.length);
        assertThat(parser.parse(write("bom.txt", both))).isEqualTo(parser.parse(write("plain.txt", chat)));
    }

    @Test
    void emptyFilesSaySo() throws IOException {
        for (byte[] empty : new byte[][] {{}, "\n\n  \r\n".getBytes(StandardCharsets.UTF_8), {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}}) {
            assertThatThrownBy(() -> parser.parse(write("e.txt", empty))).isInstanceOf(ChatImportException.class)
                    .hasMessageContaining("e.txt is empty");
        }
        Path zip = write("z.zip", ChatFixtures.zip(Map.of("_chat.txt", new byte[0]), false));
        assertThatThrownBy(() -> parser.parse(zip)).hasMessageContaining("The chat _chat.txt in z.zip is empty");
    }

    @Test
    void missingFilesAndFolders() {
        assertThatThrownBy(() -> parser.parse(dir.resolve("nope.txt"))).isInstanceOf(ChatImportException.class)
                .hasMessage("The file nope.txt does not exist.");
        assertThatThrownBy(() -> parser.parse(dir)).isInstanceOf(ChatImportException.class).hasMessageContaining("is a folder");
    }

    static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalStateException("not found");
    }
}
