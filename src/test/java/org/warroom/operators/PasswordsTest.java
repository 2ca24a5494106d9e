package org.warroom.operators;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordsTest {
    @Test
    void argon2idHashesVerifyOnlyTheirOwnPasswordAndAreSaltedEachTime() {
        char[] pw = "सही घोड़ा बैटरी स्टेपल".toCharArray();
        String a = Passwords.hash(pw);
        String b = Passwords.hash(pw);
        assertThat(a).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").isNotEqualTo(b);
        assertThat(a).doesNotContain("घोड़ा");
        assertThat(Passwords.verify(pw, a)).isTrue();
        assertThat(Passwords.verify(pw, b)).isTrue();
        assertThat(Passwords.verify("सही घोड़ा बैटरी स्टेपल ".toCharArray(), a)).isFalse();
        assertThat(Passwords.verify("".toCharArray(), a)).isFalse();
        // a flipped character of the stored hash, a truncated one, garbage and nothing: all simply "no"
        String flipped = a.substring(0, a.length() - 2) + (a.charAt(a.length() - 2) == 'A' ? 'B' : 'A') + a.charAt(a.length() - 1);
        assertThat(Passwords.verify(pw, flipped)).isFalse();
        assertThat(Passwords.verify(pw, a.substring(0, 30))).isFalse();
        assertThat(Passwords.verify(pw, "$argon2id$v=19$m=99999999,t=1,p=1$AAAA$AAAA")).isFalse();
        assertThat(Passwords.verify(pw, null)).isFalse();
    }

    /** An unknown name at login is checked against a fixed hash: it must verify, with the parameters new hashes get. */
    @Test
    void theHashForUnknownNamesVerifiesAndHasTheParametersOfANewHash() {
        assertThat(Passwords.verify(OperatorService.DUMMY_PASSWORD.toCharArray(), OperatorService.DUMMY)).isTrue();
        String fresh = Passwords.hash("a fresh one, twelve".toCharArray());
        assertThat(parameters(OperatorService.DUMMY)).isEqualTo(parameters(fresh)).startsWith("$argon2id$");
    }

    /** "$argon2id$v=19$m=…,t=…,p=…": everything before the salt. */
    private static String parameters(String phc) {
        int hash = phc.lastIndexOf('$');
        return phc.substring(0, phc.lastIndexOf('$', hash - 1));
    }

    @Test
    void onlyLengthMakesAPasswordWeak() {
        assertThat(Passwords.weakness("short".toCharArray())).contains("at least 10");
        assertThat(Passwords.weakness(null)).contains("at least 10");
        assertThat(Passwords.weakness("all lower case words".toCharArray())).isNull();
    }
}
