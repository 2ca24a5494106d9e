package org.warroom.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.warroom.app.AppContext;
import org.warroom.operators.Operator;
import org.warroom.posts.Post;
import org.warroom.posts.PostValidationException;
import org.warroom.posts.ReleaseLogEntry;
import org.warroom.posts.ReleaseLogLine;
import org.warroom.posts.ReleaseOutcome;
import org.warroom.posts.ReleaseRun;
import org.warroom.posts.ReleaseService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** `warroom posts release|release-late|redeliver`: release and dispatch without a window. */
final class ReleaseCommands {
    private ReleaseCommands() {
    }

    /** Releases what is due now: packs per district and the webhook; missed posts are listed, not released. */
    @Command(name = "release", description = "Release the scheduled posts whose slot has come (within 15 minutes): "
            + "write each district's message pack and send the webhook, with retries. Posts that missed their slot are "
            + "listed and never released on their own. Exit 3 when something needs a person (missed, held, failed).")
    static final class Release implements Callable<Integer> {
        @Mixin
        GlobalOptions global;

        @Option(names = "--at", paramLabel = "TIME", description = "Act as if it were this moment (ISO 8601, e.g. "
                + "2027-02-11T09:30+05:30; IST without an offset), for a rehearsal. Default: now.")
        String at;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (AppContext ctx = open(global, at)) {
                PostServices svc = PostServices.of(ctx, global);
                Function<Long, String> author = PostsCommand.names(svc);
                ReleaseRun run = ctx.releases().releaseDue(true);
                if (json) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("at", CliTime.iso(run.at()));
                    m.put("released", run.released().stream().map(o -> released(ctx.releases(), o)).toList());
                    m.put("held", run.held().stream().map(o -> note(o.post(), o.message())).toList());
                    m.put("refused", run.refused().stream().map(r -> note(r.post(), r.reason())).toList());
                    m.put("missed", run.missed().stream().map(p -> PostsCommand.map(p, author)).toList());
                    Map<String, Object> d = new LinkedHashMap<>();
                    d.put("attempts", run.deliveries().attempts());
                    d.put("packed", run.deliveries().packed());
                    d.put("sent", run.deliveries().sent());
                    d.put("failed", run.deliveries().failed());
                    d.put("excluded_silent", run.deliveries().excludedSilent());
                    d.put("pending", run.deliveries().retrying());
                    m.put("deliveries", d);
                    CliSupport.printJson(out, m);
                } else {
                    out.println("As of " + CliTime.human(run.at()) + ": " + run.released().size() + " released, "
                            + run.held().size() + " held, " + run.refused().size() + " refused, " + run.missed().size() + " missed.");
                    for (ReleaseOutcome o : run.released()) {
                        out.println("released #" + o.post().id() + " " + o.post().title() + ": " + summary(ctx.releases().log(o.post().id())));
                    }
                    run.held().forEach(o -> out.println("held     #" + o.post().id() + " " + o.post().title() + ": " + o.message()));
                    run.refused().forEach(r -> out.println("refused  #" + r.post().id() + " " + r.post().title() + ": " + r.reason()));
                    run.missed().forEach(p -> out.println("MISSED   " + PostsCommand.line(p, author)));
                    if (!run.missed().isEmpty()) {
                        out.println("Missed posts are never sent late on their own: ./warroom posts release-late ID --as NAME, "
                                + "or move or cancel them in the Posts tab.");
                    }
                    var d = run.deliveries();
                    out.println("Deliveries: " + d.attempts() + " attempts; " + d.packed() + " packed, " + d.sent() + " sent, "
                            + d.failed() + " failed, " + d.excludedSilent() + " left out as silent"
                            + (d.retrying() > 0 ? ", " + d.retrying() + " still pending" : "") + ".");
                }
                out.flush();
                boolean attention = !run.missed().isEmpty() || !run.held().isEmpty() || !run.refused().isEmpty()
                        || run.deliveries().failed() > 0;
                return attention ? 3 : 0;
            }
        }
    }

    /** A person cancels a post (e.g. one that missed its slot), with the reason kept in its history. */
    @Command(name = "cancel", description = "Cancel a post (a draft, a submitted or approved one, or one that missed its "
            + "slot) as the person deciding (--as), with a reason for its history. A released post cannot be cancelled.")
    static final class Cancel implements Callable<Integer> {
        @Mixin
        GlobalOptions global;

        @Parameters(paramLabel = "ID", description = "The post's number.")
        long id;

        @Option(names = "--as", required = true, paramLabel = "NAME", description = "The author, coordinator or admin deciding.")
        String as;

        @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why, for the post's history.")
        String reason;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (AppContext ctx = open(global, null)) {
                Operator op = operator(ctx, as);
                Post p = ctx.posts().post(id).orElseThrow(() -> new PostValidationException("post", "There is no post #" + id + "."));
                Post c = ctx.posts().cancel(id, p.version(), op.id(), reason);
                out.println("Post #" + c.id() + " \"" + c.title() + "\" is " + c.status().name().toLowerCase(java.util.Locale.ROOT)
                        + " (by " + op.name() + ": " + reason.strip() + ").");
                out.flush();
            }
            return 0;
        }
    }

    /** A recurring series: the post repeated in its slot on chosen days up to a date. */
    @Command(name = "repeat", description = "Repeat an approved post in its slot on the chosen days up to a date: each "
            + "repeat is its own post (same author and words), approved by the coordinator (--as) and scheduled; dates "
            + "whose slot is silent or past are refused by name and get no post.")
    static final class Repeat implements Callable<Integer> {
        @Mixin
        GlobalOptions global;

        @Parameters(paramLabel = "ID", description = "The post's number (it must have a slot).")
        long id;

        @Option(names = "--as", required = true, paramLabel = "NAME", description = "The coordinator or admin approving the repeats.")
        String as;

        @Option(names = "--until", required = true, paramLabel = "DATE", description = "The last day (yyyy-mm-dd or dd/mm/yyyy).")
        String until;

        @Option(names = "--days", defaultValue = "mon,tue,wed,thu,fri,sat,sun", paramLabel = "DAYS",
                description = "Days of the week, e.g. mon,wed,fri (default every day).")
        String days;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            java.util.Set<java.time.DayOfWeek> on = java.util.EnumSet.noneOf(java.time.DayOfWeek.class);
            for (String d : days.split("[,\\s]+")) {
                String k = d.strip().toLowerCase(java.util.Locale.ROOT);
                java.time.DayOfWeek day = java.util.Arrays.stream(java.time.DayOfWeek.values())
                        .filter(w -> w.name().toLowerCase(java.util.Locale.ROOT).startsWith(k) && k.length() >= 2).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("\"" + d + "\" is not a day of the week (mon, tue, …)."));
                on.add(day);
            }
            java.time.LocalDate last;
            try {
                last = until.contains("-") ? java.time.LocalDate.parse(until.strip()) : org.warroom.platform.i18n.IndianFormat.parseDate(until);
            } catch (java.time.format.DateTimeParseException e) {
                throw new IllegalArgumentException("--until \"" + until + "\" is not a date: write 2027-02-20 or 20/02/2027.");
            }
            try (AppContext ctx = open(global, null)) {
                Operator op = operator(ctx, as);
                org.warroom.posts.Series.Outcome o = new org.warroom.posts.Series(ctx.posts()).repeat(id, op.id(), last, on);
                out.println(o.scheduled().size() + (o.scheduled().size() == 1 ? " repeat" : " repeats") + " of post #" + id
                        + " scheduled (approved by " + op.name() + ").");
                o.scheduled().forEach(p -> out.println("  #" + p.id() + "  " + org.warroom.platform.i18n.IndianFormat.date(p.slotDate())
                        + " slot " + p.slotNo()));
                o.refused().forEach(r -> out.println("  refused " + org.warroom.platform.i18n.IndianFormat.date(r.date()) + ": " + r.reason()));
                out.flush();
            }
            return 0;
        }
    }

    /** A person releases a post whose slot has passed (or that waits for silent seats to be left out). */
    @Command(name = "release-late", description = "Release a scheduled post now although it missed its slot, as a "
            + "coordinator's decision (--as), then deliver it. Silence is checked at this moment.")
    static final class ReleaseLate implements Callable<Integer> {
        @Mixin
        GlobalOptions global;

        @Parameters(paramLabel = "ID", description = "The post's number.")
        long id;

        @Option(names = "--as", required = true, paramLabel = "NAME", description = "The coordinator or admin deciding.")
        String as;

        @Option(names = "--leave-out-silent", description = "Confirm leaving out seats that have entered their silence period.")
        boolean leaveOut;

        @Option(names = "--at", paramLabel = "TIME", description = "Act as if it were this moment (ISO 8601), for a rehearsal.")
        String at;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (AppContext ctx = open(global, at)) {
                Operator op = operator(ctx, as);
                Post p = ctx.posts().post(id).orElseThrow(() -> new PostValidationException("post", "There is no post #" + id + "."));
                ReleaseOutcome o = ctx.releases().release(id, p.version(), op.id(), leaveOut, true, true);
                if (json) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("released", o.released());
                    m.put("message", o.message());
                    m.put("silent_seats", o.silent().silent());
                    if (o.released()) {
                        m.putAll(released(ctx.releases(), o));
                    }
                    CliSupport.printJson(out, m);
                } else {
                    out.println(o.message());
                    if (o.released()) {
                        out.println(summary(ctx.releases().log(id)));
                    } else {
                        out.println("Add --leave-out-silent to release it to the other seats.");
                    }
                }
                out.flush();
                return o.released() ? 0 : 3;
            }
        }
    }

    /** Sends a released post's failed deliveries again. */
    @Command(name = "redeliver", description = "Send a released post's failed deliveries again (a webhook that was "
            + "down, a console closed before it delivered), as a coordinator's decision. Silence is checked again.")
    static final class Redeliver implements Callable<Integer> {
        @Mixin
        GlobalOptions global;

        @Parameters(paramLabel = "ID", description = "The post's number.")
        long id;

        @Option(names = "--as", required = true, paramLabel = "NAME", description = "The coordinator or admin deciding.")
        String as;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (AppContext ctx = CliSupport.open(global)) {
                int n = ctx.releases().redeliver(id, operator(ctx, as).id(), true);
                List<ReleaseLogLine> log = ctx.releases().log(id);
                if (json) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("redelivered", n);
                    m.put("rows", log.stream().map(ReleaseCommands::row).toList());
                    CliSupport.printJson(out, m);
                } else {
                    out.println(n == 0 ? "Nothing to send again: no delivery of post #" + id + " has failed."
                            : n + (n == 1 ? " delivery" : " deliveries") + " sent again: " + summary(log));
                }
                out.flush();
                return 0;
            }
        }
    }

    private static AppContext open(GlobalOptions g, String at) {
        if (at == null) {
            return CliSupport.open(g);
        }
        Instant when = CliTime.instant("--at", at);
        // from that moment on the clock moves, so retries wait their back-off as they would have
        return CliSupport.open(g, Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), when)));
    }

    static Operator operator(AppContext ctx, String name) {
        return ctx.operators().byName(name).orElseThrow(() -> new IllegalArgumentException("There is no operator named "
                + name + "; ./warroom operators list shows who there is."));
    }

    private static Map<String, Object> note(Post p, String message) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("title", p.title());
        m.put("message", message);
        return m;
    }

    private static Map<String, Object> released(ReleaseService releases, ReleaseOutcome o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", o.post().id());
        m.put("title", o.post().title());
        m.put("seats", o.seats());
        m.put("deliveries", releases.log(o.post().id()).stream().map(ReleaseCommands::row).toList());
        return m;
    }

    static Map<String, Object> row(ReleaseLogLine l) {
        ReleaseLogEntry e = l.entry();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("district", e.unitCode());
        m.put("channel", e.channel());
        m.put("status", e.status().name());
        m.put("attempts", e.attempts());
        m.put("acknowledgements", l.acknowledgements());
        m.put("seats", e.seatList());
        m.put("excluded_silent_seats", e.excludedSeatList());
        m.put("reason", e.reason());
        m.put("idempotency_key", e.idempotencyKey());
        m.put("pack", e.packPath());
        m.put("slot_date", e.slotDate().toString());
        m.put("slot_no", e.slotNo());
        m.put("created_at", CliTime.iso(e.createdAt()));
        m.put("last_attempt_at", CliTime.iso(e.lastAttemptAt()));
        m.put("done_at", CliTime.iso(e.doneAt()));
        return m;
    }

    /** "3 districts: PACK 3 packed; WEBHOOK 2 sent, 1 failed". */
    static String summary(List<ReleaseLogLine> log) {
        Map<String, Map<String, Integer>> byChannel = new TreeMap<>();
        java.util.Set<String> districts = new java.util.TreeSet<>();
        for (ReleaseLogLine l : log) {
            districts.add(l.entry().unitCode());
            byChannel.computeIfAbsent(l.entry().channel(), k -> new TreeMap<>())
                    .merge(l.entry().status().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '), 1, Integer::sum);
        }
        StringBuilder b = new StringBuilder(districts.size() + (districts.size() == 1 ? " district: " : " districts: "));
        List<String> parts = new java.util.ArrayList<>();
        byChannel.forEach((ch, counts) -> {
            List<String> c = new java.util.ArrayList<>();
            counts.forEach((status, n) -> c.add(n + " " + status));
            parts.add(ch + " " + String.join(", ", c));
        });
        return b.append(String.join("; ", parts)).toString();
    }
}
