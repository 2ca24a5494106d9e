package org.warroom.reports;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.warroom.people.ConflictException;
import org.warroom.platform.db.InLists;
import org.warroom.reports.db.ReportDao;
import org.warroom.reports.db.ReportRow;

/**
 * Saves a batch of imported reports with a handful of statements instead of several per report: the batch's earlier
 * reports and the booths that already have one are read with one query per day, new reports are inserted and merged
 * ones updated as JDBC batches, and the source keys follow. The result is the same as {@link ReportWriter#saveNew}
 * called for each candidate in order: a second report of a volunteer and day — in the database or earlier in the
 * batch — is merged into the first, and the roll-up gets the same differences.
 */
final class ReportBatch {
    /**
     * Ids closer than this are read as one range. With IN lists H2 checked every row it found against the whole list
     * and read every day of each booth or volunteer: at 2.5 crore reports most of an import's time went there.
     */
    private static final long RUN_GAP = 200;

    private final ReportWriter writer;
    private final ReportDao reports;
    private final String operator;
    private final LocalDateTime now;
    private final Long importId;

    private record Key(LocalDate day, long volunteerId, long boothId) {
    }

    /** One report of the batch: as it is in the database ({@code was}, null when new) and as it will be. */
    private static final class Entry {
        final ReportRow was;
        ReportRow now;
        final List<String> keys = new ArrayList<>();

        Entry(ReportRow was, ReportRow now) {
            this.was = was;
            this.now = now;
        }
    }

    ReportBatch(ReportWriter writer, ReportDao reports, String operator, LocalDateTime now, Long importId) {
        this.writer = writer;
        this.importId = importId;
        this.reports = reports;
        this.operator = operator;
        this.now = now;
    }

    List<ReportWriter.Result> save(List<ReportWriter.Candidate> candidates) {
        Map<Key, ReportRow> stored = stored(candidates);
        Map<Key, Entry> entries = new LinkedHashMap<>();
        List<ReportWriter.Result> results = new ArrayList<>(candidates.size());
        for (ReportWriter.Candidate c : candidates) {
            Key k = new Key(c.draft().day(), c.volunteerId(), c.boothId());
            ReportRow was = stored.get(k);
            if (was != null && ReportWriter.cameFrom(was, c)) {
                results.add(ReportWriter.Result.DUPLICATE);
                continue;
            }
            Entry e = entries.get(k);
            if (e == null) {
                e = was == null ? new Entry(null, writer.newRow(c)) : new Entry(was, ReportWriter.merge(was, c));
                entries.put(k, e);
                results.add(was == null ? ReportWriter.Result.CREATED : ReportWriter.Result.MERGED);
            } else {
                e.now = ReportWriter.merge(e.now, c);
                results.add(ReportWriter.Result.MERGED);
            }
            if (c.sourceKey() != null) {
                e.keys.add(c.sourceKey());
            }
        }
        Set<Key> boothHad = boothsWithReports(entries.keySet());
        write(entries);
        for (Map.Entry<Key, Entry> me : entries.entrySet()) {
            rollup(me.getKey(), me.getValue(), boothHad);
        }
        return results;
    }

    /** The reports already stored for the batch's volunteers and days. */
    private Map<Key, ReportRow> stored(List<ReportWriter.Candidate> candidates) {
        Map<LocalDate, Set<Long>> volunteers = new HashMap<>();
        candidates.forEach(c -> volunteers.computeIfAbsent(c.draft().day(), d -> new HashSet<>()).add(c.volunteerId()));
        Map<Key, ReportRow> out = new HashMap<>();
        volunteers.forEach((day, ids) -> InLists.runs(ids, RUN_GAP).forEach(run -> reports.ofVolunteerRun(day, run[0], run[1]).stream()
                .filter(r -> ids.contains(r.volunteerId())).forEach(r -> out.put(new Key(r.reportDate(), r.volunteerId(), r.boothId()), r))));
        return out;
    }

    /** The booth-days among the new reports that already had a report before this batch (booth key: volunteer 0). */
    private Set<Key> boothsWithReports(Set<Key> keys) {
        Map<LocalDate, Set<Long>> booths = new HashMap<>();
        keys.forEach(k -> booths.computeIfAbsent(k.day(), d -> new HashSet<>()).add(k.boothId()));
        Set<Key> out = new HashSet<>();
        booths.forEach((day, ids) -> {
            // committed reports are in the roll-up; this import's earlier batches are in the writer's pending deltas
            InLists.runs(ids, RUN_GAP).forEach(run -> reports.boothsReportedInRun(day, run[0], run[1]).stream()
                    .filter(ids::contains).forEach(b -> out.add(new Key(day, 0, b))));
            ids.stream().filter(b -> writer.hasPendingReport(b, day)).forEach(b -> out.add(new Key(day, 0, b)));
        });
        return out;
    }

    private void write(Map<Key, Entry> entries) {
        List<ReportRow> inserts = new ArrayList<>();
        List<ReportRow> updates = new ArrayList<>();
        for (Entry e : entries.values()) {
            if (e.was == null) {
                inserts.add(e.now);
            } else if (!e.now.equals(e.was)) {
                updates.add(e.now);
            }
        }
        if (!inserts.isEmpty()) {
            // in volunteer order: the foreign keys' indexes on volunteer and booth then take the batch's entries a few
            // neighbouring pages at a time instead of one random page each (measured: decision 0018)
            inserts.sort(java.util.Comparator.comparingLong(ReportRow::volunteerId).thenComparingLong(ReportRow::boothId));
            reports.insertAll(inserts, now, operator);
        }
        if (!updates.isEmpty()) {
            for (int n : reports.updateAll(updates, now, operator)) {
                if (n != 1) {
                    throw new ConflictException("Someone else saved a report for one of these volunteers and days at the same "
                            + "moment; nothing was saved. Import the file again.");
                }
            }
        }
        // a new report's own key is its source_key; report_source holds the keys of reports merged into it
        List<String> keys = new ArrayList<>();
        List<Long> reportIds = new ArrayList<>();
        for (Entry e : entries.values()) {
            List<String> extra = e.was == null ? e.keys.subList(Math.min(1, e.keys.size()), e.keys.size()) : e.keys;
            if (extra.isEmpty()) {
                continue;
            }
            // a new report that merged later rows of the file: its id, by its volunteer and day (rare)
            long id = e.was != null ? e.was.id()
                    : reports.find(e.now.reportDate(), e.now.volunteerId(), e.now.boothId()).orElseThrow().id();
            for (String k : extra) {
                keys.add(k);
                reportIds.add(id);
            }
        }
        if (!keys.isEmpty()) {
            reports.addSources(keys, reportIds, importId);
        }
    }

    private void rollup(Key k, Entry e, Set<Key> boothHad) {
        writer.count(e.was, e.now, e.was == null && boothHad.add(new Key(k.day(), 0, k.boothId())));
    }
}
