package org.warroom.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.warroom.app.AppContext;
import org.warroom.platform.i18n.IndianFormat;
import org.warroom.posts.Post;
import org.warroom.posts.PostValidationException;
import org.warroom.posts.ReleaseLogEntry;
import org.warroom.posts.ReleaseLogLine;
import org.warroom.posts.dispatch.WebhookConfig;
import org.warroom.reports.SavedReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** `warroom posts log|webhook|ack`: where a post went, the webhook's settings, volunteers' acknowledgements. */
final class DispatchCommands {
    private DispatchCommands() {
    }

    /** A post's release log: per district and channel. */
    @Command(name = "log", description = "A post's release log: each district and channel with its status, attempts, "
            + "reason, idempotency key and the acknowledgements of its slot.")
    static final class Log implements Callable<Integer> {
        @Mixin
        GlobalOptions global;

        @Parameters(paramLabel = "ID", description = "The post's number.")
        long id;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (AppContext ctx = CliSupport.open(global)) {
                Post p = ctx.posts().post(id).orElseThrow(() -> new PostValidationException("post", "There is no post #" + id + "."));
                List<ReleaseLogLine> log = ctx.releases().log(id);
                int acks = ctx.releases().acknowledgements(id);
                if (json) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("post", PostsCommand.map(p, PostsCommand.names(PostServices.of(ctx, global))));
                    m.put("rows", log.stream().map(ReleaseCommands::row).toList());
                    m.put("acknowledgements", acks);
                    CliSupport.printJson(out, m);
                } else {
                    out.println("Post #" + p.id() + " " + p.title() + " (" + p.status().label()
                            + (p.releasedAt() == null ? "" : ", released " + CliTime.human(p.releasedAt())) + ")");
                    if (log.isEmpty()) {
                        out.println("Nothing in its release log: it has not been released.");
                    } else {
                        out.println(String.format("%-14s %-8s %-16s %8s %5s  %-16s %s", "district", "channel", "status",
                                "attempts", "acks", "seats", "note"));
                        for (ReleaseLogLine l : log) {
                            ReleaseLogEntry e = l.entry();
                            String note = e.reason() != null ? e.reason() : e.packPath() != null ? e.packPath() : "";
                            out.println(String.format("%-14s %-8s %-16s %8d %5d  %-16s %s", e.unitCode(), e.channel(), e.status(),
                                    e.attempts(), l.acknowledgements(), e.seats().isEmpty() ? "—" : e.seats(), note));
                        }
                        out.println("Acknowledgements of slot " + p.slotNo() + " on " + IndianFormat.date(p.slotDate())
                                + " from its districts: " + IndianFormat.number(acks) + ".");
                    }
                }
                out.flush();
                return 0;
            }
        }
    }

    /** Shows or sets the webhook (URL, shared secret, timeout, attempts). */
    @Command(name = "webhook", description = "Show or set the webhook every release is also sent to: a POST of JSON "
            + "signed with X-WarRoom-Signature: sha256=HMAC-SHA256(body, secret) and an Idempotency-Key.")
    static final class Webhook implements Callable<Integer> {
        @Mixin
        GlobalOptions global;

        @Option(names = "--url", paramLabel = "URL", description = "The receiver, http:// or https://.")
        String url;

        @Option(names = "--secret", arity = "0..1", interactive = true, paramLabel = "SECRET",
                description = "The shared secret (at least 16 characters); asked for when given without a value, so it "
                        + "stays out of the shell's history.")
        String secret;

        @Option(names = "--timeout-ms", paramLabel = "MS", description = "How long to wait for a reply (default 10000).")
        Long timeoutMs;

        @Option(names = "--attempts", paramLabel = "N", description = "Attempts before a delivery fails (default 5).")
        Integer attempts;

        @Option(names = "--off", description = "Stop sending to the webhook (packs are still written).")
        boolean off;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (AppContext ctx = CliSupport.open(global)) {
                var settings = ctx.releases().webhookSettings();
                if (off) {
                    settings.clear();
                } else if (url != null || secret != null || timeoutMs != null || attempts != null) {
                    var now = settings.current();
                    URI u = url != null ? URI.create(url.strip()) : now.map(WebhookConfig::url).orElse(null);
                    String s = secret != null ? secret : now.map(WebhookConfig::secret).orElse(null);
                    Duration t = timeoutMs != null ? Duration.ofMillis(timeoutMs)
                            : now.map(WebhookConfig::timeout).orElse(WebhookConfig.DEFAULT_TIMEOUT);
                    int a = attempts != null ? attempts : now.map(WebhookConfig::attempts).orElse(WebhookConfig.DEFAULT_ATTEMPTS);
                    settings.save(new WebhookConfig(u, s, t, a));
                }
                var c = settings.current();
                if (json) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("configured", c.isPresent());
                    m.put("url", c.map(x -> x.url().toString()).orElse(null));
                    m.put("secret_set", c.isPresent());
                    m.put("timeout_ms", c.map(x -> x.timeout().toMillis()).orElse(null));
                    m.put("attempts", c.map(WebhookConfig::attempts).orElse(null));
                    CliSupport.printJson(out, m);
                } else {
                    out.println(c.map(x -> "Webhook: " + x.url() + " (secret set, " + x.timeout().toMillis() + " ms timeout, "
                            + x.attempts() + " attempts)").orElse("No webhook: releases write the district packs only."));
                }
                out.flush();
                return 0;
            }
        }
    }

    /** Records a volunteer's "forwarded" acknowledgement of a slot. */
    @Command(name = "ack", description = "Record that a volunteer forwarded a slot's posts: sets the slot in their "
            + "report of that day (the reports' slot field), so the roll-ups and the release log count it.")
    static final class Ack implements Callable<Integer> {
        @Mixin
        GlobalOptions global;

        @Parameters(index = "0", paramLabel = "VOLUNTEER_ID")
        long volunteerId;

        @Option(names = "--date", paramLabel = "DATE", description = "The day (2027-02-11); default today in India.")
        String date;

        @Option(names = "--slot", required = true, paramLabel = "N", description = "The slot, 1 to 6.")
        int slot;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (AppContext ctx = CliSupport.open(global)) {
                LocalDate day = date == null ? ctx.reports().today() : CliTime.date("--date", date);
                SavedReport r = ctx.reports().acknowledge(volunteerId, day, slot);
                if (json) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("volunteer_id", volunteerId);
                    m.put("date", day.toString());
                    m.put("slot", slot);
                    m.put("report_id", r.report().id());
                    m.put("slots", r.report().slots());
                    CliSupport.printJson(out, m);
                } else {
                    out.println("Volunteer " + volunteerId + " forwarded slot " + slot + " on " + IndianFormat.date(day)
                            + "; slots of the day: " + r.report().slots() + ".");
                }
                out.flush();
                return 0;
            }
        }
    }
}
