package org.warroom.posts;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.warroom.org.OrgService;
import org.warroom.org.Unit;
import org.warroom.platform.i18n.IndianFormat;
import org.warroom.posts.db.PostDao;

/**
 * Checks what the composer gives before anything is saved: the text, targets and channels, each body against each
 * chosen channel's limits, the attachments by their content, paid promotion's certificate, and a planned slot
 * (not past, not into a target's silence period). The first problem is refused with a message that names it.
 */
final class DraftChecker {
    /** What passed, ready to save: the text as stored, targets in the writer's order, inspected attachments. */
    record Checked(PostDao.Text text, Map<Unit, Set<Integer>> targets, Set<Channel> channels, List<Attachment> attachments) {
    }

    static final int TITLE_MAX = 200;
    static final int PRECERT_MAX = 60;

    private final OrgService org;
    private final TargetSeats seats;
    private final ChannelLimits limits;
    private final Supplier<DailySlots> slots;
    private final ElectionCalendarService calendar;
    private final Clock clock;

    DraftChecker(OrgService org, TargetSeats seats, ChannelLimits limits, Supplier<DailySlots> slots,
                 ElectionCalendarService calendar, Clock clock) {
        this.org = org;
        this.seats = seats;
        this.limits = limits;
        this.slots = slots;
        this.calendar = calendar;
        this.clock = clock;
    }

    Checked check(PostDraft d) {
        String title = strip(d.title());
        if (title == null) {
            throw new PostValidationException("title", "A post needs a title (the desk's name for it; it is not sent).");
        }
        if (title.length() > TITLE_MAX) {
            throw new PostValidationException("title", "The title is " + title.length() + " characters; at most "
                    + TITLE_MAX + ".");
        }
        String hi = strip(d.bodyHi());
        String en = strip(d.bodyEn());
        if (hi == null && en == null) {
            throw new PostValidationException("body", "The post has no text: write the body in Hindi, in English, or both.");
        }
        for (String body : new String[] {hi, en}) {
            if (body != null && body.length() > ChannelText.WHATSAPP_MAX) {
                throw new PostValidationException("body", "The text is " + IndianFormat.number(body.length())
                        + " characters; no channel takes more than " + IndianFormat.number(ChannelText.WHATSAPP_MAX) + ".");
            }
        }
        String category = strip(d.category());
        if (category == null) {
            throw new PostValidationException("category", "Choose a category.");
        }
        Map<Unit, Set<Integer>> targets = targets(d.targetUnitIds());
        if (d.channels().isEmpty()) {
            throw new PostValidationException("channels", "Choose at least one channel: WhatsApp, X or Facebook.");
        }
        List<Attachment> files = new ArrayList<>();
        for (Path p : d.attachments()) {
            files.add(Attachments.inspect(p));
        }
        limits(hi, en, d.channels(), files);
        paid(d);
        slot(d.slotDate(), d.slotNo(), targets);
        PostDao.Text text = new PostDao.Text(title, hi, en, category, d.slotDate(), d.slotNo(), d.paid(),
                d.paid() ? strip(d.precertNo()) : null, d.paid() ? d.precertDate() : null);
        return new Checked(text, targets, d.channels(), files);
    }

    /** Each target unit, in the order given, with the seats it reaches. */
    Map<Unit, Set<Integer>> targets(List<Long> ids) {
        if (ids.isEmpty()) {
            throw new PostValidationException("targets", "Choose at least one target: a booth group, a seat, a district, "
                    + "a region or the state.");
        }
        Set<Long> distinct = new LinkedHashSet<>(ids);
        Map<Long, Unit> found = new LinkedHashMap<>();
        org.units(distinct).forEach(r -> found.put(r.unit().id(), r.unit()));
        return targets(ids, found);
    }

