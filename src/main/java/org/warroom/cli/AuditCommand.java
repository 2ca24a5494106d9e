package org.warroom.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.warroom.app.AppContext;
import org.warroom.audit.AuditEntry;
import org.warroom.audit.AuditFilter;
import org.warroom.audit.AuditService;
import org.warroom.audit.VerifyResult;
import org.warroom.platform.i18n.IndianFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** `warroom audit verify|list`: the audit trail without a window. */
@Command(name = "audit", description = "The audit trail: every change, who made it, when, from which desk, before and after.",
        subcommands = {AuditCommand.Verify.class, AuditCommand.ListRows.class})
public final class AuditCommand {
    /** Exit status of `audit verify` when the chain is broken. */
    static final int BROKEN = 4;

    /** Walks the chain and recomputes every hash. */
    @Command(name = "verify", description = "Check the audit chain: every row's hash is recomputed from the row and the one before. "
            + "Exit 0: intact; 4: broken (the first bad row is named).")
    static final class Verify implements Callable<Integer> {
        @Mixin
        GlobalOptions global;

        @Option(names = "--anchor", paramLabel = "SEQ:HASH",
                description = "A head noted earlier (seq and at least 12 hex digits of its hash) that must still be in the chain.")
        String anchor;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (AppContext ctx = CliSupport.open(global)) {
                ctx.access().requireRole(ctx.access().current().role().readsAudit(), "read the audit trail");
                Progress progress = new Progress(System.err, "verifying");
                VerifyResult r;
                try {
                    r = ctx.audit().verify(progress::accept);
                } finally {
                    progress.done();
                }
                String anchorProblem = null;
                if (anchor != null && r.ok()) {
                    String[] p = anchor.split(":", 2);
                    if (p.length != 2 || !p[0].strip().matches("\\d+")) {
                        throw new IllegalArgumentException("--anchor: write it as SEQ:HASH, like 1234:3fa9c2e07b1d");
                    }
                    anchorProblem = ctx.audit().checkAnchor(Long.parseLong(p[0].strip()), p[1]).orElse(null);
                }
                boolean ok = r.ok() && anchorProblem == null;
                if (json) {
                    Map<String, Object> j = new LinkedHashMap<>();
                    j.put("ok", ok);
                    j.put("rows_checked", r.rowsChecked());
                    j.put("head_seq", r.headSeq());
                    j.put("head_hash", r.headHash());
                    j.put("problem", r.problem() != null ? r.problem().name().toLowerCase(java.util.Locale.ROOT)
                            : anchorProblem != null ? "anchor" : null);
                    j.put("seq", r.seq());
                    j.put("id", r.id());
                    j.put("message", anchorProblem != null ? anchorProblem : r.message());
                    j.put("guard", r.guard());
                    CliSupport.printJson(out, j);
                } else if (ok) {
                    out.println("Audit chain intact: " + rows(r.rowsChecked()) + " checked.");
                    out.println("Head: seq " + r.headSeq() + ", hash " + r.headHash());
                    out.println("(Keep the head somewhere else: `audit verify --anchor " + r.headSeq() + ":" + r.headHash().substring(0, 16)
                            + "` later proves the chain was not rewritten since.)");
                } else {
                    out.println("Audit chain BROKEN" + (r.problem() == null ? "" : " (" + r.problem().label() + ")")
                            + (r.seq() == null ? "" : " at seq " + r.seq()) + (r.id() == null ? "" : ", row id " + r.id()) + ": "
                            + (anchorProblem != null ? anchorProblem : r.message()));
                    out.println(rows(r.rowsChecked()) + " before it " + (r.rowsChecked() == 1 ? "is" : "are") + " intact.");
                }
                if (!r.guard()) {
                    out.println("Note: the append-only trigger on audit_log is missing (someone dropped it).");
                }
                out.flush();
                return ok ? 0 : BROKEN;
            }
        }
    }

    /** Lists the trail, newest first, with the viewer's filters. */
    @Command(name = "list", description = "List audit rows, newest first, e.g. audit list --actor asha --unit D-SULTANPUR --kind EDIT.")
    static final class ListRows implements Callable<Integer> {
        @Mixin
        GlobalOptions global;

        @Option(names = "--actor", paramLabel = "A", description = "Rows by people whose name contains A (any case).")
        String actor;

        @Option(names = "--unit", paramLabel = "CODE", description = "Rows about records in this unit's subtree (code or name: D-SULTANPUR, AC-187).")
        String unit;

        @Option(names = "--kind", paramLabel = "ACTION|ENTITY", description = "An action (ADD, EDIT, IMPORT, …) or an entity (volunteer, post, report, …).")
        String kind;

        @Option(names = "--since", paramLabel = "T", description = "From this moment or date (ISO 8601, IST unless an offset is given).")
        String since;

        @Option(names = "--until", paramLabel = "T", description = "Before this moment, or up to the end of this date.")
        String until;

        @Option(names = "--limit", paramLabel = "N", description = "At most N rows (default " + AuditService.PAGE + "; with --csv, all).")
        Integer limit;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Option(names = "--csv", paramLabel = "FILE", description = "Write the rows to a CSV file instead.")
        String csv;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            if (limit != null && limit < 1) {
                throw new IllegalArgumentException("--limit: give a number from 1");
            }
            AuditFilter f = new AuditFilter(actor, unit, kind, moment("--since", since, false), moment("--until", until, true));
            try (AppContext ctx = CliSupport.open(global)) {
                ctx.access().requireRole(ctx.access().current().role().readsAudit(), "read the audit trail");
                if (csv != null) {
                    Progress progress = new Progress(System.err, "exporting");
                    long n;
                    try {
                        n = ctx.audit().exportCsv(f, limit, CliSupport.path(csv), progress::accept);
                    } finally {
                        progress.done();
                    }
                    if (json) {
                        CliSupport.printJson(out, Map.of("file", csv, "rows", n));
                    } else {
                        out.println("Wrote " + IndianFormat.number(n) + " audit rows to " + csv);
                    }
                    out.flush();
                    return 0;
                }
                List<AuditEntry> rows = ctx.audit().page(f, null, limit == null ? AuditService.PAGE : limit);
                if (json) {
                    CliSupport.printJson(out, rows.stream().map(AuditCommand::map).toList());
                } else if (rows.isEmpty()) {
                    out.println("No audit rows match.");
                } else {
                    for (AuditEntry e : rows) {
                        out.printf("%6d  %s  %-30s %-8s %-18s %s%n", e.id(), CliTime.human(e.at()), clip(e.actor() + (e.desk() == null ? "" : " @" + e.desk()), 30),
                                e.action(), e.entity() + (e.entityId() == null ? "" : " #" + e.entityId()),
                                (e.before() == null ? "" : clip(e.before(), 60) + " → ") + clip(e.after() == null ? "—" : e.after(), 90));
                    }
                }
                out.flush();
            }
            return 0;
        }

        /** A moment, or a date: its start (since) or the start of the next day (until), in IST. */
        private static Instant moment(String option, String s, boolean endOfDay) {
            if (s == null || s.isBlank()) {
                return null;
            }
            if (s.strip().matches("\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{4}")) {
                var day = CliTime.date(option, s);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(IndianFormat.IST).toInstant();
            }
            return CliTime.instant(option, s);
        }
    }

    static String rows(long n) {
        return IndianFormat.number(n) + (n == 1 ? " row" : " rows");
    }

    static String clip(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }

    static Map<String, Object> map(AuditEntry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("seq", e.seq());
        m.put("at", AuditService.iso(e));
        m.put("actor", e.actor());
        m.put("desk", e.desk());
        m.put("action", e.action());
        m.put("entity", e.entity());
        m.put("entity_id", e.entityId());
        m.put("before", e.before());
        m.put("after", e.after());
        m.put("hash", e.hash());
        return m;
    }
}
