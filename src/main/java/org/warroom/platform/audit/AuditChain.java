package org.warroom.platform.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * The audit chain's arithmetic (docs/decisions/0010-audit-chain.md): {@code hash = SHA-256(previous hash, 32 bytes |
 * each field length-prefixed)}, the first row chained to {@link #GENESIS}. A field is a 4-byte big-endian length and
 * its UTF-8 bytes, or the length -1 for NULL; numbers are decimal text; {@code at} is
 * {@code yyyy-MM-ddTHH:mm:ss.SSSSSS}. Hashes are stored as 64 lower-case hex digits.
 */
public final class AuditChain {
    /** What the first row chains to. */
    public static final String GENESIS = "0".repeat(64);
    static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS");
    private static final HexFormat HEX = HexFormat.of();

    private AuditChain() {
    }

    /** The hash of {@code row} following a row whose hash is {@code previous} (hex). */
    public static String hash(String previous, ChainedRow row) {
        MessageDigest md = sha256();
        md.update(HEX.parseHex(previous));
        field(md, Long.toString(row.seq()));
        field(md, row.at() == null ? null : AT.format(row.at()));
        field(md, row.actor());
        field(md, row.desk());
        field(md, row.action());
        field(md, row.entity());
        field(md, row.entityId() == null ? null : row.entityId().toString());
        field(md, row.before());
        field(md, row.after());
        return HEX.formatHex(md.digest());
    }

    /** True when {@code s} could be a stored hash: 64 lower-case hex digits. */
    public static boolean wellFormed(String s) {
        if (s == null || s.length() != 64) {
            return false;
        }
        for (int i = 0; i < 64; i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    private static void field(MessageDigest md, String value) {
        if (value == null) {
            length(md, -1);
            return;
        }
        byte[] b = value.getBytes(StandardCharsets.UTF_8);
        length(md, b.length);
        md.update(b);
    }

    private static void length(MessageDigest md, int n) {
        md.update((byte) (n >>> 24));
        md.update((byte) (n >>> 16));
        md.update((byte) (n >>> 8));
        md.update((byte) n);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
