package org.warroom.platform.db;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * The key of an encrypted data folder, as H2 is given it. What the administrator types is stretched with Argon2id
 * (19 MiB, two passes, about 60 ms) into the file password H2 uses, because H2 itself derives its AES key with only
 * ten PBKDF2 rounds: each guess at a stolen file then costs an attacker that much work too. The salt is fixed (the
 * file needs nothing but the key to open, so a backup alone can be restored with it); H2 salts each file again.
 * Never printed: {@link #toString} hides it, and nothing here logs it (docs/decisions/0017-database-encryption.md).
 */
public final class DbKey {
    public static final int MIN_LENGTH = 10;
    public static final String ENV = "WARROOM_DB_KEY";
    private static final byte[] SALT = "war-room-console/h2-file-key/v1".getBytes(StandardCharsets.US_ASCII);
    private final char[] filePassword;

    private DbKey(char[] filePassword) {
        this.filePassword = filePassword;
    }

    /** Why this key may not be used for a new encryption, or null (only its length is checked, as for passwords). */
    public static String weakness(char[] key) {
        if (key == null || key.length < MIN_LENGTH) {
            return "A database key needs at least " + MIN_LENGTH + " characters (a short sentence is easy to remember "
                    + "and hard to guess).";
        }
        return key.length > 200 ? "A database key is at most 200 characters." : null;
    }

    /** Stretches the typed key (which the caller wipes) into H2's file password. */
    public static DbKey derive(char[] key) {
        if (key == null || key.length == 0) {
            throw new DbKeyException(DbKeyException.Reason.NEEDED, "The database key is empty.");
        }
        ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(key));
        byte[] in = Arrays.copyOf(bytes.array(), bytes.limit());
        Arrays.fill(bytes.array(), (byte) 0);
        Argon2BytesGenerator gen = new Argon2BytesGenerator();
        gen.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id).withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(19 * 1024).withIterations(2).withParallelism(1).withSalt(SALT).build());
        byte[] out = new byte[32];
        gen.generateBytes(in, out);
        Arrays.fill(in, (byte) 0);
        // hex: H2 splits "file password, space, user password" at the first space, so the file password has none
        char[] hex = HexFormat.of().formatHex(out).toCharArray();
        Arrays.fill(out, (byte) 0);
        return new DbKey(hex);
    }

    /** H2's password for a connection: the file password, a space, then the database user's password. */
    String h2Password(String userPassword) {
        return new String(filePassword) + " " + userPassword;
    }

    /** What a client that knows the key sends H2 to prove it (for {@link KeyProxy}). */
    byte[] fileHash() {
        return org.h2.security.SHA256.getKeyPasswordHash("file", filePassword.clone());
    }

    /** The key bytes a client that knows the key hands H2 after the handshake (H2 uses them for its temporary files). */
    byte[] fileEncryptionKey() {
        return org.h2.store.fs.encrypt.FilePathEncrypt.getPasswordBytes(filePassword);
    }

    /** For H2's ChangeFileEncryption tool; the caller wipes the copy. */
    char[] filePassword() {
        return filePassword.clone();
    }

    @Override
    public String toString() {
        return "DbKey[hidden]";
    }
}
