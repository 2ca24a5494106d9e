package org.warroom.reports;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.warroom.people.PhoneNumbers;
import org.warroom.people.ValidationException;
import org.warroom.platform.db.InLists;
import org.warroom.reports.db.QueueDao;
import org.warroom.reports.db.QueueRow;
import org.warroom.reports.db.ReportDao;
import org.warroom.reports.db.VolunteerRef;

/** One import inside its transaction: the writer, the queue, the tallies, and the keys already seen in this file. */
final class ImportRun {
    final Handle h;
    final ReportWriter writer;
    final ReportDao reports;
    final Long importId;
    final String scopePrefix;
    private final QueueDao queue;
    private final String operator;
    private final Clock clock;
    private final Map<String, Long> seen = new HashMap<>();
    private final Map<String, Optional<VolunteerRef>> byPhone = new HashMap<>();

    int total;
    int saved;
    int merged;
    int queued;
    int system;
    int media;
    int duplicates;
    final List<ImportProblem> errors = new ArrayList<>();
    final List<ImportProblem> skipped = new ArrayList<>();
    final List<String> notes = new ArrayList<>();

    /** Who imports: rows for volunteers outside their desk's part of the organisation are refused, row by row. */
    private final org.warroom.operators.Principal principal;

    ImportRun(Handle h, String operator, Clock clock, Long importId, String scopePrefix) {
        this(h, operator, clock, importId, scopePrefix, null);
    }

    ImportRun(Handle h, String operator, Clock clock, Long importId, String scopePrefix, org.warroom.operators.Principal principal) {
        this.principal = principal;
        this.h = h;
        this.operator = operator;
        this.clock = clock;
        this.importId = importId;
        this.scopePrefix = scopePrefix;
        this.writer = new ReportWriter(h, operator, clock, importId);
        this.reports = h.attach(ReportDao.class);
        this.queue = h.attach(QueueDao.class);
    }

    /** True (and counted, with where it was seen first) when this key was met earlier in the file or in an earlier import. */
    boolean duplicate(String key, long line) {
        if (seenInFile(key, line)) {
            return true;
        }
        if (writer.known(key)) {
            alreadyImported(line);
            return true;
        }
        return false;
    }

    void alreadyImported(long line) {
        duplicates++;
        skipped.add(new ImportProblem(line, "already imported; skipped"));
    }

    /** True (and counted) when this key was met earlier in the file; the database is asked later, a batch at a time. */
    boolean seenInFile(String key, long line) {
        Long first = seen.putIfAbsent(key, line);
        if (first != null) {
            duplicates++;
            skipped.add(new ImportProblem(line, "the same as line " + first + "; skipped"));
            return true;
        }
        return false;
    }

    /** The keys among these that an earlier import merged into a report or queued (a report's own key: see saveAll). */
    java.util.Set<String> knownKeys(List<String> keys) {
        return new java.util.HashSet<>(InLists.query(keys, reports::knownKeys));
    }

    /** Looks up many numbers (E.164) with one query per {@value InLists#SIZE}; later {@link #volunteerByPhone} calls find them. */
    void lookUpPhones(java.util.Collection<String> e164s) {
        List<String> ask = e164s.stream().filter(p -> !byPhone.containsKey(p)).distinct().toList();
        ask.forEach(p -> byPhone.put(p, Optional.empty()));
        InLists.query(ask, reports::volunteersByPhone).forEach(v -> byPhone.put(v.phone(), Optional.of(v)));
    }

    /**
     * What {@link #saveAll} and {@link #save} return for a row whose report is already stored from this very row (an
     * earlier import of the same file): the caller counts it with {@link #alreadyImported}.
     */
    static final String ALREADY = "already imported";

    /**
     * Checks and saves many reports at once; returns each one's refusal in order: null when saved, {@link #ALREADY}
     * when the row was imported before.
     */
    List<String> saveAll(List<VolunteerRef> volunteers, List<ReportDraft> drafts, ReportSource source, List<String> texts,
                         List<String> keys) {
        List<String> refused = new ArrayList<>(drafts.size());
        List<ReportWriter.Candidate> ok = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            Checked c = check(volunteers.get(i), drafts.get(i), source, texts.get(i), keys.get(i));
            if (c.candidate() != null) {
                ok.add(c.candidate());
                at.add(i);
            }
            refused.add(c.refusal());
        }
        if (!ok.isEmpty()) {
            List<ReportWriter.Result> results = writer.saveAll(ok);
            for (int j = 0; j < results.size(); j++) {
                switch (results.get(j)) {
                    case CREATED -> saved++;
                    case MERGED -> {
                        saved++;
                        merged++;
                    }
                    case DUPLICATE -> refused.set(at.get(j), ALREADY);
                }
            }
        }
        return refused;
    }

    private record Checked(ReportWriter.Candidate candidate, String refusal) {
    }

    /** The desk's scope and the report rules, in that order: a candidate to save, or the reason it is refused. */
    private Checked check(VolunteerRef v, ReportDraft d, ReportSource source, String text, String key) {
        if (principal != null && !principal.mayChange(v.unitPath())) {
            return new Checked(null, v.unitName() + " (" + v.unitCode() + ") is outside " + principal.scopeName()
                    + ", the part this desk works for");
        }
        try {
            ReportRules.check(d, clock);
            return new Checked(ReportService.candidate(v, d, source, text, key), null);
        } catch (ValidationException e) {
            return new Checked(null, (e.field() == null ? "" : e.field() + ": ") + e.getMessage());
        }
    }

    void error(long line, String reason) {
        errors.add(new ImportProblem(line, reason));
    }

    /** Saves a checked report; a ValidationException (a rule of the service) comes back as its reason. */
    String save(VolunteerRef v, ReportDraft d, ReportSource source, String text, String key) {
        Checked checked = check(v, d, source, text, key);
        if (checked.refusal() != null) {
            return checked.refusal();
        }
        try {
            // the key was looked up by duplicate() just before; saveNew finds a report that came from it
            ReportWriter.Saved s = writer.saveNew(checked.candidate());
            switch (s.result()) {
                case CREATED -> saved++;
                case MERGED -> {
                    saved++;
                    merged++;
                }
                case DUPLICATE -> {
                    return ALREADY;
                }
            }
            return null;
        } catch (ValidationException e) {
            return (e.field() == null ? "" : e.field() + ": ") + e.getMessage();
        }
    }

    void enqueue(QueueRow row) {
        queue.insert(row, LocalDateTime.now(clock.withZone(ReportRules.IST)), operator);
        queued++;
    }

    Optional<VolunteerRef> volunteerByPhone(String e164) {
        return byPhone.computeIfAbsent(e164, reports::volunteerByPhone);
    }

    static String masked(String rawOrE164) {
        String e164 = Phones.normalize(rawOrE164);
        if (e164 != null) {
            return PhoneNumbers.mask(e164);
        }
        String digits = rawOrE164 == null ? "" : Phones.asciiDigits(rawOrE164).replaceAll("[^0-9]", "");
        return digits.length() < 4 ? "—" : "+91 ••••• •" + digits.substring(digits.length() - 4);
    }

    static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The seat number of a booth code "B-187-117", or null. */
    static Integer seatOf(String boothCode) {
        if (boothCode == null || !boothCode.startsWith("B-")) {
            return null;
        }
        String[] parts = boothCode.split("-");
        try {
            return parts.length == 3 ? Integer.parseInt(parts[1]) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