    /** The same, with the units already read (releasing a slot's posts reads them all at once). */
    Map<Unit, Set<Integer>> targets(List<Long> ids, Map<Long, Unit> found) {
        Set<Long> distinct = new LinkedHashSet<>(ids);
        Map<Unit, Set<Integer>> out = new LinkedHashMap<>();
        for (long id : distinct) {
            Unit u = found.get(id);
            if (u == null) {
                throw new PostValidationException("targets", "There is no unit with id " + id
                        + "; the organisation tree may have been re-imported. Choose the targets again.");
            }
            out.put(u, seats.of(u));
        }
        return out;
    }

    private void limits(String hi, String en, Set<Channel> channels, List<Attachment> files) {
        Set<String> problems = new LinkedHashSet<>();
        for (Channel c : channels) {
            if (hi != null) {
                limits.check(c, hi, files).forEach(p -> problems.add(label(p, "Hindi", hi != null && en != null)));
            }
            if (en != null) {
                limits.check(c, en, files).forEach(p -> problems.add(label(p, "English", hi != null && en != null)));
            }
        }
        if (!problems.isEmpty()) {
            throw new PostValidationException(problems.stream().anyMatch(DraftChecker::aboutText) ? "body" : "attachment",
                    "Over a channel's limits: " + String.join("; ", problems) + ".");
        }
    }

    /** With both languages, say which text is too long; an attachment's problem is the same for both. */
    private static String label(LimitProblem p, String language, boolean both) {
        return both && aboutText(p.message()) ? p.message() + " (" + language + " text)" : p.message();
    }

    private static boolean aboutText(String problem) {
        return problem.contains(" characters") || problem.contains("invisible character");
    }

    private void paid(PostDraft d) {
        if (!d.paid()) {
            return;
        }
        String no = strip(d.precertNo());
        if (no == null || d.precertDate() == null) {
            throw new PostValidationException("precert", "Paid promotion is a political advertisement: it needs the "
                    + "pre-certification number and date from the Media Certification and Monitoring Committee.");
        }
        if (no.length() > PRECERT_MAX) {
            throw new PostValidationException("precert", "The pre-certification number is longer than " + PRECERT_MAX
                    + " characters.");
        }
        if (d.precertDate().isAfter(LocalDate.now(clock.withZone(IndianFormat.IST)))) {
            throw new PostValidationException("precert", "The pre-certification date "
                    + IndianFormat.date(d.precertDate()) + " is in the future.");
        }
    }

    /** A planned slot must be a real slot, still ahead, and not into a silence period of a whole target. */
    private void slot(LocalDate date, Integer slotNo, Map<Unit, Set<Integer>> targets) {
        if (date == null && slotNo == null) {
            return;
        }
        Instant at = slotInstant(date, slotNo);
        SilenceRule.Result r = SilenceRule.check(targets, Set.of(), calendar.silencePeriods(), at);
        if (r.refusal() != null) {
            throw new PostValidationException("slot", r.refusal());
        }
    }

    /** The moment of a slot, refused when the slot does not exist or is not ahead of now. */
    Instant slotInstant(LocalDate date, Integer slotNo) {
        if (date == null || slotNo == null) {
            throw new PostValidationException("slot", "Give both the date and the slot (1–" + DailySlots.COUNT + "), or neither.");
        }
        if (slotNo < 1 || slotNo > DailySlots.COUNT) {
            throw new PostValidationException("slot", "There is no slot " + slotNo + "; slots are numbered 1 to "
                    + DailySlots.COUNT + ".");
        }
        Instant at = ZonedDateTime.of(date, slots.get().slot(slotNo).time(), IndianFormat.IST).toInstant();
        String past = pastRefusal(date, slotNo, at, clock.instant());
        if (past != null) {
            throw new PostValidationException("slot", past);
        }
        return at;
    }

    /** Why a slot at {@code at} cannot be used at {@code now} (it is not ahead), or null when it is ahead. */
    static String pastRefusal(LocalDate date, int slotNo, Instant at, Instant now) {
        return at.isAfter(now) ? null : "Slot " + slotNo + " on " + IndianFormat.date(date) + " ("
                + SilenceRule.WHEN.format(at) + " IST) is in the past; it is now " + SilenceRule.WHEN.format(now)
                + " IST. Choose a later slot.";
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
