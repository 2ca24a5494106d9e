package org.warroom.operators;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Password hashing with Argon2id (Bouncy Castle), stored as the usual PHC string
 * {@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>}. The cost is OWASP's minimum for Argon2id (19 MiB, two
 * passes, one lane): about 60 ms on these machines, paid at each login and never while working. A stored hash keeps
 * its own parameters, so raising the cost later still verifies old hashes. Clear passwords are taken as char
 * arrays and wiped after use; they are never stored, logged or put in an exception message.
 */
public final class Passwords {
    public static final int MIN_LENGTH = 10;
    private static final int MEMORY_KIB = 19 * 1024;
    private static final int ITERATIONS = 2;
    private static final int LANES = 1;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern PHC = Pattern.compile(
            "^\\$argon2id\\$v=19\\$m=(\\d{1,7}),t=(\\d{1,3}),p=(\\d{1,2})\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)$");

    private Passwords() {
    }

    /** Why this password may not be used, or null: the only rule is length (NIST 800-63B), no composition rules. */
    public static String weakness(char[] password) {
        if (password == null || password.length < MIN_LENGTH) {
            return "A password needs at least " + MIN_LENGTH + " characters (a short sentence is easy to remember).";
        }
        if (password.length > 200) {
            return "A password is at most 200 characters.";
        }
        return null;
    }

    /** A new salted Argon2id hash of the password. */
    public static String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] out = derive(password, salt, MEMORY_KIB, ITERATIONS, LANES, HASH_BYTES);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return "$argon2id$v=19$m=" + MEMORY_KIB + ",t=" + ITERATIONS + ",p=" + LANES + "$" + b64.encodeToString(salt)
                + "$" + b64.encodeToString(out);
    }

    /** Whether the password matches the stored hash; false for a missing or malformed hash. Constant-time compare. */
    public static boolean verify(char[] password, String stored) {
        if (password == null || stored == null) {
            return false;
        }
        Matcher m = PHC.matcher(stored);
        if (!m.matches()) {
            return false;
        }
        int memory = Integer.parseInt(m.group(1));
        int iterations = Integer.parseInt(m.group(2));
        int lanes = Integer.parseInt(m.group(3));
        if (memory < 8 * lanes || memory > 4 * 1024 * 1024 || iterations < 1 || lanes < 1) {
            return false;
        }
        byte[] salt = Base64.getDecoder().decode(m.group(4));
        byte[] expected = Base64.getDecoder().decode(m.group(5));
        byte[] actual = derive(password, salt, memory, iterations, lanes, expected.length);
        return MessageDigest.isEqual(expected, actual);
    }

    private static byte[] derive(char[] password, byte[] salt, int memoryKib, int iterations, int lanes, int length) {
        Argon2Parameters params = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(memoryKib).withIterations(iterations).withParallelism(lanes).withSalt(salt).build();
        Argon2BytesGenerator gen = new Argon2BytesGenerator();
        gen.init(params);
        byte[] pw = utf8(password);
        byte[] out = new byte[length];
        try {
            gen.generateBytes(pw, out);
        } finally {
            Arrays.fill(pw, (byte) 0);
        }
        return out;
    }

    private static byte[] utf8(char[] password) {
        ByteBuffer b = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] out = new byte[b.remaining()];
        b.get(out);
        if (b.hasArray()) {
            Arrays.fill(b.array(), (byte) 0);
        }
        return out;
    }
}
