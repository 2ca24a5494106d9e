package org.warroom.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;
import org.warroom.org.CoverageRollup;
import org.warroom.org.Unit;
import org.warroom.people.ConflictException;
import org.warroom.reports.db.ReportDao;
import org.warroom.reports.db.ReportRow;
import org.warroom.reports.db.RollupDao;
import org.warroom.reports.db.RollupRow;

/**
 * Saves reports inside the caller's transaction and keeps the roll-up current. Differences are collected per
 * booth and day and added to the booth and every unit above it (and its Lok Sabha seat) at {@link #flush}, which
 * the caller runs before committing: once per typed report, once at the end of an import (so the rows of the state
 * and the other units high up are locked only for the last moment of a long import, not for all of it).
 * <p>
 * A second report of the same volunteer, booth and day is merged into the first: each field it gives replaces the
 * earlier value (slots and issues too, when given), fields it leaves out keep theirs, and feedback and original
 * text are appended. The volunteer still counts once.
 */
final class ReportWriter {
    enum Result { CREATED, MERGED, DUPLICATE }

    record Saved(Result result, long reportId) {
    }

    /** A checked report ready to save: its volunteer and booth are resolved, its fields within the rules. */
    record Candidate(long volunteerId, long boothId, ReportDraft draft, ReportSource source, String originalText,
                     String sourceKey) {
    }

    /** Above this many booths in one flush, one "everything changed" notice replaces a notice per booth. */
    private static final int NOTICE_LIMIT = 1000;
    private static final int MAX_TEXT = 8000;

    private final Handle h;
    private final ReportDao reports;
    private final RollupDao rollups;
    private final String operator;
    private final Clock clock;
    private final Long importId;
    private final Map<Long, List<Long>> targets = new HashMap<>();
    private final Map<BoothDay, long[]> pending = new LinkedHashMap<>();
    private final Set<Long> touched = new LinkedHashSet<>();

    private record BoothDay(long boothId, LocalDate day) {
    }

    private record UnitDay(long unitId, LocalDate day) {
    }

    ReportWriter(Handle h, String operator, Clock clock, Long importId) {
        this.h = h;
        this.reports = h.attach(ReportDao.class);
        this.rollups = h.attach(RollupDao.class);
        this.operator = operator;
        this.clock = clock;
        this.importId = importId;
    }

    /**
     * True when a report merged this source key or a queued message has it (a line imported before). A report's own
     * key is found by {@link #save} and {@link #saveNew}, on the report of the same volunteer and day.
     */
    boolean known(String sourceKey) {
        return sourceKey != null && !reports.knownKeys(List.of(sourceKey)).isEmpty();
    }

    Saved save(Candidate c) {
        if (known(c.sourceKey())) {
            return new Saved(Result.DUPLICATE, 0);
        }
        return saveNew(c);
    }

    /**
     * Saves a candidate whose source key the caller has just found neither merged nor queued; a report of the same
     * volunteer and day that came from this very key makes it a duplicate.
     */
    Saved saveNew(Candidate c) {
        ReportDraft d = c.draft();
        LocalDateTime now = LocalDateTime.now(clock.withZone(ReportRules.IST));
        Optional<ReportRow> old = reports.find(d.day(), c.volunteerId(), c.boothId());
        if (old.isPresent() && cameFrom(old.get(), c)) {
            return new Saved(Result.DUPLICATE, old.get().id());
        }
        long id;
        Result result;
        if (old.isEmpty()) {
            ReportRow row = newRow(c);
            boolean boothFirst = !boothHasReport(c.boothId(), d.day());
            id = reports.insert(row, now, operator);
            count(null, row, boothFirst);
            result = Result.CREATED;
        } else {
            ReportRow was = old.get();
            ReportRow merged = merge(was, c);
            if (reports.update(merged, now, operator) != 1) {
                throw new ConflictException("Someone else saved a report for this volunteer and day at the same moment; "
                        + "nothing was saved. Try again.");
            }
            id = was.id();
            count(was, merged, false);
            result = Result.MERGED;
        }
        if (c.sourceKey() != null && result == Result.MERGED) {
            // a new report keeps its own key in source_key; report_source holds the keys merged into a report
            reports.addSource(c.sourceKey(), id, importId);
        }
        return new Saved(result, id);
    }

