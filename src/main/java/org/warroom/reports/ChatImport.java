package org.warroom.reports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.warroom.reports.db.QueueRow;
import org.warroom.reports.db.VolunteerRef;
import org.warroom.reports.importers.AuthorKind;
import org.warroom.reports.importers.ChatMessage;
import org.warroom.reports.importers.ChatParse;
import org.warroom.reports.importers.LineError;
import org.warroom.reports.importers.ParsedReport;
import org.warroom.reports.importers.ReportLine;
import org.warroom.reports.importers.ReportMessageParser;

/**
 * A WhatsApp export into reports and the review queue. Each typed message in the report format becomes a report
 * of the volunteer who sent it: found by the sender's number, or by the sender's name when it is unique among the
 * active volunteers of the named booth (within the seat if the report names one, and within the import's scope).
 * Everything else typed is queued with the reason; notices, media and deleted messages are counted.
 */
final class ChatImport {
    private final ImportRun run;
    private final ReportMessageParser parser = new ReportMessageParser();
    private final Map<String, List<Integer>> seatsByName = new HashMap<>();

    ChatImport(ImportRun run) {
        this.run = run;
    }

    /** Processes every entry, checking {@code cancelled} between batches; false when cancelled. */
    boolean run(ChatParse chat, int batch, Progress progress, BooleanSupplier cancelled) {
        for (LineError e : chat.errors()) {
            run.total++;
            run.error(e.line(), e.reason());
        }
        List<ChatMessage> all = chat.messages();
        long total = all.size();
        for (int i = 0; i < all.size(); i++) {
            if (i % batch == 0) {
                // roll-up deltas wait for the end: updating the state's row now would lock it for the whole import
                progress.at(i, total);
                if (cancelled.getAsBoolean()) {
                    return false;
                }
            }
            one(all.get(i));
        }
        run.writer.flush();
        progress.at(total, total);
        return !cancelled.getAsBoolean();
    }

    private void one(ChatMessage m) {
        run.total++;
        switch (m.kind()) {
            case SYSTEM -> run.system++;
            case MEDIA_OMITTED, ATTACHMENT, DELETED -> run.media++;
            case TEXT -> text(m);
        }
    }

    private void text(ChatMessage m) {
        String key = ImportRun.sha256("wa\u001F" + m.at() + "\u001F" + m.author() + "\u001F" + m.text());
        if (run.duplicate(key, m.line())) {
            return;
        }
        VolunteerRef byPhone = phoneAuthor(m).orElse(null);
        ReportLine line = parser.parse(m.text());
        switch (line) {
            case ReportLine.Report r -> report(m, key, r.report(), byPhone);
            case ReportLine.Broken b -> queue(m, key, "not a readable report: " + b.reason(), byPhone, null);
            case ReportLine.Chatter c -> queue(m, key, "not in the report format", byPhone, null);
        }
    }

    private void report(ChatMessage m, String key, ParsedReport r, VolunteerRef byPhone) {
        List<Integer> seats = null;
        if (r.seatNo() != null) {
            seats = List.of(r.seatNo());
        } else if (r.seatName() != null) {
            seats = seatsByName.computeIfAbsent(r.seatName(), n -> run.reports.seatNumbersNamed(n.toLowerCase(Locale.ROOT), n));
            if (seats.isEmpty()) {
                queue(m, key, "no assembly seat is named \"" + r.seatName() + "\"", byPhone, null);
                return;
            }
        }
        Match match = m.authorKind() == AuthorKind.PHONE ? byNumber(m, r, seats, byPhone) : byName(m, r, seats);
        if (match.problem() != null) {
            queue(m, key, match.problem(), match.volunteer() != null ? match.volunteer() : byPhone, match.boothId());
            return;
        }
        VolunteerRef v = match.volunteer();
        ReportDraft d = new ReportDraft(v.id(), v.unitId(), m.at().toLocalDate(), r.slots(), r.forwarded(), r.added(), r.members(),
                r.issues(), r.mood(), r.feedback());
        String refused = run.save(v, d, ReportSource.WHATSAPP, m.text(), key);
        if (refused == ImportRun.ALREADY) {
            run.alreadyImported(m.line());
        } else if (refused != null) {
            queue(m, key, refused, v, v.unitId());
        }
    }

