package org.warroom.reports;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.warroom.org.UnitKind;
import org.warroom.people.ValidationException;
import org.warroom.operators.Access;
import org.warroom.operators.Principal;
import org.warroom.platform.audit.Actor;
import org.warroom.platform.audit.AuditLog;
import org.warroom.reports.db.QueueDao;
import org.warroom.reports.db.QueueRow;
import org.warroom.reports.db.ReportDao;
import org.warroom.reports.db.ReportRow;
import org.warroom.reports.db.RollupDao;
import org.warroom.reports.db.VolunteerRef;
import org.warroom.reports.importers.AuthorKind;

/**
 * Volunteer reports: quick entry, feedback, the review queue, and what charts and the missing list read.
 * Every write validates first, then saves, rolls the difference up the tree and appends an audit row, all in one
 * transaction. Reads come from the roll-up and the coverage summary; only the missing list touches reports, through
 * an index, for one day.
 */
public final class ReportService {
    private final Jdbi jdbi;
    private final AuditLog audit;
    private final Access access;
    private final Clock clock;

    /** Acting as {@code actor} with every right: for tools and tests; the console passes its {@link Access}. */
    public ReportService(Jdbi jdbi, AuditLog audit, Actor actor, Clock clock) {
        this(jdbi, audit, new Access(Principal.open(actor.name()), actor.desk()), clock);
    }

    public ReportService(Jdbi jdbi, AuditLog audit, Access access, Clock clock) {
        this.jdbi = jdbi;
        this.audit = audit;
        this.access = access;
        this.clock = clock;
    }

    /** Today in India, by the injected clock. */
    public LocalDate today() {
        return ReportRules.today(clock);
    }

    /**
     * Volunteers for quick entry: by mobile number (any common way of writing it) or by the start of their name or
     * of any word of it, among active booth volunteers under {@code scopeUnitId} (null: everywhere).
     * {@code reported} tells whether each has reported today.
     */
    public List<VolunteerMatch> findVolunteers(String query, Long scopeUnitId, int limit) {
        // a NUL is in no name, and PostgreSQL refuses it in any text
        String q = query == null ? "" : query.replace('\u0000', ' ').strip();
        if (q.isEmpty() || limit <= 0) {
            return List.of();
        }
        return jdbi.withHandle(h -> {
            ReportDao dao = h.attach(ReportDao.class);
            String prefix = scopeUnitId == null ? "/%" : UnitInfo.of(h, scopeUnitId).path() + "%";
            List<VolunteerRef> found;
            long digits = Phones.asciiDigits(q).chars().filter(Character::isDigit).count();
            if (digits >= 10) {
                String phone = Phones.normalize(q);
                found = phone == null ? List.of() : dao.volunteerByPhone(phone)
                        .filter(v -> v.boothVolunteer() && v.active() && v.unitPath().startsWith(prefix.substring(0, prefix.length() - 1)))
                        .map(List::of).orElse(List.of());
            } else {
                String lower = q.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
                found = dao.boothVolunteersByName(prefix, lower + "%", "% " + lower + "%", limit);
            }
            if (found.isEmpty()) {
                return List.of();
            }
            Set<Long> reported = new HashSet<>(dao.reportedAmong(today(), found.stream().map(VolunteerRef::id).toList()));
            return found.stream().map(v -> new VolunteerMatch(v.id(), v.name(), org.warroom.people.PhoneNumbers.mask(v.phone()),
                    v.unitId(), v.unitCode(), v.unitName(), reported.contains(v.id()))).toList();
        });
    }

