package org.warroom.posts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChannelLimitsTest {
    private static final ChannelLimits LIMITS = ChannelLimits.published();

    private static Attachment file(String name, MediaType type, long bytes) {
        return new Attachment(Path.of(name), type.mimeType(), bytes, "0".repeat(64));
    }

    private static List<String> check(Channel c, String text, Attachment... attachments) {
        return LIMITS.check(c, text, List.of(attachments)).stream().map(LimitProblem::message).toList();
    }

    @Test
    void textOverTheLimitIsSaidWithTheCount() {
        assertThat(check(Channel.X, "a".repeat(312))).containsExactly("X: 312 of 280 weighted characters");
        assertThat(check(Channel.WHATSAPP, "अ".repeat(70_000))).containsExactly("WhatsApp: 70,000 of 65,536 characters");
        assertThat(check(Channel.FACEBOOK, "a".repeat(100_000))).containsExactly("Facebook: 1,00,000 of 63,206 characters");
        assertThat(check(Channel.X, "a".repeat(280))).isEmpty();
    }

    @Test
    void nothingToSend() {
        assertThat(check(Channel.WHATSAPP, "  ")).containsExactly("WhatsApp: nothing to send: there is no text and no attachment");
        assertThat(check(Channel.X, "", file("a.jpg", MediaType.JPEG, 1000))).isEmpty();
    }

    @Test
    void anInvisibleCharacterXRefusesIsNamed() {
        assertThat(check(Channel.X, "जय\uFEFFहो")).singleElement().asString().contains("U+FEFF");
    }

    @Test
    void aTypeTheChannelDoesNotTakeIsRefused() {
        assertThat(check(Channel.X, "घोषणा पत्र", file("manifesto.pdf", MediaType.PDF, 2_000_000))).containsExactly(
                "X: manifesto.pdf is a PDF document; this channel takes JPEG image, PNG image, GIF image, WebP image, "
                        + "MP4 video, MOV video");
        assertThat(check(Channel.WHATSAPP, "x", new Attachment(Path.of("a.bin"), "application/zip", 10, "0".repeat(64))))
                .containsExactly("WhatsApp: a.bin is of type application/zip; this channel takes JPEG image, PNG image, "
                        + "MP4 video, PDF document");
    }

    @Test
    void sizesAreCheckedPerTypeInDecimalMegabytes() {
        assertThat(check(Channel.WHATSAPP, "रैली", file("rally.mp4", MediaType.MP4, 18_400_000)))
                .containsExactly("WhatsApp: rally.mp4 is 18.4 MB, over the 16 MB limit for MP4 video");
        assertThat(check(Channel.WHATSAPP, "रैली", file("rally.mp4", MediaType.MP4, 16_000_000))).isEmpty();
        // rounded up, so a file one byte over never reads as equal to the limit
        assertThat(check(Channel.WHATSAPP, "रैली", file("rally.mp4", MediaType.MP4, 16_000_001)))
                .containsExactly("WhatsApp: rally.mp4 is 16.1 MB, over the 16 MB limit for MP4 video");
        assertThat(check(Channel.X, "x", file("anim.gif", MediaType.GIF, 14_000_000))).isEmpty();
        assertThat(check(Channel.X, "x", file("photo.png", MediaType.PNG, 5_500_000)))
                .containsExactly("X: photo.png is 5.5 MB, over the 5 MB limit for PNG image");
        assertThat(check(Channel.FACEBOOK, "x", file("speech.mov", MediaType.MOV, 4_000_000_001L)))
                .containsExactly("Facebook: speech.mov is 4.1 GB, over the 4 GB limit for MOV video");
    }

    @Test
    void countsAndXsVideoAloneRule() {
        Attachment photo = file("p.jpg", MediaType.JPEG, 1000);
        assertThat(check(Channel.X, "x", photo, photo, photo, photo)).isEmpty();
        assertThat(check(Channel.X, "x", photo, photo, photo, photo, photo))
                .containsExactly("X: 5 attachments, more than the 4 one post can carry");
        assertThat(check(Channel.X, "x", photo, file("v.mp4", MediaType.MP4, 1000)))
                .containsExactly("X: a video or GIF must be the only attachment (up to 4 photos, or 1 GIF, or 1 video)");
        assertThat(check(Channel.WHATSAPP, "x", photo, photo))
                .containsExactly("WhatsApp: 2 attachments, more than the 1 one post can carry");
        assertThat(check(Channel.FACEBOOK, "x", photo, photo, photo, photo, photo, photo)).isEmpty();
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        assertThat(check(Channel.X, "a".repeat(300), file("a.pdf", MediaType.PDF, 1), file("b.png", MediaType.PNG, 6_000_000)))
                .hasSize(3);
    }

    @Test
    void limitsAreConfigurable() {
        ChannelRule generous = new ChannelRule(Map.of(MediaType.MP4, 2_000_000_000L), 10, false);
        ChannelLimits custom = new ChannelLimits(Map.of(Channel.X, generous, Channel.WHATSAPP, generous, Channel.FACEBOOK, generous));
        assertThat(custom.check(Channel.WHATSAPP, "x", List.of(file("big.mp4", MediaType.MP4, 1_000_000_000L)))).isEmpty();
        assertThat(custom.rule(Channel.X).maxBytes(MediaType.JPEG)).isEmpty();
        assertThatThrownBy(() -> new ChannelLimits(Map.of(Channel.X, generous))).isInstanceOf(IllegalArgumentException.class);
    }
}
