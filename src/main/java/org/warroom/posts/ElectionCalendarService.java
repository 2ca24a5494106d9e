package org.warroom.posts;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.warroom.platform.audit.Actor;
import org.warroom.platform.audit.AuditLog;
import org.warroom.posts.db.CalendarDao;

/**
 * The election calendar: each assembly seat's poll date and closing hour (from which its silence period follows)
 * and the date the Model Code of Conduct began. An import replaces the whole calendar in one transaction or not at
 * all. The silence windows are cached; every import bumps a revision in the database, so a desk in another process
 * sees a new calendar on its next check, not after a restart.
 */
public final class ElectionCalendarService {
    private final Jdbi jdbi;
    private final AuditLog audit;
    private final Actor actor;
    private volatile Cached cached;

    private record Cached(long revision, List<PollPhase> phases, SilencePeriods periods) {
    }

    public ElectionCalendarService(Jdbi jdbi, AuditLog audit, Actor actor) {
        this.jdbi = jdbi;
        this.audit = audit;
        this.actor = actor;
    }

    /**
     * Reads the poll calendar CSV ({@code ac_no,poll_date,poll_close}) and, if every line is good, replaces the
     * calendar with it; with any bad line nothing changes and the result lists every problem with its line.
     *
     * @param mccStart the date the Model Code of Conduct began, or null to keep the one recorded
     */
    public PhaseCsvResult importPhases(Path file, LocalDate mccStart) {
        PhaseCsvResult read = PhaseCsv.parse(file);
        if (read.ok()) {
            replacePhases(read.phases(), mccStart);
        }
        return read;
    }

    /** Replaces every seat's phase (and the MCC start, unless null), with an audit row, in one transaction. */
    public void replacePhases(List<PollPhase> phases, LocalDate mccStart) {
        new SilencePeriods(phases);   // refuses a seat listed twice before anything changes
        if (mccStart != null && !phases.isEmpty()) {
            LocalDate first = phases.stream().map(PollPhase::pollDate).min(LocalDate::compareTo).orElseThrow();
            if (mccStart.isAfter(first)) {
                throw new PostValidationException("mcc", "The Model Code of Conduct cannot begin ("
                        + org.warroom.platform.i18n.IndianFormat.date(mccStart) + ") after the first poll ("
                        + org.warroom.platform.i18n.IndianFormat.date(first) + ").");
            }
        }
        jdbi.useTransaction(h -> {
            CalendarDao dao = h.attach(CalendarDao.class);
            List<PollPhase> before = dao.phases();
            Optional<LocalDate> mccBefore = dao.mcc();
            dao.deletePhases();
            if (!phases.isEmpty()) {
                dao.insertPhases(List.copyOf(phases));
            }
            if (mccStart != null) {
                dao.deleteMcc();
                dao.insertMcc(mccStart);
            }
            dao.bumpRevision();
            audit.record(h, actor, "IMPORT", "poll_phase", null, describe(before, mccBefore.orElse(null)),
                    describe(phases, mccStart != null ? mccStart : mccBefore.orElse(null)));
        });
        cached = null;
    }

    /** The silence windows of the current calendar (reloaded only when the calendar has changed). */
    public SilencePeriods silencePeriods() {
        return current().periods();
    }

    /** The assembly seats in their silence period at {@code at}, in ascending order. */
    public List<Integer> silentAt(Instant at) {
        return silencePeriods().silentSeats(at);
    }

    /** Which of {@code seats} are silent at {@code at}, each with its window. */
    public SilenceVerdict check(Set<Integer> seats, Instant at) {
        return silencePeriods().check(seats, at);
    }

    public List<PollPhase> phases() {
        return current().phases();
    }

    public Optional<LocalDate> mccStart() {
        return jdbi.withExtension(CalendarDao.class, CalendarDao::mcc);
    }

    private Cached current() {
        return jdbi.withHandle(h -> {
            CalendarDao dao = h.attach(CalendarDao.class);
            long revision = dao.revision();
            Cached c = cached;
            if (c == null || c.revision() != revision) {
                List<PollPhase> phases = dao.phases();
                c = new Cached(revision, phases, new SilencePeriods(phases));
                cached = c;
            }
            return c;
        });
    }

    private static String describe(List<PollPhase> phases, LocalDate mcc) {
        long dates = phases.stream().map(PollPhase::close).distinct().count();
        return phases.size() + " seats in " + dates + (dates == 1 ? " phase" : " phases") + "; MCC from "
                + (mcc == null ? "—" : mcc);
    }
}