    /**
     * Saves a typed report. A second report for the same volunteer and day is merged into the first (the fields it
     * gives replace the earlier ones); the roll-up of the booth and every unit above it changes in the same transaction.
     *
     * @throws ValidationException naming the field at fault; nothing was saved
     */
    public SavedReport add(ReportDraft draft) {
        ReportRules.check(draft, clock);
        return jdbi.inTransaction(h -> {
            ReportWriter.Candidate c = candidate(h, draft, ReportSource.TYPED, null, null);
            access.requireChange(h, c.boothId());
            ReportWriter writer = new ReportWriter(h, access.actor().name(), clock, null);
            ReportWriter.Saved saved = writer.save(c);
            writer.flush();
            VolunteerReport report = read(h, saved.reportId());
            boolean merged = saved.result() == ReportWriter.Result.MERGED;
            audit.record(h, access.actor(), merged ? "MERGE" : "ADD", "report", report.id(), null, describe(report));
            return new SavedReport(report, merged);
        });
    }

    /**
     * Records a volunteer's "forwarded" acknowledgement of a daily slot: sets that slot in their report of the day (a
     * new report holding only the slot when they have none yet). It goes through the same writer as a typed report,
     * so the booth's and every ancestor's roll-up count the slot at once. Acknowledging a slot twice changes nothing.
     *
     * @throws ValidationException for an unknown or inactive volunteer, a future day or a slot outside 1–6
     */
    public SavedReport acknowledge(long volunteerId, LocalDate day, int slotNo) {
        ReportRules.check(new ReportDraft(volunteerId, null, day, Set.of(slotNo), null, null, null, Set.of(), null, null), clock);
        return jdbi.inTransaction(h -> {
            ReportDao dao = h.attach(ReportDao.class);
            VolunteerRef v = dao.volunteer(volunteerId)
                    .orElseThrow(() -> new ValidationException("volunteer", "There is no volunteer with id " + volunteerId + "."));
            Optional<ReportRow> old = dao.find(day, volunteerId, v.unitId());
            Set<Integer> slots = new java.util.TreeSet<>(old.map(r -> Masks.slots(r.slotsMask())).orElse(Set.of()));
            if (!slots.add(slotNo)) {
                return new SavedReport(read(h, old.orElseThrow().id()), true);
            }
            ReportDraft d = new ReportDraft(volunteerId, null, day, slots, null, null, null, Set.of(), null, null);
            access.requireChange(h, v.unitId());
            ReportWriter writer = new ReportWriter(h, access.actor().name(), clock, null);
            ReportWriter.Saved saved = writer.save(candidate(v, d, ReportSource.TYPED, null, null));
            writer.flush();
            VolunteerReport report = read(h, saved.reportId());
            audit.record(h, access.actor(), "ACKNOWLEDGE", "report", report.id(), old.map(r -> "slots=" + Masks.slots(r.slotsMask())).orElse(null),
                    "volunteer=" + volunteerId + "; day=" + day + "; slot=" + slotNo + "; slots=" + report.slots());
            return new SavedReport(report, saved.result() == ReportWriter.Result.MERGED);
        });
    }

    /** The checked report of a draft: its volunteer active at a booth, and the booth theirs. */
    static ReportWriter.Candidate candidate(Handle h, ReportDraft d, ReportSource source, String text, String key) {
        VolunteerRef v = h.attach(ReportDao.class).volunteer(d.volunteerId())
                .orElseThrow(() -> new ValidationException("volunteer", "There is no volunteer with id " + d.volunteerId() + "."));
        return candidate(v, d, source, text, key);
    }

    /** The same, for a volunteer the caller has already read. */
    static ReportWriter.Candidate candidate(VolunteerRef v, ReportDraft d, ReportSource source, String text, String key) {
        if (!v.active()) {
            throw new ValidationException("volunteer", v.name() + " is marked inactive; make them active before recording a report.");
        }
        if (!v.boothVolunteer()) {
            throw new ValidationException("volunteer", v.name() + " is not a booth IT volunteer; daily reports come from booths.");
        }
        if (d.boothId() != null && d.boothId() != v.unitId()) {
            throw new ValidationException("booth", v.name() + "'s booth is " + v.unitCode()
                    + "; a report is for the volunteer's own booth.");
        }
        return new ReportWriter.Candidate(v.id(), v.unitId(), d, source, text, key);
    }

