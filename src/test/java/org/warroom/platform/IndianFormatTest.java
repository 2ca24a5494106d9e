package org.warroom.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.warroom.platform.i18n.IndianFormat;

class IndianFormatTest {
    @Test
    void groupsNumbersTheIndianWay() {
        assertThat(IndianFormat.number(0)).isEqualTo("0");
        assertThat(IndianFormat.number(999)).isEqualTo("999");
        assertThat(IndianFormat.number(1000)).isEqualTo("1,000");
        assertThat(IndianFormat.number(27736)).isEqualTo("27,736");
        assertThat(IndianFormat.number(217200)).isEqualTo("2,17,200");
        assertThat(IndianFormat.number(138771)).isEqualTo("1,38,771");
        assertThat(IndianFormat.number(123456789)).isEqualTo("12,34,56,789");
        assertThat(IndianFormat.number(-1234567)).isEqualTo("-12,34,567");
    }

    @Test
    void lakhAndCrore() {
        assertThat(IndianFormat.compact(138771, false)).isEqualTo("1.39 lakh");
        assertThat(IndianFormat.compact(138771, true)).isEqualTo("1.39 लाख");
        assertThat(IndianFormat.compact(24_00_00_000L, false)).isEqualTo("24.00 crore");
        assertThat(IndianFormat.compact(2172, false)).isEqualTo("2,172");
    }

    @Test
    void datesAndPercents() {
        assertThat(IndianFormat.date(LocalDate.of(2026, 1, 5))).isEqualTo("05/01/2026");
        assertThat(IndianFormat.parseDate("05/01/2026")).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(IndianFormat.percent(0.4567)).isEqualTo("45.7%");
        assertThat(IndianFormat.percent(Double.NaN)).isEqualTo("—");
    }
}
