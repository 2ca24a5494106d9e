package org.warroom.platform.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes an imported text file as strict UTF-8 (a BOM is fine): a bad byte is an error with its line, never a
 * silently replaced character, and UTF-16 or NUL bytes are named as such. Importers turn the error into their own.
 */
public final class StrictUtf8 {
    private static final String SAVE_AS = "Open it in Excel or LibreOffice and save it as \"CSV UTF-8 (comma delimited)\", "
            + "then import it again.";

    /** The bytes are not UTF-8 text: the line they fail on (0 for the whole file) and why, worded for a person. */
    public static final class NotUtf8 extends RuntimeException {
        private final long line;

        NotUtf8(long line, String message) {
            super(message);
            this.line = line;
        }

        public long line() {
            return line;
        }
    }

    private StrictUtf8() {
    }

    /** The text of {@code b}; {@code emptyMessage} says what an empty file should have held. */
    public static String decode(byte[] b, String emptyMessage) {
        if (b.length == 0) {
            throw new NotUtf8(0, emptyMessage);
        }
        if (b.length >= 2 && ((b[0] == (byte) 0xFF && b[1] == (byte) 0xFE) || (b[0] == (byte) 0xFE && b[1] == (byte) 0xFF))) {
            throw new NotUtf8(0, "The file is saved as UTF-16 (\"Unicode text\"), not UTF-8. " + SAVE_AS);
        }
        int start = b.length >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF ? 3 : 0;
        for (int i = start; i < b.length; i++) {
            // valid UTF-8 allows NUL, but a text CSV never holds one: it is UTF-16 without a BOM, or not text at all
            if (b[i] == 0) {
                throw new NotUtf8(lineAt(b, i), "the file contains NUL bytes, so it is not a UTF-8 text file "
                        + "(perhaps UTF-16, or a spreadsheet .xlsx). " + SAVE_AS);
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b, start, b.length - start);
        // UTF-8 never decodes to more chars than it has bytes
        CharBuffer out = CharBuffer.allocate(b.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int at = Math.min(in.position(), b.length - 1);
            throw new NotUtf8(lineAt(b, at), String.format("this line is not UTF-8 text (byte 0x%02X). "
                    + "The file was probably saved as ANSI or Windows-1252. ", b[at] & 0xFF) + SAVE_AS);
        }
        out.flip();
        return out.toString();
    }

    /** The physical line holding byte {@code pos}: a '\n' byte never occurs inside a UTF-8 sequence. */
    private static long lineAt(byte[] b, int pos) {
        long line = 1;
        for (int i = 0; i < pos; i++) {
            if (b[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
