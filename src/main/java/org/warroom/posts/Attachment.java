package org.warroom.posts;

import java.nio.file.Path;
import java.util.Objects;

/** A file attached to a post, as inspected: its type from its content, its size and SHA-256 (hex) to spot changes. */
public record Attachment(Path file, String mimeType, long bytes, String sha256) {
    public Attachment {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(mimeType, "mimeType");
        Objects.requireNonNull(sha256, "sha256");
        if (bytes < 0) {
            throw new IllegalArgumentException("bytes < 0");
        }
    }

    /** The file's name, for messages. */
    public String name() {
        return String.valueOf(file.getFileName());
    }
}
