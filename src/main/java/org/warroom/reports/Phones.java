package org.warroom.reports;

import org.warroom.people.PhoneNumbers;
import org.warroom.people.ValidationException;

/**
 * A reporter's number as the volunteer table keeps it (E.164). Real numbers go through libphonenumber; the demo
 * range +91 50… that libphonenumber rightly refuses is accepted too, so demo databases can be reported on.
 */
final class Phones {
    private Phones() {
    }

    /** The E.164 number, or null when {@code raw} is not a usable Indian mobile number. */
    static String normalize(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return PhoneNumbers.normalizeMobile(raw);
        } catch (ValidationException e) {
            String digits = asciiDigits(raw).replaceAll("[^0-9]", "");
            if (digits.length() == 12 && digits.startsWith("91")) {
                digits = digits.substring(2);
            } else if (digits.length() == 11 && digits.startsWith("0")) {
                digits = digits.substring(1);
            }
            String e164 = "+91" + digits;
            return digits.length() == 10 && PhoneNumbers.isDemo(e164) ? e164 : null;
        }
    }

    static String asciiDigits(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> b.append(Character.isDigit(cp) ? (char) ('0' + Character.digit(cp, 10)) : Character.toString(cp)));
        return b.toString();
    }
}