    public Optional<VolunteerReport> report(long id) {
        return jdbi.withHandle(h -> h.attach(ReportDao.class).byId(id).map(ReportService::toReport));
    }

    /** The volunteer's report for a day, if any (their own booth). */
    public Optional<VolunteerReport> reportOf(long volunteerId, LocalDate day) {
        return jdbi.withHandle(h -> h.attach(ReportDao.class).volunteer(volunteerId)
                .flatMap(v -> h.attach(ReportDao.class).find(day, volunteerId, v.unitId()))
                .map(ReportService::toReport));
    }

    public long countReports() {
        return jdbi.withExtension(ReportDao.class, ReportDao::count);
    }

    /** Saves a booth's twice-weekly feedback; a second entry for the same half-week replaces the first. */
    public void saveBoothFeedback(BoothFeedbackDraft d) {
        checkFeedback(d.day(), d.feedback());
        jdbi.useTransaction(h -> {
            booth(h, d.boothId());
            access.requireChange(h, d.boothId());
            Long vol = d.volunteerId();
            LocalDateTime now = LocalDateTime.now(clock.withZone(ReportRules.IST));
            int changed = h.createUpdate("UPDATE booth_feedback SET volunteer_id = :vol, mood = :mood, issues_mask = :issues, "
                            + "feedback = :fb, created_at = :at, operator = :op WHERE booth_id = :booth AND week_start = :week AND half_no = :half")
                    .bind("vol", vol).bind("mood", d.mood() == null ? null : d.mood().name()).bind("issues", Masks.issues(d.issues()))
                    .bind("fb", d.feedback()).bind("at", now).bind("op", access.actor().name()).bind("booth", d.boothId())
                    .bind("week", d.weekStart()).bind("half", d.half()).execute();
            if (changed == 0) {
                h.createUpdate("INSERT INTO booth_feedback (booth_id, week_start, half_no, volunteer_id, mood, issues_mask, feedback, "
                                + "created_at, operator) VALUES (:booth, :week, :half, :vol, :mood, :issues, :fb, :at, :op)")
                        .bind("vol", vol).bind("mood", d.mood() == null ? null : d.mood().name()).bind("issues", Masks.issues(d.issues()))
                        .bind("fb", d.feedback()).bind("at", now).bind("op", access.actor().name()).bind("booth", d.boothId())
                        .bind("week", d.weekStart()).bind("half", d.half()).execute();
            }
            audit.record(h, access.actor(), changed == 0 ? "ADD" : "EDIT", "booth_feedback", d.boothId(), null,
                    "week=" + d.weekStart() + "; half=" + d.half() + "; mood=" + d.mood());
        });
    }

    /** How many booths under a unit gave feedback in the half-week holding {@code day}. */
    public BoothFeedbackStatus boothFeedbackStatus(long unitId, LocalDate day) {
        BoothFeedbackDraft probe = new BoothFeedbackDraft(0, day, null, null, null, null);
        return jdbi.withHandle(h -> {
            UnitInfo unit = UnitInfo.of(h, unitId);
            int with = 0;
            for (UnitInfo root : UnitInfo.pathRoots(h, unit)) {
                with += h.createQuery("SELECT COUNT(*) FROM booth_feedback f JOIN unit b ON b.id = f.booth_id "
                                + "WHERE f.week_start = :week AND f.half_no = :half AND b.path LIKE :prefix")
                        .bind("week", probe.weekStart()).bind("half", probe.half()).bind("prefix", root.path() + "%")
                        .mapTo(Integer.class).one();
            }
            return new BoothFeedbackStatus(unitId, probe.weekStart(), probe.half(), unit.booths(), with);
        });
    }

