package org.warroom.posts.ui;

import java.nio.file.Path;
import org.warroom.posts.Attachment;

/**
 * An attachment in the composer: a file just inspected, or one already kept in the media folder. {@code name} is
 * the name the writer knows it by; {@code file} is what is handed to the service on save.
 */
public record AttachmentItem(Path file, String name, String mime, long bytes, String sha256) {
    public static AttachmentItem of(Attachment a) {
        return new AttachmentItem(a.file(), a.name(), a.mimeType(), a.bytes(), a.sha256());
    }

    /** As the channel limits see it. */
    public Attachment attachment() {
        return new Attachment(file, mime, bytes, sha256);
    }

    /** The first and last characters of the SHA-256: enough to tell two files apart at a glance. */
    public String shortSha() {
        return sha256.length() <= 12 ? sha256 : sha256.substring(0, 8) + "…" + sha256.substring(sha256.length() - 4);
    }

    /** "18.4 MB", "312 KB" (decimal units, as the channels state their limits). */
    public String sizeText() {
        if (bytes >= 1_000_000) {
            return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1e6);
        }
        return String.format(java.util.Locale.ROOT, "%.0f KB", Math.ceil(bytes / 1e3));
    }
}
