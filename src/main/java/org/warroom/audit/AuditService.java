package org.warroom.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jdbi.v3.core.Jdbi;
import org.warroom.audit.db.AuditQueries;
import org.warroom.audit.db.AuditUnitIndex;
import org.warroom.operators.Access;
import org.warroom.operators.AccessDeniedException;
import org.warroom.operators.Principal;
import org.warroom.org.OrgService;
import org.warroom.org.UnitRow;
import org.warroom.platform.i18n.IndianFormat;

/**
 * The audit trail for people: checking the chain, and reading it — newest first, a page at a time, by person, unit,
 * kind and time — on screen, on the command line and as CSV. Writing it is {@link org.warroom.platform.audit.AuditLog}'s.
 */
public final class AuditService {
    /** Rows per page in the viewer and the default of `audit list`. */
    public static final int PAGE = 100;
    static final List<String> CSV_HEADER = List.of("id", "seq", "at", "actor", "desk", "action", "entity", "entity_id", "before",
            "after", "hash");
    private static final int BATCH = 1000;
    private final Jdbi jdbi;
    private final OrgService org;
    private final Access access;

    /** Read with every right: for tools and benchmarks; the console passes its {@link Access}. */
    public AuditService(Jdbi jdbi, OrgService org) {
        this(jdbi, org, Access.open("audit"));
    }

    public AuditService(Jdbi jdbi, OrgService org, Access access) {
        this.jdbi = jdbi;
        this.org = org;
        this.access = access;
    }

    /** Walks the whole chain; {@code progress} hears (rows checked, rows in the chain). */
    public VerifyResult verify(Progress progress) {
        return new ChainVerifier(jdbi).verify(progress);
    }

    /**
     * Whether row {@code seq} still has the hash noted earlier ({@code hashPrefix}, at least 12 hex digits): a check
     * no rewrite of the whole chain can pass, for a head written down or kept elsewhere.
     */
    public Optional<String> checkAnchor(long seq, String hashPrefix) {
        String p = hashPrefix.strip().toLowerCase(Locale.ROOT);
        if (p.length() < 12 || !p.matches("[0-9a-f]+")) {
            throw new IllegalArgumentException("--anchor: give the seq and at least 12 hex digits of its hash, like 1234:3fa9c2e07b1d");
        }
        Optional<String> stored = jdbi.withHandle(h -> h.createQuery("SELECT hash FROM audit_log WHERE seq = :s").bind("s", seq)
                .mapTo(String.class).findOne());
        if (stored.isEmpty()) {
            return Optional.of("the chain no longer has seq " + seq + ", noted earlier: rows were deleted and the chain rewound");
        }
        return stored.get().startsWith(p) ? Optional.empty()
                : Optional.of("seq " + seq + " no longer has the hash noted earlier (" + p + "…): the chain was rewritten");
    }

    /** Up to {@code limit} rows matching {@code f}, newest first, below {@code beforeId} (null: from the newest). */
    public List<AuditEntry> page(AuditFilter f, Long beforeId, int limit) {
        AuditQueries.Where w = where(f);
        return jdbi.withHandle(h -> AuditQueries.page(h, w, beforeId, limit));
    }

    public long count(AuditFilter f) {
        AuditQueries.Where w = where(f);
        return jdbi.withHandle(h -> AuditQueries.count(h, w));
    }

    /**
     * Writes the rows matching {@code f} to a CSV file (UTF-8 with a BOM, for Excel), newest first as on screen, at most
     * {@code limit} (null: all), a thousand at a time; {@code progress} hears (written, total). Returns the rows written.
     */
    public long exportCsv(AuditFilter f, Integer limit, Path file, Progress progress) {
        AuditQueries.Where w = where(f);
        long total = jdbi.withHandle(h -> AuditQueries.count(h, w));
        long wanted = limit == null ? total : Math.min(total, limit);
        long written = 0;
        progress.update(0, wanted);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write('\uFEFF');
            try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
                csv.printRecord(CSV_HEADER);
                Long before = null;
                while (written < wanted) {
                    int n = (int) Math.min(BATCH, wanted - written);
                    Long cursor = before;
                    List<AuditEntry> rows = jdbi.withHandle(h -> AuditQueries.page(h, w, cursor, n));
                    for (AuditEntry e : rows) {
                        csv.printRecord(e.id(), e.seq(), iso(e), e.actor(), e.desk(), e.action(), e.entity(), e.entityId(), e.before(),
                                e.after(), e.hash());
                    }
                    written += rows.size();
                    progress.update(written, wanted);
                    if (rows.size() < n) {
                        break;
                    }
                    before = rows.getLast().id();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file.getFileName() + ": " + e.getMessage(), e);
        }
        return written;
    }

    /** Hears how far an export is. */
    @FunctionalInterface
    public interface Progress {
        void update(long done, long total);
    }

    /** The moment in IST with its offset, as the CSV and JSON give it. */
    public static String iso(AuditEntry e) {
        return e.at() == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(e.at().atZone(IndianFormat.IST).toOffsetDateTime());
    }

    /**
     * The filter as SQL, for the person reading: a desk operator reads only the rows about their unit and below it (no
     * unit given: their unit; a unit outside it: refused, naming it); the others read everything. A unit filter
     * brings the unit index up to date first (only the rows written since the last read).
     */
    private AuditQueries.Where where(AuditFilter f) {
        Principal p = access.current();
        access.requireRole(p.role().readsAudit(), "read the audit trail");
        Long unitId = p.scopeUnitId();
        if (f.unit() != null) {
            UnitRow u = org.byCode(f.unit().toUpperCase(Locale.ROOT)).or(() -> org.findDesk(f.unit()))
                    .orElseThrow(() -> new IllegalArgumentException("No unit has the code or name \"" + f.unit()
                            + "\" (codes look like D-SULTANPUR, AC-187, B-187-117)."));
            if (p.scopePath() != null && !u.unit().path().startsWith(p.scopePath())) {
                throw new AccessDeniedException(p.name() + " works for " + p.scopeName() + " and reads the audit trail of it "
                        + "and below only; " + u.unit().nameEn() + " is outside it.");
            }
            unitId = u.unit().id();
        }
        if (unitId != null) {
            AuditUnitIndex.catchUp(jdbi);
        }
        return AuditQueries.Where.of(f.actor(), unitId, f.kind(), f.since(), f.until());
    }
}