    /**
     * Booths under a unit still to give the twice-weekly feedback of the half-week holding {@code day}, by mandal and
     * part number, at most {@code limit} of them (the count of all of them is {@link #boothFeedbackStatus}).
     */
    public List<BoothToAsk> boothsWithoutFeedback(long unitId, LocalDate day, int limit) {
        BoothFeedbackDraft probe = new BoothFeedbackDraft(0, day, null, null, null, null);
        return jdbi.withHandle(h -> {
            List<BoothToAsk> out = new java.util.ArrayList<>();
            for (UnitInfo root : UnitInfo.pathRoots(h, UnitInfo.of(h, unitId))) {
                out.addAll(h.createQuery("SELECT b.id, b.code, b.name_en, b.name_hi, m.name_en AS m_en, m.name_hi AS m_hi "
                                + "FROM unit b JOIN unit s ON s.id = b.parent_id JOIN unit m ON m.id = s.parent_id "
                                + "WHERE b.kind = 'BOOTH' AND b.path LIKE :prefix AND NOT EXISTS (SELECT 1 FROM booth_feedback f "
                                + "WHERE f.booth_id = b.id AND f.week_start = :week AND f.half_no = :half) "
                                + "ORDER BY m.name_en, b.number FETCH FIRST :limit ROWS ONLY")
                        .bind("prefix", root.path() + "%").bind("week", probe.weekStart()).bind("half", probe.half())
                        .bind("limit", limit - out.size())
                        .map((rs, ctx) -> new BoothToAsk(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getString(6))).list());
                if (out.size() >= limit) {
                    break;
                }
            }
            return List.copyOf(out);
        });
    }

    /** Saves feedback before or after a plan's work at a booth; a second one for the same phase replaces it. */
    public void savePlanFeedback(PlanFeedbackDraft d) {
        if (d.plan() == null || d.plan().isBlank() || d.plan().strip().length() > 120) {
            throw new ValidationException("plan", "Name the plan (up to 120 characters).");
        }
        if (d.phase() == null) {
            throw new ValidationException("phase", "Say whether this is before or after the plan's work.");
        }
        checkFeedback(d.day(), d.feedback());
        String plan = d.plan().strip();
        jdbi.useTransaction(h -> {
            booth(h, d.boothId());
            access.requireChange(h, d.boothId());
            LocalDateTime now = LocalDateTime.now(clock.withZone(ReportRules.IST));
            h.createUpdate("DELETE FROM plan_feedback WHERE plan_name = :plan AND booth_id = :booth AND plan_phase = :phase")
                    .bind("plan", plan).bind("booth", d.boothId()).bind("phase", d.phase().name()).execute();
            h.createUpdate("INSERT INTO plan_feedback (plan_name, booth_id, plan_phase, volunteer_id, feedback_date, mood, "
                            + "issues_mask, feedback, created_at, operator) VALUES (:plan, :booth, :phase, :vol, :day, :mood, :issues, :fb, :at, :op)")
                    .bind("plan", plan).bind("booth", d.boothId()).bind("phase", d.phase().name()).bind("vol", d.volunteerId())
                    .bind("day", d.day()).bind("mood", d.mood() == null ? null : d.mood().name())
                    .bind("issues", Masks.issues(d.issues())).bind("fb", d.feedback()).bind("at", now).bind("op", access.actor().name())
                    .execute();
            audit.record(h, access.actor(), "ADD", "plan_feedback", d.boothId(), null, "plan=" + plan + "; phase=" + d.phase());
        });
    }

    private void checkFeedback(LocalDate day, String feedback) {
        if (day == null || day.isAfter(today())) {
            throw new ValidationException("day", day == null ? "Give the date." : "The date " + day + " is in the future.");
        }
        if (feedback != null && feedback.length() > ReportRules.MAX_FEEDBACK) {
            throw new ValidationException("feedback", "Feedback is longer than " + ReportRules.MAX_FEEDBACK + " characters.");
        }
    }

    private static void booth(Handle h, long boothId) {
        UnitInfo u = UnitInfo.of(h, boothId);
        if (u.kind() != org.warroom.org.UnitKind.BOOTH) {
            throw new ValidationException("booth", u.code() + " is not a booth.");
        }
    }

    /** Active booth volunteers under a unit with no report on {@code day}, grouped by district and mandal. */
    public MissingList missing(long unitId, LocalDate day) {
        return jdbi.withHandle(h -> MissingFinder.find(h, unitId, day));
    }

