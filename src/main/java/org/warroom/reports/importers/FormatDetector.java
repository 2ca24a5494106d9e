package org.warroom.reports.importers;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Tells a report file's format from its first bytes: a zip or a chat header line is a WhatsApp export; a
 * {@code _submission_time} column in a ';'-separated, quoted header is KoboToolbox; {@code SubmissionDate} is ODK
 * Central; a {@code Timestamp} column whose first value carries "GMT" is a Google Forms download; else a plain CSV.
 */
public final class FormatDetector {
    private FormatDetector() {
    }

    public static ImportFormat detect(byte[] head) {
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && (head[2] == 3 || head[2] == 5) && (head[3] == 4 || head[3] == 6)) {
            return ImportFormat.WHATSAPP;
        }
        // lenient here: a bad byte is reported with its line by the reader of the detected format
        String text = new String(head, StandardCharsets.UTF_8);
        String[] lines = text.split("\r?\n", 3);
        String first = Marks.stripEdges(lines[0]);
        if (ChatHeader.match(first) != null) {
            return ImportFormat.WHATSAPP;
        }
        String lower = first.toLowerCase(Locale.ROOT);
        if (lower.contains("_submission_time")) {
            return ImportFormat.KOBO;
        }
        if (lower.contains("submissiondate")) {
            return ImportFormat.ODK;
        }
        if (lower.contains("timestamp") && lines.length > 1 && lines[1].contains("GMT")) {
            return ImportFormat.GOOGLE_FORMS;
        }
        return ImportFormat.CSV;
    }
}
