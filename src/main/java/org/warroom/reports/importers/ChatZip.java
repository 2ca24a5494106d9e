package org.warroom.reports.importers;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The chat inside an export zip (the chat's .txt plus its media). ZipFile reads the directory at the end of the
 * file, so a zip cut short in a download is refused whole, and the chat's checksum is verified before parsing so a
 * damaged entry is reported as a damaged zip rather than as bad text.
 */
final class ChatZip {
    private ChatZip() {
    }

    interface TextParser {
        ChatParse parse(InputStream in, String what, List<String> notes) throws IOException;
    }

    static ChatParse read(Path file, TextParser parser) {
        String name = String.valueOf(file.getFileName());
        try (ZipFile zip = new ZipFile(file.toFile())) {
            List<String> notes = new ArrayList<>();
            ZipEntry chat = chatEntry(zip, name, notes);
            String what = "The chat " + baseName(chat.getName()) + " in " + name;
            if (chat.getSize() > Utf8Lines.MAX_BYTES) {
                throw new ChatImportException(0, what + " is larger than 256 MB, far more than any group's chat.");
            }
            verify(zip, chat, name);
            try (InputStream in = zip.getInputStream(chat)) {
                return parser.parse(in, what, notes);
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            // ZipException, EOFException, a malformed entry name: the file is damaged; the JDK's wording helps nobody
            throw damaged(name);
        }
    }

    private static ZipEntry chatEntry(ZipFile zip, String name, List<String> notes) {
        List<ZipEntry> chats = new ArrayList<>();
        List<ZipEntry> texts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (ZipEntry e : Collections.list(zip.entries())) {
            String base = baseName(e.getName());
            if (e.isDirectory() || e.getName().startsWith("__MACOSX/") || base.startsWith("._")) {
                continue;
            }
            names.add(base);
            String lower = base.toLowerCase(Locale.ROOT);
            if (lower.equals("_chat.txt") || (lower.startsWith("whatsapp chat") && lower.endsWith(".txt"))) {
                chats.add(e);
            } else if (lower.endsWith(".txt")) {
                texts.add(e);
            }
        }
        // iOS names the chat _chat.txt, Android after the group; prefer iOS's name when a zip somehow has both
        chats.sort(Comparator.comparing(e -> !baseName(e.getName()).equalsIgnoreCase("_chat.txt")));
        if (!chats.isEmpty()) {
            if (chats.size() > 1) {
                notes.add("The zip holds " + chats.size() + " chats; only " + baseName(chats.getFirst().getName()) + " was read.");
            }
            return chats.getFirst();
        }
        if (texts.size() == 1) {
            notes.add("The zip has no _chat.txt; its only text file, " + baseName(texts.getFirst().getName()) + ", was read.");
            return texts.getFirst();
        }
        String listed = names.isEmpty() ? "nothing" : names.size() + (names.size() == 1 ? " file: " : " files, such as ")
                + String.join(", ", names.subList(0, Math.min(3, names.size())));
        throw new ChatImportException(0, name + " holds no WhatsApp chat (_chat.txt or \"WhatsApp Chat with ….txt\"); "
                + "it holds " + listed + ". Export the chat again from WhatsApp and import the zip or .txt it makes.");
    }

    private static void verify(ZipFile zip, ZipEntry chat, String name) throws IOException {
        if (chat.getCrc() == -1) {
            return;
        }
        try (CheckedInputStream in = new CheckedInputStream(zip.getInputStream(chat), new CRC32())) {
            byte[] buf = new byte[64 * 1024];
            long total = 0;
            for (int n; (n = in.read(buf)) != -1; ) {
                total += n;
                if (total > Utf8Lines.MAX_BYTES) {
                    throw new ChatImportException(0, "The chat in " + name + " is larger than 256 MB, "
                            + "far more than any group's chat.");
                }
            }
            if (in.getChecksum().getValue() != chat.getCrc()) {
                throw damaged(name);
            }
        }
    }

    private static String baseName(String entry) {
        return entry.substring(entry.lastIndexOf('/') + 1);
    }

    private static ChatImportException damaged(String name) {
        return new ChatImportException(0, name + " is damaged or incomplete (cut short while downloading or copying?), "
                + "so it cannot be opened as a zip. Copy or export it again and import the new file.");
    }
}