    /**
     * Writes the missing list as CSV (UTF-8 with a BOM, so Excel shows Hindi names); phones masked unless asked, and
     * always masked for a role that does not call volunteers (leadership, auditors).
     */
    public void exportMissingCsv(MissingList list, Path file, boolean wholePhones) {
        MissingListExport.csv(list, file, wholePhones && access.current().seesPhones());
    }

    /** Writes the missing list as an Excel workbook, one row per volunteer; phones as for the CSV. */
    public void exportMissingXlsx(MissingList list, Path file, boolean wholePhones) {
        MissingListExport.xlsx(list, file, wholePhones && access.current().seesPhones());
    }

    /** A unit's reporting day by day, {@code from} to {@code to} inclusive; days without reports are zero. */
    public List<DayRollup> rollup(long unitId, LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            throw new ValidationException("day", "The first day " + from + " is after the last " + to + ".");
        }
        return jdbi.withHandle(h -> RollupReader.series(h, unitId, from, to));
    }

    /** The unit's children with their reporting rate on {@code day}, worst first. */
    public List<UnitRate> childrenRanking(long unitId, LocalDate day) {
        return jdbi.withHandle(h -> RollupReader.ranking(h, unitId, day));
    }

    /** Every unit of one kind (assembly seats, districts, Lok Sabha seats) with its reporting rate on {@code day}. */
    public List<UnitRate> ratesOfKind(UnitKind kind, LocalDate day) {
        return jdbi.withHandle(h -> RollupReader.ofKind(h, kind, day));
    }

    /** Children × the last {@code days} days up to today. */
    public Heatmap heatmap(long unitId, int days) {
        LocalDate to = today();
        return heatmap(unitId, to.minusDays(Math.max(1, days) - 1L), to);
    }

    public Heatmap heatmap(long unitId, LocalDate from, LocalDate to) {
        return jdbi.withHandle(h -> RollupReader.heatmap(h, unitId, from, to));
    }

    /** How many reports under the unit said each slot was forwarded that day. */
    public SlotTotals slotTotals(long unitId, LocalDate day) {
        return jdbi.withHandle(h -> h.attach(RollupDao.class).one(unitId, day).map(RollupReader::slots).orElse(SlotTotals.NONE));
    }

    /** Of these booths, the ones with at least one report on {@code day} (to mark the others in the tree). */
    public Set<Long> reportedToday(Collection<Long> boothIds, LocalDate day) {
        if (boothIds.isEmpty()) {
            return Set.of();
        }
        List<Long> ids = List.copyOf(boothIds);
        return jdbi.withHandle(h -> {
            Set<Long> out = new HashSet<>();
            for (int i = 0; i < ids.size(); i += 1000) {
                out.addAll(h.attach(RollupDao.class).reporting(day, ids.subList(i, Math.min(ids.size(), i + 1000))));
            }
            return out;
        });
    }

    public List<QueuedMessage> queue(QueueStatus status, int limit) {
        return jdbi.withHandle(h -> h.attach(QueueDao.class).byStatus(status.name(), limit).stream().map(ReportService::toQueued).toList());
    }

    public long queueCount(QueueStatus status) {
        return jdbi.withHandle(h -> h.attach(QueueDao.class).count(status.name()));
    }

    public Optional<QueuedMessage> queued(long id) {
        return jdbi.withHandle(h -> h.attach(QueueDao.class).byId(id).map(ReportService::toQueued));
    }

    /**
     * Turns a queued message into a report with the fields the operator read from it; the message's text is kept as
     * the report's original text. Merges like any report of the same volunteer and day.
     */
    public SavedReport reportFromQueue(long queueId, ReportDraft draft) {
        ReportRules.check(draft, clock);
        return jdbi.inTransaction(h -> {
            QueueRow q = open(h, queueId);
            ReportWriter.Candidate c = candidate(h, draft, ReportSource.WHATSAPP, q.text(), null);
            access.requireChange(h, c.boothId());
            ReportWriter writer = new ReportWriter(h, access.actor().name(), clock, q.importId());
            ReportWriter.Saved saved = writer.save(c);
            writer.flush();
            decide(h, queueId, QueueStatus.REPORTED, c.volunteerId(), saved.reportId());
            VolunteerReport report = read(h, saved.reportId());
            audit.record(h, access.actor(), "REPORT", "review_queue", queueId, null, describe(report));
            return new SavedReport(report, saved.result() == ReportWriter.Result.MERGED);
        });
    }

    /** Links a queued message to a volunteer without making a report. */
    public QueuedMessage attach(long queueId, long volunteerId) {
        return jdbi.inTransaction(h -> {
            open(h, queueId);
            VolunteerRef v = h.attach(ReportDao.class).volunteer(volunteerId)
                    .orElseThrow(() -> new ValidationException("volunteer", "There is no volunteer with id " + volunteerId + "."));
            access.requireChange(h, v.unitId());
            decide(h, queueId, QueueStatus.ATTACHED, v.id(), null);
            audit.record(h, access.actor(), "ATTACH", "review_queue", queueId, null, "volunteer=" + v.id());
            return toQueued(h.attach(QueueDao.class).byId(queueId).orElseThrow());
        });
    }

    /** Closes a queued message with nothing to keep from it. */
    public QueuedMessage dismiss(long queueId) {
        return jdbi.inTransaction(h -> {
            open(h, queueId);
            access.requireChange(h, List.of());
            decide(h, queueId, QueueStatus.DISMISSED, null, null);
            audit.record(h, access.actor(), "DISMISS", "review_queue", queueId, null, null);
            return toQueued(h.attach(QueueDao.class).byId(queueId).orElseThrow());
        });
    }

    private QueueRow open(Handle h, long queueId) {
        QueueRow q = h.attach(QueueDao.class).byId(queueId)
                .orElseThrow(() -> new ValidationException("queue", "There is no queued message " + queueId + "."));
        if (!q.status().equals(QueueStatus.OPEN.name())) {
            throw new ValidationException("queue", "This message was already handled (" + q.status().toLowerCase(Locale.ROOT)
                    + "); reload the queue.");
        }
        return q;
    }

    private void decide(Handle h, long queueId, QueueStatus status, Long volunteerId, Long reportId) {
        if (h.attach(QueueDao.class).decide(queueId, status.name(), volunteerId, reportId,
                LocalDateTime.now(clock.withZone(ReportRules.IST)), access.actor().name()) != 1) {
            throw new org.warroom.people.ConflictException("Another desk handled this message first; reload the queue.");
        }
    }

    private static VolunteerReport read(Handle h, long id) {
        return toReport(h.attach(ReportDao.class).byId(id).orElseThrow());
    }

    static VolunteerReport toReport(ReportRow r) {
        return new VolunteerReport(r.id(), r.volunteerId(), r.boothId(), r.reportDate(), Masks.slots(r.slotsMask()), r.forwarded(),
                r.added(), r.groupSize(), Masks.issues(r.issuesMask()), Masks.mood(r.mood()), r.feedback(),
                ReportSource.valueOf(r.source()), r.originalText(), r.version());
    }

    static QueuedMessage toQueued(QueueRow q) {
        return new QueuedMessage(q.id(), q.importId(), q.line(), q.author(), q.authorKind() == null ? null : AuthorKind.valueOf(q.authorKind()),
                q.sentAt(), q.text(), q.reason(), q.boothId(), QueueStatus.valueOf(q.status()), q.volunteerId(), q.reportId());
    }

    /** What the audit keeps of a report: no phone, no feedback text. */
    private static String describe(VolunteerReport r) {
        return "volunteer=" + r.volunteerId() + "; booth=" + r.boothId() + "; day=" + r.day() + "; fwd=" + r.forwarded()
                + "; added=" + r.added() + "; members=" + r.groupSize() + "; slots=" + r.slots() + "; source=" + r.source();
    }
}
