package org.warroom.platform.i18n;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Numbers in Indian grouping (2,17,200), lakh and crore, percentages and dates as people in India write them. */
public final class IndianFormat {
    public static final ZoneId IST = ZoneId.of("Asia/Kolkata");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private IndianFormat() {
    }

    /** 217200 → "2,17,200"; -1234567 → "-12,34,567". */
    public static String number(long n) {
        if (n < 0) {
            return "-" + number(-n);
        }
        String s = Long.toString(n);
        if (s.length() <= 3) {
            return s;
        }
        StringBuilder b = new StringBuilder();
        String head = s.substring(0, s.length() - 3);
        for (int i = 0; i < head.length(); i++) {
            b.append(head.charAt(i));
            int left = head.length() - i - 1;
            if (left > 0 && left % 2 == 0) {
                b.append(',');
            }
        }
        return b.append(',').append(s, s.length() - 3, s.length()).toString();
    }

    /** 138771 → "1.39 lakh" (or "1.39 लाख"); under a lakh, the plain grouped number. */
    public static String compact(long n, boolean hindi) {
        if (n >= 1_00_00_000L) {
            return String.format("%.2f %s", n / 1e7, hindi ? "करोड़" : "crore");
        }
        if (n >= 1_00_000L) {
            return String.format("%.2f %s", n / 1e5, hindi ? "लाख" : "lakh");
        }
        return number(n);
    }

    /** 0.4567 → "45.7%"; NaN (nothing to measure) → "—". */
    public static String percent(double rate) {
        return Double.isNaN(rate) ? "—" : String.format("%.1f%%", rate * 100);
    }

    public static String date(LocalDate d) {
        return d == null ? "—" : DATE.format(d);
    }

    public static LocalDate parseDate(String s) {
        return LocalDate.parse(s.trim(), DATE);
    }
}
