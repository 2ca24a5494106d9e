package org.warroom.posts;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Set;

/**
 * Looks at a file before it is attached: its type from its first bytes (a renamed .exe or a HEIC photo saved as
 * .jpg is caught here, not by the channel at send time), its size, and its SHA-256, read in one streaming pass.
 */
public final class Attachments {
    private static final String FIELD = "attachment";
    private static final String KNOWN = "JPEG, PNG, GIF, WebP, MP4, MOV or PDF";
    // ISO base media brands that are MP4 video; HEIC/AVIF photos and 3GP share the container but not the brand
    private static final Set<String> MP4_BRANDS = Set.of("isom", "iso2", "iso3", "iso4", "iso5", "iso6", "iso7",
            "iso8", "iso9", "mp41", "mp42", "mp71", "avc1", "dash", "M4V ", "M4VH", "M4VP", "mmp4", "MSNV", "f4v ");
    private static final int HEAD = 16;

    private Attachments() {
    }

    /**
     * Inspects {@code file}.
     *
     * @throws PostValidationException (field "attachment") if the file is missing, a folder, empty, unreadable, or
     *     of a type the composer cannot post
     */
    public static Attachment inspect(Path file) {
        String name = String.valueOf(file.getFileName());
        if (Files.isDirectory(file)) {
            throw new PostValidationException(FIELD, name + " is a folder, not a file.");
        }
        MessageDigest sha = sha256();
        byte[] head = new byte[HEAD];
        int headLength = 0;
        long bytes = 0;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[64 * 1024];
            for (int n; (n = in.read(buf)) > 0; ) {
                if (headLength < HEAD) {
                    int take = Math.min(n, HEAD - headLength);
                    System.arraycopy(buf, 0, head, headLength, take);
                    headLength += take;
                }
                sha.update(buf, 0, n);
                bytes += n;
            }
        } catch (NoSuchFileException e) {
            throw new PostValidationException(FIELD, name + " does not exist; it may have been moved or deleted.");
        } catch (AccessDeniedException e) {
            throw new PostValidationException(FIELD, name + " cannot be opened: permission denied.");
        } catch (IOException e) {
            throw new PostValidationException(FIELD, name + " could not be read (" + e.getClass().getSimpleName() + ").");
        }
        if (bytes == 0) {
            throw new PostValidationException(FIELD, name + " is empty (0 bytes).");
        }
        MediaType type = sniff(Arrays.copyOf(head, headLength), name);
        return new Attachment(file, type.mimeType(), bytes, HexFormat.of().formatHex(sha.digest()));
    }

    static MediaType sniff(byte[] h, String name) {
        if (starts(h, 0, 0xFF, 0xD8, 0xFF)) {
            return MediaType.JPEG;
        }
        if (starts(h, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return MediaType.PNG;
        }
        if (ascii(h, 0, "GIF87a") || ascii(h, 0, "GIF89a")) {
            return MediaType.GIF;
        }
        if (ascii(h, 0, "RIFF") && ascii(h, 8, "WEBP")) {
            return MediaType.WEBP;
        }
        if (ascii(h, 0, "%PDF-")) {
            return MediaType.PDF;
        }
        if (ascii(h, 4, "ftyp") && h.length >= 12) {
            String brand = new String(h, 8, 4, StandardCharsets.ISO_8859_1);
            if (brand.equals("qt  ")) {
                return MediaType.MOV;
            }
            if (MP4_BRANDS.contains(brand)) {
                return MediaType.MP4;
            }
            throw new PostValidationException(FIELD, name + " is an ISO media file of brand '" + brand.strip()
                    + "', not MP4 or MOV video (HEIC and AVIF photos need exporting as JPEG first).");
        }
        throw new PostValidationException(FIELD, name + " is not a " + KNOWN + " file, judged by its content rather "
                + "than its name.");
    }

    private static boolean starts(byte[] h, int at, int... expected) {
        if (h.length < at + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((h[at + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean ascii(byte[] h, int at, String s) {
        return starts(h, at, s.chars().toArray());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
