package org.warroom.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PhoneNumbersTest {
    @Test
    void normalisesIndianMobilesWrittenAnyWay() {
        for (String s : new String[] {"98765 43210", "+91 98765 43210", "+91-98765-43210", "09876543210", "919876543210", "(98765) 43210"}) {
            assertThat(PhoneNumbers.normalizeMobile(s)).as(s).isEqualTo("+919876543210");
        }
    }

    @Test
    void refusesLandlinesAndNonsenseWithAReason() {
        assertThatThrownBy(() -> PhoneNumbers.normalizeMobile("0522 2234567")).hasMessageContaining("not a mobile");
        assertThatThrownBy(() -> PhoneNumbers.normalizeMobile("12345")).hasMessageContaining("Not a valid number");
        assertThatThrownBy(() -> PhoneNumbers.normalizeMobile("")).hasMessageContaining("required");
        assertThatThrownBy(() -> PhoneNumbers.normalizeMobile("call me")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> PhoneNumbers.normalizeMobile("+44 7700 900123")).hasMessageContaining("+91");
    }

    @Test
    void theMessageNeverRepeatsTheNumber() {
        assertThatThrownBy(() -> PhoneNumbers.normalizeMobile("0522 2234567")).message().doesNotContain("2234567");
    }

    @Test
    void demoNumbersAreNeverValidIndianNumbers() {
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        SplittableRandom rnd = new SplittableRandom(3);
        for (int i = 0; i < 2000; i++) {
            String demo = PhoneNumbers.demo(rnd.nextLong(100_000_000L));
            assertThat(PhoneNumbers.isDemo(demo)).isTrue();
            assertThatThrownBy(() -> PhoneNumbers.normalizeMobile(demo)).isInstanceOf(ValidationException.class);
            assertThat(util.isValidNumber(parse(util, demo))).as(demo).isFalse();
        }
    }

    @Test
    void masksAllButTheLastFour() {
        assertThat(PhoneNumbers.mask("+919876543210")).isEqualTo("+91 ••••• •3210").doesNotContain("98765");
        assertThat(PhoneNumbers.mask(null)).isEqualTo("—");
        assertThat(PhoneNumbers.display("+919876543210")).isEqualTo("+91 98765 43210");
    }

    private static com.google.i18n.phonenumbers.Phonenumber.PhoneNumber parse(PhoneNumberUtil u, String s) {
        try {
            return u.parse(s, "IN");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
