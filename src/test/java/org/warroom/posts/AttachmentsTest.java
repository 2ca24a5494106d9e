package org.warroom.posts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AttachmentsTest {
    @TempDir
    Path dir;

    private Path write(String name, byte[] head, int padding) throws IOException {
        byte[] pad = new byte[padding];
        new Random(name.hashCode()).nextBytes(pad);
        byte[] all = new byte[head.length + padding];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(pad, 0, all, head.length, padding);
        Path f = dir.resolve(name);
        Files.write(f, all);
        return f;
    }

    private static byte[] bytes(int... b) {
        byte[] out = new byte[b.length];
        for (int i = 0; i < b.length; i++) {
            out[i] = (byte) b[i];
        }
        return out;
    }

    private static byte[] ascii(String prefixHex, String text) {
        byte[] p = HexFormat.of().parseHex(prefixHex);
        byte[] t = text.getBytes(StandardCharsets.ISO_8859_1);
        byte[] out = new byte[p.length + t.length];
        System.arraycopy(p, 0, out, 0, p.length);
        System.arraycopy(t, 0, out, p.length, t.length);
        return out;
    }

    @ParameterizedTest(name = "{0} → {2}")
    @CsvSource({
            "photo.jpg, ffd8ffe0, image/jpeg",
            "chart.png, 89504e470d0a1a0a, image/png",
            "anim.gif, 474946383961, image/gif",
            "old.gif, 474946383761, image/gif",
            "sticker.webp, 52494646a0860100574542505650, image/webp",
            "rally.mp4, 00000018667479706d703432, video/mp4",
            "clip.mp4, 000000206674797069736f6d, video/mp4",
            "clip2.mp4, 000000206674797061766331, video/mp4",
            "iphone.mov, 000000146674797071742020, video/quicktime",
            "manifesto.pdf, 255044462d312e37, application/pdf",
    })
    void typeComesFromTheFirstBytes(String name, String headHex, String mime) throws IOException {
        byte[] head = HexFormat.of().parseHex(headHex);
        Attachment a = Attachments.inspect(write(name, head, 100));
        assertThat(a.mimeType()).isEqualTo(mime);
        assertThat(a.bytes()).isEqualTo(head.length + 100);
    }

    @Test
    void theNameDoesNotDecide() throws IOException {
        Path disguised = write("notice.pdf", bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A), 50);
        assertThat(Attachments.inspect(disguised).mimeType()).isEqualTo("image/png");
        Path text = dir.resolve("photo.jpg");
        Files.writeString(text, "this is not a photo");
        assertThatThrownBy(() -> Attachments.inspect(text)).isInstanceOfSatisfying(PostValidationException.class, e -> {
            assertThat(e.field()).isEqualTo("attachment");
            assertThat(e.getMessage()).isEqualTo("photo.jpg is not a JPEG, PNG, GIF, WebP, MP4, MOV or PDF file, judged "
                    + "by its content rather than its name.");
        });
    }

    @Test
    void aHeicPhotoIsNotTakenForAVideo() throws IOException {
        Path heic = write("IMG_0001.jpg", ascii("00000018", "ftypheic"), 100);
        assertThatThrownBy(() -> Attachments.inspect(heic)).hasMessageContaining("brand 'heic'").hasMessageContaining("JPEG");
    }

    @Test
    void sha256IsOfTheWholeFileReadInOnePass() throws Exception {
        Path big = write("speech.mp4", ascii("00000018", "ftypisom"), 3_000_000);
        Attachment a = Attachments.inspect(big);
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(big)));
        assertThat(a.sha256()).isEqualTo(expected).hasSize(64);
        assertThat(a.bytes()).isEqualTo(Files.size(big));
        assertThat(a.file()).isEqualTo(big);
        assertThat(a.name()).isEqualTo("speech.mp4");
    }

    @Test
    void missingEmptyTinyAndFolderAreClearErrors() throws IOException {
        assertThatThrownBy(() -> Attachments.inspect(dir.resolve("gone.jpg")))
                .isInstanceOf(PostValidationException.class).hasMessage("gone.jpg does not exist; it may have been moved or deleted.");
        Path empty = Files.createFile(dir.resolve("empty.png"));
        assertThatThrownBy(() -> Attachments.inspect(empty)).hasMessage("empty.png is empty (0 bytes).");
        Path tiny = write("tiny.jpg", bytes(0xFF, 0xD8), 0);
        assertThatThrownBy(() -> Attachments.inspect(tiny)).hasMessageContaining("is not a JPEG");
        Path folder = Files.createDirectory(dir.resolve("photos"));
        assertThatThrownBy(() -> Attachments.inspect(folder)).hasMessage("photos is a folder, not a file.");
    }
}