    /** Whether a stored report was made from the very row or message the candidate comes from (its own key). */
    static boolean cameFrom(ReportRow stored, Candidate c) {
        return c.sourceKey() != null && c.sourceKey().equals(stored.sourceKey());
    }

    /** The row a candidate becomes when it is the volunteer's first report of the day. */
    ReportRow newRow(Candidate c) {
        ReportDraft d = c.draft();
        return new ReportRow(0, c.volunteerId(), c.boothId(), d.day(), Masks.slots(d.slots()), d.forwarded(),
                d.added(), d.groupSize(), Masks.issues(d.issues()), d.mood() == null ? null : d.mood().name(), d.feedback(),
                c.source().name(), clip(c.originalText(), MAX_TEXT), c.sourceKey(), importId, 0);
    }

    /** Saves many candidates whose source keys the caller has found unknown; see {@link ReportBatch}. */
    List<Result> saveAll(List<Candidate> candidates) {
        return new ReportBatch(this, reports, operator, LocalDateTime.now(clock.withZone(ReportRules.IST)), importId).save(candidates);
    }

    static ReportRow merge(ReportRow was, Candidate c) {
        ReportDraft d = c.draft();
        return new ReportRow(was.id(), was.volunteerId(), was.boothId(), was.reportDate(),
                d.slots().isEmpty() ? was.slotsMask() : Masks.slots(d.slots()),
                d.forwarded() != null ? d.forwarded() : was.forwarded(),
                d.added() != null ? d.added() : was.added(),
                d.groupSize() != null ? d.groupSize() : was.groupSize(),
                d.issues().isEmpty() ? was.issuesMask() : Masks.issues(d.issues()),
                d.mood() != null ? d.mood().name() : was.mood(),
                clip(append(was.feedback(), d.feedback()), ReportRules.MAX_FEEDBACK),
                was.source(), clip(append(was.originalText(), c.originalText()), MAX_TEXT), was.sourceKey(), was.importId(),
                was.version());
    }

