package org.warroom.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.warroom.app.AppContext;
import org.warroom.operators.Operator;
import org.warroom.posts.DuePosts;
import org.warroom.posts.Post;
import org.warroom.posts.PostStatus;
import org.warroom.posts.ScheduleCsvImporter;
import org.warroom.posts.ScheduleImportReport;
import org.warroom.posts.ScheduleImportReport.Mode;
import org.warroom.platform.i18n.IndianFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** `warroom posts list|due|import-schedule|slots|…`: the posts of the six daily slots. */
@Command(name = "posts", description = "Posts for the six daily slots: list them, see what is due, import a schedule, "
        + "release them and see where they went.",
        subcommands = {PostsCommand.ListPosts.class, PostsCommand.Due.class, PostsCommand.ImportSchedule.class,
                ReleaseCommands.Release.class, ReleaseCommands.ReleaseLate.class, DispatchCommands.Log.class,
                ReleaseCommands.Redeliver.class, DispatchCommands.Webhook.class, DispatchCommands.Ack.class,
                ReleaseCommands.Cancel.class, PostsCommand.Slots.class, ReleaseCommands.Repeat.class, MoveCommand.class})
public final class PostsCommand {

    /** Lists posts, optionally of one status. */
    @Command(name = "list", description = "List posts in slot order.")
    static final class ListPosts implements Callable<Integer> {
        @Mixin
        GlobalOptions global;

