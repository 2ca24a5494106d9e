package org.warroom.reports.importers;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Splits a byte stream into lines and decodes each strictly as UTF-8, so that a bad byte is reported with its
 * line instead of being replaced by "?" in a volunteer's report. Lines end at LF or CRLF; a UTF-8 BOM is skipped.
 */
final class Utf8Lines {
    /** A year of a 150-member booth group is a few MB; anything near this is not a chat, or is a zip bomb. */
    static final long MAX_BYTES = 256L * 1024 * 1024;

    /** Receives each decoded line; {@code seenHeader} lets the reader say "not a chat" rather than "not UTF-8". */
    interface Sink {
        void line(long number, String text);

        boolean seenHeader();
    }

    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private byte[] line = new byte[256];
    private int length;
    private long number;
    private long total;

    /** Feeds every line of {@code in} to {@code sink} and returns the number of lines. */
    long read(InputStream in, String what, Sink sink) throws IOException {
        byte[] buf = new byte[64 * 1024];
        for (int n; (n = in.read(buf)) != -1; ) {
            total += n;
            if (total > MAX_BYTES) {
                throw new ChatImportException(0, what + " is larger than 256 MB, far more than any group's chat. "
                        + "Check that this is a WhatsApp chat export.");
            }
            for (int i = 0; i < n; i++) {
                if (buf[i] == '\n') {
                    emit(sink, what);
                } else {
                    append(buf[i]);
                }
            }
        }
        if (length > 0) {
            emit(sink, what);
        }
        return number;
    }

    /** Where line 1's text starts: after a UTF-8 BOM; UTF-16 is refused here, before its NULs confuse anyone. */
    private int start(byte[] b, int n, String what) {
        if (n >= 2 && ((b[0] == (byte) 0xFF && b[1] == (byte) 0xFE) || (b[0] == (byte) 0xFE && b[1] == (byte) 0xFF))) {
            throw new ChatImportException(0, what + " is saved as UTF-16, but WhatsApp exports are UTF-8: "
                    + "another program has re-saved it. Export the chat from WhatsApp again and import that file.");
        }
        return n >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF ? 3 : 0;
    }

    private void append(byte b) {
        if (length == line.length) {
            line = Arrays.copyOf(line, length * 2);
        }
        line[length++] = b;
    }

    private void emit(Sink sink, String what) {
        number++;
        int end = length > 0 && line[length - 1] == '\r' ? length - 1 : length;
        length = 0;
        int from = number == 1 ? start(line, end, what) : 0;
        boolean ascii = true;
        for (int i = from; i < end; i++) {
            if (line[i] == 0) {
                throw notText(sink, what, 0, "contains NUL bytes (a UTF-16 or binary file?)");
            }
            ascii &= line[i] >= 0;
        }
        if (ascii) {
            sink.line(number, new String(line, from, end - from, StandardCharsets.ISO_8859_1));
            return;
        }
        try {
            CharBuffer chars = decoder.reset().decode(ByteBuffer.wrap(line, from, end - from));
            sink.line(number, chars.toString());
        } catch (CharacterCodingException e) {
            throw notText(sink, what, firstBadByte(from, end), null);
        }
    }

    private int firstBadByte(int from, int end) {
        ByteBuffer in = ByteBuffer.wrap(line, from, end - from);
        CharBuffer out = CharBuffer.allocate(end - from);
        decoder.reset().decode(in, out, true);
        return in.position() < end ? line[in.position()] & 0xFF : 0;
    }

    private ChatImportException notText(Sink sink, String what, int badByte, String detail) {
        String why = detail != null ? detail : String.format("is not UTF-8 text (byte 0x%02X)", badByte);
        if (!sink.seenHeader()) {
            return new ChatImportException(number, "this " + why + ", and no WhatsApp message came before it: "
                    + what + " is not a WhatsApp chat export. In WhatsApp open the group, choose "
                    + "More > Export chat, and import the .txt or .zip it makes.");
        }
        return new ChatImportException(number, "this line " + why + ". WhatsApp writes exports in UTF-8, so another "
                + "program has re-saved " + what + " (as ANSI or Windows-1252?). Export the chat from WhatsApp again.");
    }
}
