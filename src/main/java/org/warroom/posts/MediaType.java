package org.warroom.posts;

import java.util.Optional;

/** The file types the composer recognises by their first bytes, with the MIME type channels expect. */
public enum MediaType {
    JPEG("image/jpeg", "JPEG image"),
    PNG("image/png", "PNG image"),
    GIF("image/gif", "GIF image"),
    WEBP("image/webp", "WebP image"),
    MP4("video/mp4", "MP4 video"),
    MOV("video/quicktime", "MOV video"),
    PDF("application/pdf", "PDF document");

    private final String mimeType;
    private final String label;

    MediaType(String mimeType, String label) {
        this.mimeType = mimeType;
        this.label = label;
    }

    public String mimeType() {
        return mimeType;
    }

    /** "MP4 video", for messages. */
    public String label() {
        return label;
    }

    public static Optional<MediaType> ofMimeType(String mimeType) {
        for (MediaType t : values()) {
            if (t.mimeType.equalsIgnoreCase(mimeType)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