        @Option(names = "--status", paramLabel = "S", description = "Only posts in this status: draft, submitted, approved, "
                + "rejected, scheduled, released, cancelled.")
        String status;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PostStatus s = status == null ? null : parseStatus(status);
            try (AppContext ctx = CliSupport.open(global)) {
                PostServices svc = PostServices.of(ctx, global);
                List<Post> posts = svc.posts().list(s);
                Function<Long, String> author = names(svc);
                if (json) {
                    CliSupport.printJson(out, posts.stream().map(p -> map(p, author)).toList());
                } else if (posts.isEmpty()) {
                    out.println(s == null ? "No posts yet." : "No " + s.label() + " posts.");
                } else {
                    posts.forEach(p -> out.println(line(p, author)));
                    out.println(posts.size() + (posts.size() == 1 ? " post" : " posts"));
                }
                out.flush();
            }
            return 0;
        }
    }

    /** Scheduled posts whose slot has come: on time, or missed and waiting for a decision. */
    @Command(name = "due", description = "Scheduled posts whose slot has come and that are not released. Posts later "
            + "than 15 minutes are listed as missed: they are never sent late on their own.")
    static final class Due implements Callable<Integer> {
        @Mixin
        GlobalOptions global;

        @Option(names = "--at", paramLabel = "TIME", description = "As of this moment (ISO 8601; IST without an offset). Default: now.")
        String at;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (AppContext ctx = CliSupport.open(global)) {
                Instant when = at == null ? ctx.clock().instant() : CliTime.instant("--at", at);
                PostServices svc = PostServices.of(ctx, global);
                DuePosts due = svc.posts().due(when);
                Function<Long, String> author = names(svc);
                if (json) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("at", CliTime.iso(when));
                    m.put("due", due.onTime().stream().map(p -> map(p, author)).toList());
                    m.put("missed", due.missed().stream().map(p -> map(p, author)).toList());
                    CliSupport.printJson(out, m);
                } else {
                    out.println("As of " + CliTime.human(when) + ": " + due.onTime().size() + " due, " + due.missed().size() + " missed.");
                    due.onTime().forEach(p -> out.println("due     " + line(p, author)));
                    due.missed().forEach(p -> out.println("MISSED  " + line(p, author)));
                    if (!due.missed().isEmpty()) {
                        out.println("Missed posts wait for a coordinator: release late, move to another slot, or cancel.");
                    }
                }
                out.flush();
            }
            return 0;
        }
    }

    /** The six slot times: shown, or set by a coordinator. */
    @Command(name = "slots", description = "Show the six daily slot times (IST), or set them with --set "
            + "\"07:00,09:30,12:30,15:30,18:30,21:00\" (coordinators and administrators; posts keep their slot and move "
            + "with it, and their release rechecks silence at the new time).")
    static final class Slots implements Callable<Integer> {
        @Mixin
        GlobalOptions global;

        @Option(names = "--set", paramLabel = "TIMES", description = "Six times, in order through the day, separated by commas.")
        String set;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (AppContext ctx = CliSupport.open(global)) {
                Integer moved = null;
                if (set != null) {
                    moved = ctx.slotTimes().set(org.warroom.posts.SlotTimes.parse(set));
                }
                org.warroom.posts.DailySlots slots = ctx.slotTimes().current();
                if (json) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("slots", slots.times().stream().map(Object::toString).toList());
                    if (moved != null) {
                        m.put("postsMoved", moved);
                    }
                    CliSupport.printJson(out, m);
                } else {
                    for (int s = 1; s <= org.warroom.posts.DailySlots.COUNT; s++) {
                        out.println("slot " + s + "  " + slots.slot(s).time() + " IST");
                    }
                    if (moved != null) {
                        out.println(moved == 0 ? "Saved; no scheduled post was in a slot that moved."
                                : "Saved; " + moved + (moved == 1 ? " post" : " posts") + " from today on moved with their slot.");
                    }
                }
                out.flush();
            }
            return 0;
        }
    }

    /** Bulk scheduling from CSV: each good line becomes a submitted post. */
    @Command(name = "import-schedule", description = "Create posts from a CSV file with the header "
            + "date,slot,title,body_hi,body_en,category,targets,channels,author (targets: unit codes such as "
            + "D-SULTANPUR;AC-187; channels: whatsapp;x;facebook). Each post is drafted by its author and submitted "
            + "for approval. Every bad line is reported with its line number.")
    static final class ImportSchedule implements Callable<Integer> {
        @Mixin
        GlobalOptions global;

        @Parameters(paramLabel = "FILE.csv")
        String file;

        @Option(names = "--mode", paramLabel = "keep-good|all-or-nothing", defaultValue = "all-or-nothing",
                description = "With bad lines: create the good ones, or nothing (default ${DEFAULT-VALUE}).")
        String mode;

        @Option(names = "--dry-run", description = "Check and report only; create nothing.")
        boolean dryRun;

        @Option(names = "--json", description = "Print the report as JSON.")
        boolean json;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            Mode m = Mode.parse(mode);
            try (AppContext ctx = CliSupport.open(global)) {
                PostServices svc = PostServices.of(ctx, global);
                ScheduleImportReport r = new ScheduleCsvImporter(ctx.org(), svc.operators(), svc.posts())
                        .importFile(CliSupport.path(file), m, dryRun);
                if (r.saved()) {
                    ctx.db().checkpoint();
                }
                if (json) {
                    Map<String, Object> j = new LinkedHashMap<>();
                    j.put("file", file);
                    j.put("rows_read", r.rowsRead());
                    j.put("imported", r.saved() ? r.imported() : 0);
                    j.put("saved", r.saved());
                    j.put("mode", r.mode().label());
                    j.put("post_ids", r.postIds());
                    j.put("errors", r.errors().stream().map(e -> Map.of("line", e.line(), "reason", e.reason())).toList());
                    j.put("warnings", r.warnings().stream().map(e -> Map.of("line", e.line(), "reason", e.reason())).toList());
                    CliSupport.printJson(out, j);
                } else {
                    r.errors().forEach(e -> out.println(e.message()));
                    r.warnings().forEach(w -> out.println("warning: " + w.message()));
                    out.println(r.summary());
                }
                out.flush();
                // 0: every line imported (or would be); 3: some lines were refused
                return r.clean() ? 0 : 3;
            }
        }
    }

    static PostStatus parseStatus(String s) {
        try {
            return PostStatus.valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--status is one of " + java.util.Arrays.stream(PostStatus.values())
                    .map(PostStatus::label).collect(Collectors.joining(", ")) + "; not " + s + ".");
        }
    }

    static Function<Long, String> names(PostServices svc) {
        Map<Long, String> byId = svc.operators().list().stream().collect(Collectors.toMap(Operator::id, Operator::name));
        return id -> byId.getOrDefault(id, "#" + id);
    }

    static String line(Post p, Function<Long, String> author) {
        String slot = p.slotDate() == null ? "(no slot)" : IndianFormat.date(p.slotDate()) + " slot " + p.slotNo();
        return String.format("#%-6d %-10s %-20s %-18s %s (by %s)", p.id(), p.status().label(), slot, p.category(),
                p.title(), author.apply(p.authorId()));
    }

    static Map<String, Object> map(Post p, Function<Long, String> author) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("title", p.title());
        m.put("status", p.status().name());
        m.put("category", p.category());
        m.put("author", author.apply(p.authorId()));
        m.put("slot_date", p.slotDate() == null ? null : p.slotDate().toString());
        m.put("slot_no", p.slotNo());
        m.put("scheduled_at", CliTime.iso(p.scheduledAt()));
        m.put("released_at", CliTime.iso(p.releasedAt()));
        m.put("paid", p.paid());
        m.put("version", p.version());
        return m;
    }
}