    private record Match(VolunteerRef volunteer, Long boothId, String problem) {
        static Match problem(String p) {
            return new Match(null, null, p);
        }
    }

    private Match byNumber(ChatMessage m, ParsedReport r, List<Integer> seats, VolunteerRef v) {
        if (v == null) {
            return Match.problem(Phones.normalize(m.author()) == null ? "the sender's number is not an Indian mobile number"
                    : "no volunteer has the sender's number (" + ImportRun.masked(m.author()) + "); attach the message to a volunteer");
        }
        String who = v.name() + " (" + ImportRun.masked(v.phone()) + ")";
        if (!v.active()) {
            return new Match(v, null, who + " is marked inactive");
        }
        if (!v.boothVolunteer()) {
            return new Match(v, null, who + " is not a booth IT volunteer");
        }
        if (v.unitNumber() == null || v.unitNumber() != r.boothPart()) {
            return new Match(v, null, who + "'s booth is " + v.unitCode() + ", but the report names booth " + r.boothPart());
        }
        Integer seat = ImportRun.seatOf(v.unitCode());
        if (seats != null && !seats.contains(seat)) {
            return new Match(v, null, who + "'s booth is in seat " + seat + ", but the report names seat "
                    + (r.seatNo() != null ? r.seatNo() : r.seatName()));
        }
        return new Match(v, v.unitId(), null);
    }

    private Match byName(ChatMessage m, ParsedReport r, List<Integer> seats) {
        String name = m.author() == null ? "" : m.author().strip();
        if (name.isEmpty()) {
            return Match.problem("the message has no sender");
        }
        List<VolunteerRef> found = new ArrayList<>(run.reports.boothVolunteersNamed(r.boothPart(), run.scopePrefix,
                name.toLowerCase(Locale.ROOT)));
        if (seats != null) {
            found.removeIf(v -> !seats.contains(ImportRun.seatOf(v.unitCode())));
        }
        String where = "booth " + r.boothPart() + (seats == null ? "" : " of seat " + (r.seatNo() != null ? r.seatNo() : r.seatName()));
        if (found.isEmpty()) {
            return Match.problem("no active booth volunteer named \"" + name + "\" at " + where
                    + "; attach the message to the volunteer or turn it into a report by hand");
        }
        if (found.size() > 1) {
            return Match.problem(found.size() + " volunteers named \"" + name + "\" have " + where + " ("
                    + String.join(", ", found.stream().map(VolunteerRef::unitCode).toList())
                    + "); the report should name the seat (AC 187 booth 117), or turn it into a report by hand");
        }
        return new Match(found.getFirst(), found.getFirst().unitId(), null);
    }

    private Optional<VolunteerRef> phoneAuthor(ChatMessage m) {
        if (m.authorKind() != AuthorKind.PHONE) {
            return Optional.empty();
        }
        String e164 = Phones.normalize(m.author());
        return e164 == null ? Optional.empty() : run.volunteerByPhone(e164);
    }

    private void queue(ChatMessage m, String key, String reason, VolunteerRef v, Long boothId) {
        String author = m.authorKind() == AuthorKind.PHONE ? ImportRun.masked(m.author()) : m.author();
        String text = m.text().length() > 8000 ? m.text().substring(0, 7999) + "…" : m.text();
        run.enqueue(new QueueRow(0, key, run.importId, m.line(), clip(author, 200), m.authorKind() == null ? null : m.authorKind().name(),
                m.at(), text, clip(reason, 500), boothId, "OPEN", v == null ? null : v.id(), null));
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    /** Where the import is, for a progress bar. */
    interface Progress {
        void at(long done, long total);
    }
}
