package org.warroom.people.importers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.warroom.platform.io.StrictUtf8;

/** Reads a CSV file as strict UTF-8: a bad byte is an error with its line, never a silently replaced character. */
final class CsvText {
    /** Far more than any district's volunteer list; a bigger file is almost certainly the wrong file. */
    static final long MAX_BYTES = 20L * 1024 * 1024;

    private CsvText() {
    }

    static String read(Path file) {
        String name = String.valueOf(file.getFileName());
        try {
            if (Files.isDirectory(file)) {
                throw new ImportException(0, name + " is a folder, not a CSV file.");
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new ImportException(0, name + " is larger than 20 MB; a volunteer list is much smaller. "
                        + "Check that this is the right file, or split it.");
            }
            return decode(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new ImportException(0, "The file " + name + " does not exist.");
        } catch (IOException e) {
            throw new ImportException(0, "The file " + name + " could not be read (" + e.getClass().getSimpleName()
                    + "). Check that it is not open in another program.");
        }
    }

    static String decode(byte[] b) {
        try {
            return StrictUtf8.decode(b, "The file is empty. It needs a header line (seat, booth, name, phone, "
                    + "consent_date) and one line per volunteer.");
        } catch (StrictUtf8.NotUtf8 e) {
            throw new ImportException(e.line(), e.getMessage());
        }
    }
}
