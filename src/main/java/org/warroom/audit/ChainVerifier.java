package org.warroom.audit;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.warroom.audit.VerifyResult.Problem;
import org.warroom.platform.audit.AuditChain;
import org.warroom.platform.audit.AuditSetup;
import org.warroom.platform.audit.ChainedRow;

/**
 * Walks the chain in seq order, a thousand rows at a time (bounded memory, no long transaction), recomputing each
 * hash from the one before; stops at the first bad place. Rows are immutable once committed, so rows appended while
 * it runs do not disturb it: it checks up to the head it read first.
 */
final class ChainVerifier {
    private static final int BATCH = 1000;
    private final Jdbi jdbi;

    ChainVerifier(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    private record Row(long id, long seq, ChainedRow fields, String hash) {
    }

    private record Head(long seq, String hash) {
    }

    VerifyResult verify(AuditService.Progress progress) {
        boolean guard = jdbi.withHandle(AuditSetup::guardPresent);
        Optional<Head> read = jdbi.withHandle(ChainVerifier::readHead);
        if (read.isEmpty()) {
            return fail(0, new Head(0, AuditChain.GENESIS), guard, Problem.BAD_HEAD, null, null,
                    "the chain's head (the one row of audit_head) is missing: it was deleted");
        }
        Head head = read.get();
        String prev = AuditChain.GENESIS;
        long expected = 1;
        long lastId = Long.MIN_VALUE;
        long checked = 0;
        while (expected <= head.seq()) {
            long from = expected;
            List<Row> batch = jdbi.withHandle(h -> h.createQuery("SELECT id, seq, at, actor, desk, action, entity, entity_id, "
                            + "before_value, after_value, hash FROM audit_log WHERE seq >= :from AND seq <= :to ORDER BY seq LIMIT " + BATCH)
                    .bind("from", from).bind("to", head.seq())
                    .map((rs, c) -> new Row(rs.getLong(1), rs.getLong(2), new ChainedRow(rs.getLong(2), rs.getObject(3, LocalDateTime.class),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), (Long) rs.getObject(8, Long.class),
                            rs.getString(9), rs.getString(10)), rs.getString(11)))
                    .list());
            if (batch.isEmpty()) {
                break;
            }
            for (Row r : batch) {
                if (r.seq() != expected) {
                    String gone = r.seq() - expected == 1 ? "seq " + expected + " is missing" : "seq " + expected + " to " + (r.seq() - 1) + " are missing";
                    return fail(checked, head, guard, Problem.MISSING, expected, r.id(), gone + " (the next row is seq " + r.seq()
                            + ", id " + r.id() + "): rows were deleted");
                }
                if (r.id() < lastId) {
                    return fail(checked, head, guard, Problem.REORDERED, r.seq(), r.id(), "row id " + r.id() + " sits at seq " + r.seq()
                            + ", after row id " + lastId + " which was written later: rows were moved in the chain");
                }
                String computed = AuditChain.hash(prev, r.fields());
                if (!computed.equals(r.hash())) {
                    Optional<Long> earlier = writtenEarlierButLater(r);
                    if (earlier.isPresent()) {
                        return fail(checked, head, guard, Problem.REORDERED, r.seq(), r.id(), "row id " + r.id() + " sits at seq " + r.seq()
                                + " but row id " + earlier.get() + ", written before it, comes later: rows were moved in the chain");
                    }
                    return fail(checked, head, guard, Problem.EDITED, r.seq(), r.id(), "row seq " + r.seq() + " (id " + r.id()
                            + ") does not match its hash: it was changed after it was written"
                            + (AuditChain.wellFormed(r.hash()) ? "" : " (its hash is not even a hash)"));
                }
                prev = r.hash();
                lastId = r.id();
                expected++;
                checked++;
            }
            progress.update(checked, head.seq());
        }
        long end = expected - 1;
        if (end != head.seq()) {
            long lost = head.seq() - end;
            return fail(checked, head, guard, Problem.BAD_HEAD, head.seq(), null, "the chain ends at seq " + end + " but its head records seq "
                    + head.seq() + ": the last " + (lost == 1 ? "row was" : lost + " rows were") + " deleted");
        }
        if (!prev.equals(head.hash())) {
            return fail(checked, head, guard, Problem.BAD_HEAD, head.seq(), null, "the last row's hash differs from the head's: "
                    + "the head was changed");
        }
        return beyond(checked, head, guard);
    }

    /** After the walk: rows placed after the head, or without a place, that were not appended through the chain. */
    private VerifyResult beyond(long checked, Head head, boolean guard) {
        Head now = jdbi.withHandle(ChainVerifier::readHead).orElse(head);
        Optional<long[]> after = jdbi.withHandle(h -> h.createQuery("SELECT seq, id FROM audit_log WHERE seq > :s ORDER BY seq LIMIT 1")
                .bind("s", now.seq()).map((rs, c) -> new long[] {rs.getLong(1), rs.getLong(2)}).findOne());
        if (after.isPresent()) {
            return fail(checked, head, guard, Problem.BEYOND_HEAD, after.get()[0], after.get()[1], "row id " + after.get()[1]
                    + " claims seq " + after.get()[0] + ", after the head (seq " + now.seq() + "): it was added outside the chain");
        }
        Optional<Long> loose = jdbi.withHandle(h -> h.createQuery("SELECT MIN(id) FROM audit_log WHERE seq IS NULL "
                        + "AND id > COALESCE((SELECT legacy_upto FROM audit_head WHERE id = 1), 0)")
                .mapTo(Long.class).findOne());
        if (loose.isPresent()) {
            return fail(checked, head, guard, Problem.UNCHAINED, null, loose.get(), "row id " + loose.get()
                    + " has no place in the chain: it was added outside it");
        }
        return new VerifyResult(true, checked, head.seq(), head.hash(), null, null, null,
                "The audit chain is intact: " + checked + (checked == 1 ? " row" : " rows") + " checked.", guard);
    }

    /** A row written before {@code r} (a smaller id) that the chain puts after it: then r was moved, not edited. */
    private Optional<Long> writtenEarlierButLater(Row r) {
        return jdbi.withHandle(h -> h.createQuery("SELECT MIN(id) FROM audit_log WHERE seq > :s")
                .bind("s", r.seq()).mapTo(Long.class).findOne()).filter(id -> id < r.id());
    }

    private static Optional<Head> readHead(Handle h) {
        return h.createQuery("SELECT seq, hash FROM audit_head WHERE id = 1").map((rs, c) -> new Head(rs.getLong(1), rs.getString(2)))
                .findOne();
    }

    private static VerifyResult fail(long checked, Head head, boolean guard, Problem p, Long seq, Long id, String message) {
        return new VerifyResult(false, checked, head.seq(), head.hash(), p, seq, id, message, guard);
    }
}
