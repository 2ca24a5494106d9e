package org.warroom.reports.importers;

import java.util.Optional;
import org.warroom.reports.importers.ReportLine.Broken;
import org.warroom.reports.importers.ReportLine.Chatter;
import org.warroom.reports.importers.ReportLine.Report;

/**
 * Recognises a volunteer's report in a chat message, in Hindi or English and either digit system:
 * "बूथ 117: फॉरवर्ड 6, जोड़े 12, सदस्य 148" or "Booth 117: fwd 6 added 12 members 148" (docs/report-format.md).
 * A message that clearly means to be a report but breaks the format is {@link Broken}, with a reason to send
 * back; anything else is {@link Chatter}, even when it has numbers in it ("117 लोग रैली में आए").
 */
public final class ReportMessageParser {
    private static final int MAX_BOOTH = 9999;
    /** Two field keywords without a booth are a report that forgot its booth, not a chance remark. */
    private static final int FIELDS_WITHOUT_BOOTH = 2;

    /** What {@code message} is: a report, a broken report, or chatter. */
    public ReportLine parse(String message) {
        if (message == null || message.isBlank()) {
            return new Chatter();
        }
        ReportText text = ReportText.of(message);
        ReportHead head = ReportHead.read(text);
        if (head == null) {
            ReportFields fields = new ReportFields(text, 0);
            return fields.attempted >= FIELDS_WITHOUT_BOOTH
                    ? broken(null, "it has no booth number: start the report with \"बूथ 117:\" or \"Booth 117:\"")
                    : new Chatter();
        }
        ReportFields fields = new ReportFields(text, head.next());
        if (fields.attempted == 0) {
            return new Chatter();
        }
        boolean meant = head.explicit() || head.colon() || fields.attempted >= FIELDS_WITHOUT_BOOTH;
        Integer booth = head.booth() >= 1 && head.booth() <= MAX_BOOTH ? (int) head.booth() : null;
        String problem = null;
        if (booth == null) {
            problem = "the booth number must be from 1 to " + MAX_BOOTH + ", not " + head.booth();
        } else if (!fields.problems.isEmpty()) {
            problem = fields.problems.getFirst();
        } else if (!fields.unknown.isEmpty()) {
            problem = "\"" + String.join(" ", fields.unknown) + "\" is not part of the report format; "
                    + "write comments after \"feedback:\" (फीडबैक:)";
        }
        if (problem != null) {
            return meant ? broken(booth, problem) : new Chatter();
        }
        return new Report(new ParsedReport(head.seatNo(), head.seatName(), booth, fields.forwarded, fields.added,
                fields.members, fields.slots, fields.issues, fields.mood, fields.feedback));
    }

    /** The report in {@code message}, or empty for chatter and broken reports alike. */
    public Optional<ParsedReport> report(String message) {
        return parse(message) instanceof Report r ? Optional.of(r.report()) : Optional.empty();
    }

    private static Broken broken(Integer booth, String reason) {
        return new Broken(new ReportParseProblem(booth, reason));
    }
}
