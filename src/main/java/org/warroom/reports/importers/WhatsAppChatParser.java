package org.warroom.reports.importers;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a WhatsApp "Export chat" file, a .txt or a .zip holding the chat's .txt and its media, from Android or
 * iOS, in any of their date and clock styles, into chat entries. Bad lines are listed; a file that cannot be a
 * chat export raises {@link ChatImportException}. Reads line by line, so a chat of any length streams through.
 */
public final class WhatsAppChatParser {
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final byte[] EMPTY_ZIP_MAGIC = {'P', 'K', 5, 6};

    /**
     * Parses an export file; a zip is recognised by its content, not its name.
     *
     * @throws ChatImportException when the file as a whole cannot be read (the message says why and what to do)
     */
    public ChatParse parse(Path file) {
        String name = String.valueOf(file.getFileName());
        if (Files.isDirectory(file)) {
            throw new ChatImportException(0, name + " is a folder; choose the .txt or .zip that WhatsApp exported.");
        }
        try {
            if (isZip(file)) {
                return ChatZip.read(file, this::parse);
            }
            try (InputStream in = Files.newInputStream(file)) {
                return parse(in, "The file " + name, new ArrayList<>());
            }
        } catch (NoSuchFileException e) {
            throw new ChatImportException(0, "The file " + name + " does not exist.");
        } catch (IOException e) {
            throw new ChatImportException(0, "The file " + name + " could not be read (" + e.getClass().getSimpleName()
                    + "). Check that it is not open in another program.");
        }
    }

    /**
     * Parses the text of a chat export (UTF-8 bytes, not a zip).
     *
     * @throws ChatImportException when the text as a whole cannot be read
     */
    public ChatParse parse(InputStream text) {
        try {
            return parse(text, "The chat", new ArrayList<>());
        } catch (IOException e) {
            throw new ChatImportException(0, "The chat could not be read (" + e.getClass().getSimpleName() + ").");
        }
    }

    private ChatParse parse(InputStream in, String what, List<String> notes) throws IOException {
        ChatAssembler assembler = new ChatAssembler(what);
        // Utf8Lines reads in 64 KB blocks itself, so no BufferedInputStream is needed
        long lines = new Utf8Lines().read(in, what, assembler);
        return assembler.finish(lines, notes);
    }

    private static boolean isZip(Path file) throws IOException {
        byte[] head = new byte[4];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, 4);
        }
        return n == 4 && (Arrays.equals(head, ZIP_MAGIC) || Arrays.equals(head, EMPTY_ZIP_MAGIC));
    }
}
