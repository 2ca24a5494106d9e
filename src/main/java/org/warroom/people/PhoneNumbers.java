package org.warroom.people;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Indian mobile numbers, validated and normalised by libphonenumber: only type MOBILE is accepted.
 * Demo data uses +91 50xxxxxxxx, a range libphonenumber knows is not allocated, so it can never reach a person.
 */
public final class PhoneNumbers {
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    public static final String DEMO_PREFIX = "+9150";

    private PhoneNumbers() {
    }

    /** Normalises to E.164 (+91XXXXXXXXXX) or throws with a reason a person understands (the number is not echoed). */
    public static String normalizeMobile(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new ValidationException("phone", "A mobile number is required.");
        }
        PhoneNumber n;
        try {
            n = UTIL.parse(raw.trim(), "IN");
        } catch (NumberParseException e) {
            throw new ValidationException("phone", "Not a phone number: " + e.getErrorType().name().toLowerCase().replace('_', ' ') + ".");
        }
        if (n.getCountryCode() != 91) {
            throw new ValidationException("phone", "Only Indian mobile numbers (+91) are accepted.");
        }
        if (!UTIL.isValidNumber(n)) {
            throw new ValidationException("phone", "Not a valid number in India's numbering plan.");
        }
        PhoneNumberType type = UTIL.getNumberType(n);
        // libphonenumber cannot tell some Indian series apart and calls them FIXED_LINE_OR_MOBILE: those are mobiles too
        if (type != PhoneNumberType.MOBILE && type != PhoneNumberType.FIXED_LINE_OR_MOBILE) {
            throw new ValidationException("phone", "This is a " + type.name().toLowerCase().replace('_', ' ')
                    + " number, not a mobile: WhatsApp groups need a mobile number.");
        }
        return UTIL.format(n, PhoneNumberFormat.E164);
    }

    /** Whether typed text is this stored number (its last ten digits), however it was spaced or prefixed. */
    public static boolean sameDigits(String raw, String e164) {
        if (raw == null || e164 == null) {
            return false;
        }
        String d = raw.replaceAll("\\D", "");
        return d.length() >= 10 && e164.endsWith(d.substring(d.length() - 10));
    }

    /** The E.164 form, or null when the text is not an Indian mobile number (for comparing, not for saving). */
    public static String normalizeOrNull(String raw) {
        try {
            return raw == null || raw.isBlank() ? null : normalizeMobile(raw);
        } catch (ValidationException e) {
            return null;
        }
    }

    /** The synthetic number with this index (0..99,999,999): +91 50 followed by eight digits. */
    public static String demo(long index) {
        if (index < 0 || index >= 100_000_000L) {
            throw new IllegalArgumentException("demo phone index out of range");
        }
        return DEMO_PREFIX + String.format("%08d", index);
    }

    public static boolean isDemo(String e164) {
        return e164 != null && e164.startsWith(DEMO_PREFIX) && e164.length() == 13;
    }

    /** Shown on screen: "+91 ••••• •3210"; never the whole number unless the role needs it. */
    public static String mask(String e164) {
        if (e164 == null || e164.length() < 4) {
            return "—";
        }
        return "+91 ••••• •" + e164.substring(e164.length() - 4);
    }

    /** The whole number grouped for reading: +91 98765 43210. */
    public static String display(String e164) {
        if (e164 == null || e164.length() != 13) {
            return e164 == null ? "—" : e164;
        }
        return e164.substring(0, 3) + " " + e164.substring(3, 8) + " " + e164.substring(8);
    }
}
