package org.warroom.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.warroom.platform.i18n.IndianFormat;

/** Moments and dates on the command line: ISO 8601, read as IST when no offset is given; printed in IST. */
final class CliTime {
    private CliTime() {
    }

    /** "2027-02-18T18:01+05:30", "2027-02-18T12:31Z", or "2027-02-18T18:01" (IST). */
    static Instant instant(String option, String s) {
        String v = s.strip();
        try {
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(v).atZone(IndianFormat.IST).toInstant();
            } catch (DateTimeParseException e2) {
                throw new IllegalArgumentException(option + ": \"" + s + "\" is not a moment; write it like "
                        + "2027-02-18T18:01+05:30 (or without +05:30 for IST).");
            }
        }
    }

    /** "2027-01-08" or "08/01/2027". */
    static LocalDate date(String option, String s) {
        String v = s.strip();
        try {
            return v.contains("/") ? IndianFormat.parseDate(v) : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + ": \"" + s + "\" is not a date; write it like 2027-01-08 or 08/01/2027.");
        }
    }

    /** The moment in IST, ISO 8601 with its offset: "2027-02-18T18:01:00+05:30". */
    static String iso(Instant at) {
        return at == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.atZone(IndianFormat.IST).toOffsetDateTime());
    }

    /** "18/02/2027 18:01 IST", for people. */
    static String human(Instant at) {
        return at == null ? "—" : DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(IndianFormat.IST).format(at) + " IST";
    }
}
