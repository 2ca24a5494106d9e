package org.warroom.reports.importers;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** The sample exports under src/test/resources/org/warroom/reports/whatsapp/, and zips built from them. */
final class ChatFixtures {
    static final String ANDROID_12H = "android-india-12h.txt";
    static final String IOS_12H = "ios-india-12h.txt";
    static final String ANDROID_24H = "android-24h.txt";
    static final String ANDROID_US = "android-us.txt";
    static final String[] ALL = {ANDROID_12H, IOS_12H, ANDROID_24H, ANDROID_US};

    private ChatFixtures() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = ChatFixtures.class.getResourceAsStream("/org/warroom/reports/whatsapp/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    static ChatParse parse(String text) {
        return parse(text.getBytes(StandardCharsets.UTF_8));
    }

    static ChatParse parse(byte[] bytes) {
        return new WhatsAppChatParser().parse(new ByteArrayInputStream(bytes));
    }

    /** A zip as WhatsApp makes it: entries in order, deflated unless {@code stored}. */
    static byte[] zip(Map<String, byte[]> entries, boolean stored) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (var e : entries.entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                if (stored) {
                    CRC32 crc = new CRC32();
                    crc.update(e.getValue());
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(e.getValue().length);
                    entry.setCrc(crc.getValue());
                }
                zip.putNextEntry(entry);
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A few bytes that pass for a JPEG in a listing. */
    static byte[] photo() {
        byte[] b = new byte[2048];
        new java.util.Random(7).nextBytes(b);
        b[0] = (byte) 0xFF;
        b[1] = (byte) 0xD8;
        return b;
    }
}
