package org.warroom.posts;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The media folder: attachments copied in under their SHA-256 ({@code <sha256>.<ext>}), so the same clip attached
 * to fifty posts is kept once and a file is never half-written (copied to a temporary name, then moved).
 */
final class MediaStore {
    private final Path dir;

    MediaStore(Path dir) {
        this.dir = dir;
    }

    Path dir() {
        return dir;
    }

    Path resolve(String storedPath) {
        return dir.resolve(storedPath);
    }

    /** Copies an inspected file in (unless it is there already) and checks that it did not change meanwhile. */
    StoredAttachment store(Attachment a, int ordinal, String fileName) {
        String stored = a.sha256() + "." + extension(a.mimeType());
        Path target = dir.resolve(stored);
        try {
            Files.createDirectories(dir);
            if (Files.isRegularFile(target) && Files.size(target) == a.bytes()) {
                return new StoredAttachment(ordinal, a.sha256(), a.mimeType(), a.bytes(), stored, fileName);
            }
            Path tmp = Files.createTempFile(dir, ".incoming-", ".tmp");
            try {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                try (InputStream in = Files.newInputStream(a.file());
                     OutputStream out = new DigestOutputStream(Files.newOutputStream(tmp), sha)) {
                    in.transferTo(out);
                }
                if (!HexFormat.of().formatHex(sha.digest()).equals(a.sha256())) {
                    throw new PostValidationException("attachment", a.name() + " changed while it was being attached; "
                            + "attach it again.");
                }
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new PostValidationException("attachment", a.name() + " could not be copied into the media folder "
                    + dir + " (" + e.getClass().getSimpleName() + "); check the disk space and the folder's permissions.");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        return new StoredAttachment(ordinal, a.sha256(), a.mimeType(), a.bytes(), stored, fileName);
    }

    static String extension(String mime) {
        return switch (MediaType.ofMimeType(mime).orElseThrow(() -> new IllegalArgumentException("unknown type " + mime))) {
            case JPEG -> "jpg";
            case PNG -> "png";
            case GIF -> "gif";
            case WEBP -> "webp";
            case MP4 -> "mp4";
            case MOV -> "mov";
            case PDF -> "pdf";
        };
    }

    /** Copies the attachments in; a file passed back from the media folder keeps the name it was attached under. */
    List<StoredAttachment> storeAll(List<Attachment> inspected, List<Path> given, List<StoredAttachment> existing) {
        Map<String, String> nameOf = new HashMap<>();
        existing.forEach(a -> nameOf.put(a.storedPath(), a.fileName()));
        Path home = dir.toAbsolutePath().normalize();
        List<StoredAttachment> out = new ArrayList<>();
        for (int i = 0; i < inspected.size(); i++) {
            Attachment a = inspected.get(i);
            Path from = given.get(i).toAbsolutePath().normalize();
            String name = home.equals(from.getParent()) ? nameOf.getOrDefault(a.name(), a.name()) : a.name();
            out.add(store(a, i + 1, name));
        }
        return out;
    }
}
