package org.warroom.posts;

/**
 * An attachment kept in the media folder under its SHA-256 ({@code storedPath} is relative to that folder, like
 * {@code 3fa9…e1.jpg}); {@code fileName} is the name it had when attached, for people.
 */
public record StoredAttachment(int ordinal, String sha256, String mime, long bytes, String storedPath, String fileName) {
}
