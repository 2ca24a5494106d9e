package org.warroom.platform.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file whole or not at all: into a hidden file beside it, then moved into place in one step, so a failure
 * (a full disk, a crash) leaves the old file or none, never half of one. Problems come back as plain messages.
 */
public final class WholeFile {
    private WholeFile() {
    }

    /** What goes into the file. */
    public interface Content<T> {
        T writeTo(OutputStream out) throws IOException;
    }

    /**
     * @return what {@code content} returned
     * @throws IllegalArgumentException when the folder is missing or cannot be written, or the target is a folder
     */
    public static <T> T write(Path target, Content<T> content) {
        Path file = target.toAbsolutePath().normalize();
        Path dir = file.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new IllegalArgumentException("The folder " + dir + " does not exist; nothing was written.");
        }
        if (Files.isDirectory(file)) {
            throw new IllegalArgumentException(file + " is a folder; give a file name.");
        }
        Path tmp;
        try {
            tmp = Files.createTempFile(dir, "." + file.getFileName() + "-", ".part");
        } catch (AccessDeniedException e) {
            throw new IllegalArgumentException("The folder " + dir + " cannot be written to; nothing was written.", e);
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot write in " + dir + ": " + e.getMessage(), e);
        }
        try {
            T result;
            try (OutputStream out = Files.newOutputStream(tmp)) {
                result = content.writeTo(out);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return result;
        } catch (IOException e) {
            throw new IllegalArgumentException("Could not write " + file + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // the move took it, or the folder went away; nothing more to tidy
            }
        }
    }
}
