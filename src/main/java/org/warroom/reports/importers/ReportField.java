package org.warroom.reports.importers;

import java.util.Locale;

/** What a column of a report table holds. */
public enum ReportField {
    /** The booth: a code (B-187-117) or its part number (with SEAT, or the volunteer's own seat). */
    BOOTH,
    /** The assembly seat number. */
    SEAT,
    /** The volunteer's mobile number. */
    PHONE,
    /** The volunteer's name (with BOOTH, when there is no phone column). */
    NAME,
    /** The day reported on (dd/mm/yyyy or yyyy-mm-dd). */
    DATE,
    /** When the form was submitted; its day in India is the report's day when there is no DATE column. */
    TIMESTAMP,
    FORWARDED,
    ADDED,
    /** The group's size now. */
    MEMBERS,
    SLOTS,
    ISSUES,
    MOOD,
    FEEDBACK,
    /** A column to leave out. */
    IGNORE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ReportField parse(String s) {
        String key = s.strip().toLowerCase(Locale.ROOT);
        for (ReportField f : values()) {
            if (f.label().equals(key)) {
                return f;
            }
        }
        return switch (key) {
            case "group_size", "groupsize", "group" -> MEMBERS;
            case "mobile" -> PHONE;
            case "fwd" -> FORWARDED;
            case "issue" -> ISSUES;
            case "slot" -> SLOTS;
            case "submitted", "submission_time" -> TIMESTAMP;
            case "skip", "none" -> IGNORE;
            default -> throw new IllegalArgumentException("\"" + s + "\" is not a report field; use one of booth, seat, phone, "
                    + "name, date, timestamp, forwarded, added, members, slots, issues, mood, feedback, ignore.");
        };
    }
}