    private static String append(String a, String b) {
        if (a == null || a.isBlank()) {
            return b;
        }
        if (b == null || b.isBlank() || a.equals(b) || a.endsWith("\n" + b)) {
            return a;
        }
        return a + "\n" + b;
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private static long zero(Integer v) {
        return v == null ? 0 : v;
    }

    /**
     * Collects what a report changes in the roll-up: a new one ({@code was} null) counts its volunteer, its booth when
     * it is the booth's first of the day, and its numbers; a merged one the differences of its numbers and slots.
     */
    void count(ReportRow was, ReportRow now, boolean firstOfBooth) {
        if (was == null) {
            add(now.boothId(), now.reportDate(), 1, firstOfBooth ? 1 : 0, zero(now.forwarded()), zero(now.added()), now.slotsMask(), 0);
        } else {
            add(now.boothId(), now.reportDate(), 0, 0, zero(now.forwarded()) - zero(was.forwarded()),
                    zero(now.added()) - zero(was.added()), now.slotsMask(), was.slotsMask());
        }
    }

    private void add(long boothId, LocalDate day, int reported, int booths, long forwarded, long added, int slotsNow, int slotsWas) {
        long[] d = pending.computeIfAbsent(new BoothDay(boothId, day), k -> new long[10]);
        d[0] += reported;
        d[1] += booths;
        d[2] += forwarded;
        d[3] += added;
        for (int s = 0; s < 6; s++) {
            d[4 + s] += ((slotsNow >> s) & 1) - ((slotsWas >> s) & 1);
        }
        touched.add(boothId);
    }

    /** Whether this writer holds, not yet flushed, a report counted for the booth on that day. */
    boolean hasPendingReport(long boothId, LocalDate day) {
        long[] d = pending.get(new BoothDay(boothId, day));
        return d != null && d[0] > 0;
    }

    /** Whether the booth already has a report that day: committed (its roll-up row) or written by this writer. */
    boolean boothHasReport(long boothId, LocalDate day) {
        return hasPendingReport(boothId, day) || reports.boothReported(boothId, day) > 0;
    }

    /** Adds the collected differences to the roll-up of every unit above each booth, and leaves change notices. */
    void flush() {
        if (pending.isEmpty()) {
            return;
        }
        List<Long> unknown = pending.keySet().stream().map(BoothDay::boothId).filter(b -> !targets.containsKey(b)).distinct().toList();
        if (unknown.size() > 1) {
            targets.putAll(CoverageRollup.targets(h, unknown));
        }
        Map<UnitDay, long[]> byUnit = new LinkedHashMap<>();
        for (Map.Entry<BoothDay, long[]> e : pending.entrySet()) {
            for (long unit : targets(e.getKey().boothId())) {
                long[] sum = byUnit.computeIfAbsent(new UnitDay(unit, e.getKey().day()), k -> new long[10]);
                for (int i = 0; i < 10; i++) {
                    sum[i] += e.getValue()[i];
                }
            }
        }
        Map<LocalDate, List<Long>> unitsByDay = new TreeMap<>();
        byUnit.keySet().forEach(k -> unitsByDay.computeIfAbsent(k.day(), x -> new ArrayList<>()).add(k.unitId()));
        unitsByDay.values().forEach(java.util.Collections::sort);
        Map<UnitDay, RollupRow> rows = new HashMap<>();
        byUnit.forEach((k, d) -> rows.put(k, new RollupRow(k.unitId(), k.day(), (int) d[0], (int) d[1], d[2], d[3],
                (int) d[4], (int) d[5], (int) d[6], (int) d[7], (int) d[8], (int) d[9])));
        Set<UnitDay> inserted = addMissingRows(unitsByDay, rows);
        List<RollupRow> deltas = new ArrayList<>(byUnit.size());
        byUnit.forEach((k, d) -> {
            if (!inserted.contains(k) && java.util.Arrays.stream(d).anyMatch(x -> x != 0)) {
                deltas.add(rows.get(k));
            }
        });
        if (!deltas.isEmpty()) {
            // every writer locks the rows in the same order (day, unit), so two desks' reports never deadlock
            deltas.sort(java.util.Comparator.comparing(RollupRow::reportDay).thenComparingLong(RollupRow::unitId));
            rollups.add(deltas);
        }
        if (touched.size() > NOTICE_LIMIT) {
            CoverageRollup.notice(h, 0);
        } else {
            touched.forEach(b -> CoverageRollup.notice(h, b));
        }
        pending.clear();
        touched.clear();
    }

    /**
     * Inserts the rows that do not exist yet with their differences as their values (a day's first import makes most
     * of them: one insert instead of an insert of zeros and an update); returns which were inserted. Another desk may
     * add the same row between the look and the insert (the first report of a day, at every level up to the state):
     * then look again. A savepoint keeps the transaction usable (on PostgreSQL a failed statement would abort it).
     */
    private Set<UnitDay> addMissingRows(Map<LocalDate, List<Long>> unitsByDay, Map<UnitDay, RollupRow> rows) {
        Set<UnitDay> inserted = new HashSet<>();
        org.warroom.platform.db.DuplicateKeys.insertMissing(h, "rollup_rows", () -> {
            List<RollupRow> missing = new ArrayList<>();
            for (Map.Entry<LocalDate, List<Long>> e : unitsByDay.entrySet()) {
                List<Long> ids = e.getValue();
                for (int from = 0; from < ids.size(); from += 1000) {
                    List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 1000));
                    Set<Long> have = new HashSet<>(rollups.existing(e.getKey(), chunk));
                    chunk.stream().filter(id -> !have.contains(id)).forEach(id -> missing.add(rows.get(new UnitDay(id, e.getKey()))));
                }
            }
            return missing;
        }, missing -> {
            rollups.insert(missing);
            missing.forEach(r -> inserted.add(new UnitDay(r.unitId(), r.reportDay())));
        });
        return inserted;
    }

    private List<Long> targets(long boothId) {
        return targets.computeIfAbsent(boothId, id -> {
            Unit booth = CoverageRollup.unit(h, id).orElseThrow(() -> new IllegalStateException("no unit " + id));
            return CoverageRollup.targets(h, booth);
        });
    }
}
